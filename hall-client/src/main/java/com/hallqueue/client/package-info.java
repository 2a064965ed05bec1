/**
 * What the device agents (the ticket printer, the device gateway) share to talk to the hall
 * server: {@link com.hallqueue.client.HallClient} for the HTTP API with a device token and
 * {@link com.hallqueue.client.EventFollower} for the event stream, which reconnects itself.
 */
package com.hallqueue.client;
