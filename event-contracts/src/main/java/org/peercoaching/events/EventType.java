package org.peercoaching.events;

/** A versioned event type name bound to the record its {@code data} holds. */
public record EventType<T>(String name, String topic, Class<T> dataClass) {}
