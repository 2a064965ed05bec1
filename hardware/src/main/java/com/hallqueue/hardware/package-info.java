/** Device codecs and links for the hall's hardware. */
package com.hallqueue.hardware;
