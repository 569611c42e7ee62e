package org.peercoaching.matching.domain.pathway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.peercoaching.matching.domain.referral.Referral;

/**
 * Tells a pathway system, through its optional webhook ({@code peercoaching.webhooks."<pathway>".url}),
 * when one of its referrals graduates. Every call is signed with the pathway's secret
 * ({@code peercoaching.webhooks."<pathway>".secret}, at least 32 characters, see {@link WebhookSignature}); a
 * pathway with a URL but no such secret is not called: its notifications wait, shown as failing, until one
 * is configured. The message is stored in the same transaction as the
 * graduation and sent afterwards, retried with exponential backoff until the pathway answers 2xx:
 * nothing is lost, and failures stay visible to coordinators. Only ids, status and the outcome
 * summary are sent: no name, no phone.
 */
@ApplicationScoped
public class PathwayNotifications implements PanacheRepositoryBase<PathwayNotification, UUID> {

    private static final Logger LOG = Logger.getLogger(PathwayNotifications.class);

    public static final String GRADUATED = "referral.graduated";
    static final String NO_SECRET = "Not sent: no signing secret of at least " + WebhookSignature.MIN_SECRET_LENGTH
            + " characters is configured for this pathway (peercoaching.webhooks.\"<pathway>\".secret)";
    static final int BATCH = 20;

    private final Config config;
    private final PathwayCaller caller;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;

    public PathwayNotifications(Config config, PathwayCaller caller, ObjectMapper mapper, Clock clock,
            @ConfigProperty(name = "peercoaching.webhooks.first-retry", defaultValue = "PT30S") Duration firstRetry,
            @ConfigProperty(name = "peercoaching.webhooks.max-retry", defaultValue = "PT1H") Duration maxRetry) {
        this.config = config;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** Queues the graduation message if the referral's pathway has a webhook. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void graduated(Referral referral) {
        Optional<String> url = setting(referral.pathway, "url");
        if (url.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        PathwayNotification n = new PathwayNotification();
        n.id = UUID.randomUUID();
        n.referralId = referral.id;
        n.pathway = referral.pathway;
        n.eventType = GRADUATED;
        n.url = url.get();
        n.payload = graduationMessage(n.id, referral);
        n.attempts = 0;
        n.nextAttemptAt = now;
        n.createdAt = now;
        persist(n);
    }

    /** Sends every message that is due; returns how many were delivered. */
    public int deliverDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() ->
                find("deliveredAt is null and nextAttemptAt <= ?1 order by nextAttemptAt", clock.instant())
                        .page(0, BATCH).list().stream().map(n -> n.id).toList());
        int delivered = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> attempt(id))) {
                delivered++;
            }
        }
        return delivered;
    }

    /** One attempt under a row lock, so two replicas never send the same message at once. */
    private boolean attempt(UUID id) {
        PathwayNotification n = findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (n == null || n.deliveredAt != null || n.nextAttemptAt.isAfter(now)) {
            return false;
        }
        n.attempts++;
        Optional<String> secret = signingSecret(n.pathway);
        if (secret.isEmpty()) {
            // the pathway code only: never anything from the message
            LOG.warnf("Pathway %s has a webhook URL but no signing secret of at least %d characters: not called",
                    n.pathway, WebhookSignature.MIN_SECRET_LENGTH);
            n.lastStatus = null;
            n.lastError = NO_SECRET;
            n.nextAttemptAt = now.plus(backoff(n.attempts));
            return false;
        }
        try {
            int status = caller.post(n.url, n.id.toString(), n.payload, secret.get());
            n.lastStatus = status;
            if (status >= 200 && status < 300) {
                n.deliveredAt = now;
                n.lastError = null;
                return true;
            }
            n.lastError = "The pathway answered HTTP " + status;
        } catch (Exception e) {
            n.lastStatus = null;
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            n.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
        }
        n.nextAttemptAt = now.plus(backoff(n.attempts));
        return false;
    }

    /** The pathway's signing secret, if one of at least {@link WebhookSignature#MIN_SECRET_LENGTH} characters is set. */
    Optional<String> signingSecret(String pathway) {
        return setting(pathway, "secret").filter(s -> s.length() >= WebhookSignature.MIN_SECRET_LENGTH);
    }

    /**
     * {@code peercoaching.webhooks."<pathway>".<name>} (environment {@code PEERCOACHING_WEBHOOKS__<PATHWAY>__<NAME>})
     * or, as before, {@code peercoaching.webhooks.<pathway>.<name>} ({@code PEERCOACHING_WEBHOOKS_<PATHWAY>_<NAME>}).
     */
    private Optional<String> setting(String pathway, String name) {
        Optional<String> quoted = config.getOptionalValue("peercoaching.webhooks.\"" + pathway + "\"." + name,
                String.class);
        Optional<String> value = quoted.isPresent() ? quoted
                : config.getOptionalValue("peercoaching.webhooks." + pathway + "." + name, String.class);
        return value.filter(v -> !v.isBlank());
    }

    /** 1st retry after firstRetry, then doubling, never more than maxRetry apart. */
    Duration backoff(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    public List<PathwayNotification> listed(String state) {
        return switch (state) {
            case "pending" -> list("deliveredAt is null and attempts = 0 order by createdAt");
            case "failing" -> list("deliveredAt is null and attempts > 0 order by createdAt");
            case "delivered" -> list("deliveredAt is not null order by createdAt desc");
            default -> list("order by createdAt desc");
        };
    }

    private String graduationMessage(UUID notificationId, Referral r) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("callsCompleted", r.outcomeCallsCompleted);
        outcome.put("callsMissed", r.outcomeCallsMissed);
        outcome.put("escalations", r.outcomeEscalations);
        outcome.put("activationInstrument", r.outcomeActivationInstrument);
        outcome.put("activationScoreAfter", r.outcomeActivationScore);
        outcome.put("activationLevelAfter", r.outcomeActivationLevel);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("notificationId", notificationId);
        message.put("type", GRADUATED);
        message.put("referralId", r.id);
        message.put("pathway", r.pathway);
        message.put("pathwayReferralId", r.pathwayReferralId);
        message.put("status", r.status.name());
        message.put("completedAt", r.completedAt);
        message.put("outcome", outcome);
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Graduation message could not be written", e);
        }
    }
}
