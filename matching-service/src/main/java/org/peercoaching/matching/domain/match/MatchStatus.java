package org.peercoaching.matching.domain.match;

public enum MatchStatus {
    /** Proposed; holds the coach's room until a coordinator confirms or declines it. */
    PROPOSED,
    CONFIRMED,
    /** A coordinator declined the proposal: this coach is never proposed to this person again. */
    DECLINED,
    /** Closed for any other reason: graduation, coach paused or left, person asked, withdrawn, overridden. */
    ENDED
}
