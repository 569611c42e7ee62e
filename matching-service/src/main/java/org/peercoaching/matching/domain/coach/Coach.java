package org.peercoaching.matching.domain.coach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.peercoaching.kit.reference.SafeguardingHoldWords;
import org.peercoaching.matching.domain.WeeklyWindow;

/** What matching knows of a volunteer coach, learnt from volunteer events (never from their database). */
@Entity
@Table(name = "coach")
public class Coach {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String gender;

    @Column(name = "imd_decile")
    public Integer imdDecile;

    /** 1 (new) upwards; the caseload policy may allow more to more experienced coaches. */
    @Column(name = "competence_level")
    public Integer competenceLevel;

    /** The coordinator who looks after the coach (their sign-in subject); null until volunteer-service names one. */
    @Column(name = "coordinator_id")
    public String coordinatorId;

    /** The coach's current intake (CaseloadPolicy.Intake): 0 before the first. */
    @Column(name = "intake_number", nullable = false)
    public int intakeNumber;

    /** The current intake's size, fixed when it opened. */
    @Column(name = "intake_size", nullable = false)
    public int intakeSize;

    /** The date the coach's DBS check must be renewed by (volunteer.*.v2); from that day they are on hold. */
    @Column(name = "dbs_renewal_due")
    public LocalDate dbsRenewalDue;

    /** The DBS_EXPIRED hold as volunteer-service published it; null when none. */
    @Column(name = "dbs_hold_since")
    public LocalDate dbsHoldSince;

    /** The SUPERVISION_OVERDUE hold as volunteer-service published it; null when none. */
    @Column(name = "supervision_hold_since")
    public LocalDate supervisionHoldSince;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coach_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "language", nullable = false)
    public Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coach_condition", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "condition_code", nullable = false)
    public Set<String> conditionCodes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coach_call_window", joinColumns = @JoinColumn(name = "volunteer_id"))
    public Set<WeeklyWindow> callWindows = new LinkedHashSet<>();

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** A safeguarding hold on the coach: why they may take no new people today. */
    public record Hold(String reason, LocalDate since) {
        public String description() {
            return SafeguardingHoldWords.describe(reason, since);
        }
    }

    /**
     * The coach's holds today: those volunteer-service published, and a DBS check whose renewal date has come
     * even if its daily re-evaluation has not run yet.
     */
    public List<Hold> holdsOn(LocalDate today) {
        List<Hold> holds = new ArrayList<>();
        LocalDate dbs = dbsHoldSince;
        if (dbs == null && dbsRenewalDue != null && !dbsRenewalDue.isAfter(today)) {
            dbs = dbsRenewalDue;
        }
        if (dbs != null) {
            holds.add(new Hold(SafeguardingHoldWords.DBS_EXPIRED, dbs));
        }
        if (supervisionHoldSince != null) {
            holds.add(new Hold(SafeguardingHoldWords.SUPERVISION_OVERDUE, supervisionHoldSince));
        }
        return holds;
    }
}
