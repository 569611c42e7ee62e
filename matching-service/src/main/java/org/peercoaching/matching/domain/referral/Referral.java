package org.peercoaching.matching.domain.referral;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.match.PersonNeeds;

/** A person referred by a pathway, from receipt to graduation. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String pathway;

    @Column(name = "pathway_referral_id", nullable = false)
    public String pathwayReferralId;

    /** Hash of the request as received, so a retried submission can be told from a different one. */
    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String language;

    @Column(name = "activation_instrument", nullable = false)
    public String activationInstrument;

    @Column(name = "activation_score", nullable = false)
    public BigDecimal activationScore;

    @Column(name = "activation_level")
    public Integer activationLevel;

    @Column(name = "activation_measured_on", nullable = false)
    public LocalDate activationMeasuredOn;

    @Column(name = "imd_decile", nullable = false)
    public int imdDecile;

    @Column(name = "coach_gender_preference")
    public String coachGenderPreference;

    @Column(name = "consent_to_contact", nullable = false)
    public boolean consentToContact;

    @Column(name = "consent_to_share_goals", nullable = false)
    public boolean consentToShareGoals;

    /** The LSOA code the decile was looked up by, upper case; null when the pathway gave only a decile. */
    @Column(name = "lsoa_code")
    public String lsoaCode;

    /**
     * The IMD edition the decile was looked up in: IMD2025 (2021 LSOAs) or IMD2019 (2011 LSOAs). Null when the
     * pathway gave the decile itself (edition not stated). Referrals received before IMD2025 may say IMD2019.
     */
    @Column(name = "imd_edition")
    public String imdEdition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    /** Why it is INELIGIBLE or WITHDRAWN, in plain English; null otherwise. */
    @Column(name = "status_reason")
    public String statusReason;

    /** While the person waits for a re-match: the match they had, so the next one replaces it. */
    @Column(name = "rematch_of")
    public UUID rematchOf;

    /** When the person last joined the waiting list (for waiting-time priority). */
    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "outcome_calls_completed")
    public Integer outcomeCallsCompleted;

    @Column(name = "outcome_calls_missed")
    public Integer outcomeCallsMissed;

    @Column(name = "outcome_escalations")
    public Integer outcomeEscalations;

    @Column(name = "outcome_activation_instrument")
    public String outcomeActivationInstrument;

    @Column(name = "outcome_activation_score")
    public BigDecimal outcomeActivationScore;

    @Column(name = "outcome_activation_level")
    public Integer outcomeActivationLevel;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_condition", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "condition_code", nullable = false)
    public Set<String> conditionCodes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_call_window", joinColumns = @JoinColumn(name = "referral_id"))
    public Set<WeeklyWindow> callWindows = new LinkedHashSet<>();

    public PersonNeeds needs() {
        return new PersonNeeds(conditionCodes, imdDecile, language, callWindows, coachGenderPreference);
    }

    public void moveTo(ReferralStatus next, Instant at) {
        if (next == ReferralStatus.WAITING && status != ReferralStatus.WAITING) {
            waitingSince = at;
        }
        status = next;
        statusChangedAt = at;
    }

    /** Still to be matched or in the programme: not ineligible, withdrawn, graduated or ended. */
    public boolean isOpen() {
        return status != ReferralStatus.INELIGIBLE && status != ReferralStatus.WITHDRAWN
                && status != ReferralStatus.GRADUATED && status != ReferralStatus.ENDED;
    }
}
