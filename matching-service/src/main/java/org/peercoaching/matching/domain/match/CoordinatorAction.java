package org.peercoaching.matching.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who did what to a referral or match, and when: confirm, decline, override, withdraw, re-match. */
@Entity
@Table(name = "coordinator_action")
public class CoordinatorAction {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "match_id")
    public UUID matchId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column
    public String reason;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;
}
