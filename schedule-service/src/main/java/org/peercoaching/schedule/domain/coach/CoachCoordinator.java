package org.peercoaching.schedule.domain.coach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The coordinator who looks after a coach, as volunteer-service last said. */
@Entity
@Table(name = "coach_coordinator")
public class CoachCoordinator {

    /** Said of a coach no coordinator has been given yet; no one owns such a coach. */
    public static final String UNASSIGNED = "unassigned";

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    /** The coordinator's sign-in subject. */
    @Column(name = "coordinator_id", nullable = false)
    public String coordinatorId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The day a coach on a short pause (issue #18) is back; null when they are not on one. */
    @Column(name = "short_pause_until")
    public java.time.LocalDate shortPauseUntil;
}
