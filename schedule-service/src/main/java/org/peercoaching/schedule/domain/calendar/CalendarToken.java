package org.peercoaching.schedule.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coach's calendar feed token, kept only as its SHA-256 hash. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {

    @Id
    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
