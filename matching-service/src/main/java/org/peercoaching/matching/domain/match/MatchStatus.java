package org.peercoaching.matching.domain.match;

public enum MatchStatus {
    PROPOSED,
    CONFIRMED,
    ENDED
}
