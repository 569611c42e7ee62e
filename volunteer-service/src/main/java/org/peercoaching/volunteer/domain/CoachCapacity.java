package org.peercoaching.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coach's caseload and room as matching-service last published it; this service never computes the cap. */
@Entity
@Table(name = "coach_capacity")
public class CoachCapacity {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "active_people", nullable = false)
    public int activePeople;

    /** For example "FORTNIGHTLY=2,WEEKLY=1", sorted by stage. */
    @Column(name = "people_by_stage", nullable = false)
    public String peopleByStage;

    @Column(nullable = false)
    public int room;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
