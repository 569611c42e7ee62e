package org.peercoaching.kit.time;

import java.time.ZoneId;

/** The one time zone people see: every time is stored in UTC and shown in Europe/London. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {}
}
