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
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "volunteer")
public class Volunteer {

    @Id
    public UUID id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(nullable = false)
    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "imd_decile")
    public Integer imdDecile;

    @Column(name = "lsoa_code")
    public String lsoaCode;

    /** The staff coordinator who looks after this coach: their sign-in subject. */
    @Column(name = "coordinator_id", nullable = false)
    public String coordinatorId = "unassigned";

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "lived_experience_notes")
    public String livedExperienceNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Device device = Device.OWN_DEVICE;

    @Column(name = "loaned_on")
    public LocalDate loanedOn;

    @Column(name = "loan_due_back")
    public LocalDate loanDueBack;

    @Column(name = "competence_level", nullable = false)
    public int competenceLevel = 1;

    public String coordinator;

    @Column(name = "training_modules_completed_on")
    public LocalDate trainingModulesCompletedOn;

    @Column(name = "dbs_issued_on")
    public LocalDate dbsIssuedOn;

    @Column(name = "dbs_renewal_due")
    public LocalDate dbsRenewalDue;

    @Column(name = "dbs_certificate_number")
    public String dbsCertificateNumber;

    /** The DBS_EXPIRED hold as last published (its since date); null when none. See SafeguardingHolds. */
    @Column(name = "dbs_hold_since")
    public LocalDate dbsHoldSince;

    /** The SUPERVISION_OVERDUE hold as last published (its since date); null when none. */
    @Column(name = "supervision_hold_since")
    public LocalDate supervisionHoldSince;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_until")
    public LocalDate pausedUntil;

    /** SHORT or LONG while paused; null otherwise. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "pause_kind")
    public PauseKind pauseKind;

    @Column(name = "left_reason")
    public String leftReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VolunteerStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "language", nullable = false)
    public Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "volunteer_condition", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "condition_code", nullable = false)
    public Set<String> conditionCodes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "volunteer_call_window", joinColumns = @JoinColumn(name = "volunteer_id"))
    public Set<WeeklyWindow> callWindows = new LinkedHashSet<>();

    /** The name a coordinator sees in lists; never logged. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
