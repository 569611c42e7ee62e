package org.peercoaching.matching.domain.pathway;

/** Sends one JSON message to a pathway system; messaging/out does it over HTTP. */
public interface PathwayCaller {

    /** The HTTP status the pathway answered, or an exception when it could not be reached. */
    int post(String url, String notificationId, String json) throws Exception;
}
