/**
 * Frames for LED strips over counters: {@link com.hallqueue.hardware.led.OnbonFrame} for
 * Onbon BX-5/BX-6 controllers and {@link com.hallqueue.hardware.led.AlphaFrame} for
 * Alpha-protocol signs. Both only build bytes; sending them is a link's job.
 */
package com.hallqueue.hardware.led;
