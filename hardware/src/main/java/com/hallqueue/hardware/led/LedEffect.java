package com.hallqueue.hardware.led;

/** How text enters the strip: a called number holds still; long notices scroll. */
public enum LedEffect { HOLD, SCROLL_LEFT }
