package org.peercoaching.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One call a coach recorded, as schedule-service announced it; for volunteer hours. No notes, no person. */
@Entity
@Table(name = "call_activity")
public class CallActivity {

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "call_started_at", nullable = false)
    public Instant callStartedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
