package org.peercoaching.matching.domain.match;

/** Each factor scored 0..1, and the weighted total; kept with every match so a coordinator can see why. */
public record ScoreBreakdown(double condition, double deprivation, double language, double availability,
        double total) {}
