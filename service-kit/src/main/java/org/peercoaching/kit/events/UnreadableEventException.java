package org.peercoaching.kit.events;

/** An event that can never be applied; the consumer's failure strategy sends it to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }
}
