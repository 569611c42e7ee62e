package org.peercoaching.volunteer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A supervision session (one-to-one or group) and the coaches who attended it. */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupervisionMode kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String facilitator;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "supervision_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "volunteer_id", nullable = false)
    public Set<UUID> attendees = new LinkedHashSet<>();
}
