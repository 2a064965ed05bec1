/**
 * What the device agents (the ticket printer, the device gateway) share to talk to the hall
 * server: {@link com.hallqueue.client.HallClient} for the HTTP API with a device token and
 * {@link com.hallqueue.client.EventFollower} for the event stream, which reconnects itself.
 * Given several servers of one hall, both talk to the same one and move on together to the
 * next when it cannot be reached.
 */
package com.hallqueue.client;
