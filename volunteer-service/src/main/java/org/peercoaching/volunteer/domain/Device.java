package org.peercoaching.volunteer.domain;

/** How the coach gets online for calls and records: their own device, or kit the programme lends them. */
public enum Device {
    OWN_DEVICE,
    BORROWED_KIT
}
