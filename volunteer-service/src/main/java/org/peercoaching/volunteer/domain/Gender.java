package org.peercoaching.volunteer.domain;

public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    NOT_STATED
}
