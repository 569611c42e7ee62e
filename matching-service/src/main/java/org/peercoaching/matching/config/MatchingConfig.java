package org.peercoaching.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "peercoaching.matching")
public interface MatchingConfig {

    /** Confirm the best proposal at once instead of waiting for a coordinator. */
    @WithDefault("true")
    boolean autoConfirm();

    /** How many people a coach takes on at the start, all on weekly calls. */
    @WithDefault("2")
    int startingCaseload();

    Weights weights();

    /** Relative weight of each factor in a match score; they need not add up to 1. */
    interface Weights {
        @WithDefault("0.4")
        double condition();

        @WithDefault("0.25")
        double deprivation();

        @WithDefault("0.15")
        double language();

        @WithDefault("0.2")
        double availability();
    }
}
