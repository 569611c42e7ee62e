package org.peercoaching.matching.domain.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to a pathway's webhook, kept until the pathway has answered 2xx. */
@Entity
@Table(name = "pathway_notification")
public class PathwayNotification {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String pathway;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 100_000)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
