package org.peercoaching.volunteer.domain;

/**
 * How a coach is paused (issue #18). SHORT: a holiday or illness of up to {@link #MAX_SHORT_DAYS} days with an end
 * date; the coach keeps their people and their calls in the pause are moved or skipped. LONG: an open-ended pause;
 * their people are re-matched with other coaches (the behaviour before short pauses existed).
 */
public enum PauseKind {
    SHORT,
    LONG;

    /** A short pause ends no more than six weeks from the day it starts. */
    public static final int MAX_SHORT_DAYS = 42;
}
