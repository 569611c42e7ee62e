package org.peercoaching.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A live practice session a coach took part in during training. */
@Entity
@Table(name = "practice_session")
public class PracticeSession {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String facilitator;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
