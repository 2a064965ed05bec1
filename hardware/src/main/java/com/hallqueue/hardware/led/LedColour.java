package com.hallqueue.hardware.led;

/** Text colours that both strip protocols can show on red/green (two-colour) modules. */
public enum LedColour { RED, GREEN, YELLOW }
