package org.peercoaching.schedule.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One coaching call. Stored in UTC; shown in Europe/London. */
@Entity
@Table(name = "scheduled_call")
public class ScheduledCall {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "call_number", nullable = false)
    public int callNumber;

    @Column(nullable = false)
    public String stage;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallStatus status;
}
