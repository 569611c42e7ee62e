package org.peercoaching.matching.domain.pathway;

/** Sends one JSON message to a pathway system; messaging/out does it over HTTP. */
public interface PathwayCaller {

    /**
     * Posts the message signed with the pathway's secret ({@link WebhookSignature}, signed at the moment of
     * sending). Returns the HTTP status the pathway answered, or throws when it could not be reached.
     */
    int post(String url, String notificationId, String json, String signingSecret) throws Exception;
}
