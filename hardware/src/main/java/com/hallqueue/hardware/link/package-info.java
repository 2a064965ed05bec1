/**
 * Byte links to devices: serial ports, raw TCP and device files, plus a wrapper that
 * reopens a lost device with back-off. {@link com.hallqueue.hardware.link.Links} opens them.
 */
package com.hallqueue.hardware.link;
