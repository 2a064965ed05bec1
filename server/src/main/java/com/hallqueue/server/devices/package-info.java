/**
 * Device faults of the hall's call pads and evaluators: what each gateway reports, for the
 * manager's page. {@link com.hallqueue.server.devices.PadFaults} is the face.
 */
package com.hallqueue.server.devices;
