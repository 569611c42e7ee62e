package org.peercoaching.matching.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How fast each pathway system may send referrals: a token bucket per pathway, refilled at
 * {@code peercoaching.intake.rate-limit.per-second} and holding at most {@code ...burst}. The limit is per
 * service instance; behind several replicas also rate-limit at the ingress.
 */
@ApplicationScoped
public class IntakeRateLimit {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public IntakeRateLimit(
            @ConfigProperty(name = "peercoaching.intake.rate-limit.per-second", defaultValue = "20") double perSecond,
            @ConfigProperty(name = "peercoaching.intake.rate-limit.burst", defaultValue = "100") int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    IntakeRateLimit(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("peercoaching.intake.rate-limit.per-second must be above 0 and"
                    + " ...burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    public double perSecond() {
        return perSecond;
    }

    /**
     * Takes one request's place for this pathway. Empty when the request may go ahead; otherwise the whole
     * seconds to wait before the next one would be taken (at least 1), for {@code Retry-After}.
     */
    public OptionalLong acquire(String pathway) {
        return buckets.computeIfAbsent(pathway, p -> new Bucket(burst, nanoTime.getAsLong())).take();
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized OptionalLong take() {
            long now = nanoTime.getAsLong();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perSecond)));
        }
    }
}
