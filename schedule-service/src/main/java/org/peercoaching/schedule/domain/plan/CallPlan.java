package org.peercoaching.schedule.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One person's six-month tapering plan: created from a confirmed match, it survives a re-match. */
@Entity
@Table(name = "call_plan")
public class CallPlan {

    public static final String GRADUATED = "GRADUATED";

    @Id
    public UUID id;

    /** The person's current match; a re-match replaces it. */
    @Column(name = "match_id", nullable = false, unique = true)
    public UUID matchId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "person_first_name", nullable = false)
    public String personFirstName;

    @Column(name = "person_phone", nullable = false)
    public String personPhone;

    /** The taper stage's name, or GRADUATED. */
    @Column(nullable = false)
    public String stage;

    /** Index of the stage in the taper template. */
    @Column(name = "stage_index", nullable = false)
    public int stageIndex;

    /** Calls in the current stage, including any a coordinator added. */
    @Column(name = "stage_calls", nullable = false)
    public int stageCalls;

    @Column(name = "extended_calls", nullable = false)
    public int extendedCalls;

    @Column(name = "total_calls", nullable = false)
    public int totalCalls;

    /** The person's conditions (SNOMED CT ids, comma-separated) for the coach's call page; null if not sent. */
    @Column(name = "person_conditions")
    public String personConditions;

    /** The person's preferred language for calls (ISO 639-1); null if not sent. */
    @Column(name = "person_language")
    public String personLanguage;

    @Column(name = "person_windows", nullable = false)
    public String personWindows;

    @Column(name = "coach_windows", nullable = false)
    public String coachWindows;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "activation_instrument")
    public String activationInstrument;

    @Column(name = "activation_before")
    public BigDecimal activationBefore;

    @Column(name = "activation_after")
    public BigDecimal activationAfter;

    @Column(name = "activation_level_after")
    public Integer activationLevelAfter;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The steady call slot's weekday, chosen when the plan starts or moves to a new coach. */
    @Enumerated(EnumType.STRING)
    @Column(name = "slot_day")
    public DayOfWeek slotDay;

    /** The steady call slot's Europe/London wall-clock time. */
    @Column(name = "slot_time")
    public LocalTime slotTime;

    /** The current stage's last planned call time: the stage does not end before it (unless ended early). */
    @Column(name = "stage_ends_at")
    public Instant stageEndsAt;

    public CallSlotter.Slot steadySlot() {
        return slotDay == null || slotTime == null ? null : new CallSlotter.Slot(slotDay, slotTime);
    }

    public void keep(CallSlotter.Slot slot) {
        slotDay = slot.day();
        slotTime = slot.time();
    }

    public List<String> personConditionList() {
        return personConditions == null || personConditions.isBlank() ? List.of()
                : List.of(personConditions.split(","));
    }

    public void keepPerson(ConfirmedMatch match) {
        personConditions = match.personConditionCodes() == null || match.personConditionCodes().isEmpty() ? null
                : String.join(",", match.personConditionCodes());
        personLanguage = match.personLanguage();
    }

    public List<CallSlotter.Window> personWindowList() {
        return CallSlotter.Window.parseAll(personWindows);
    }

    public List<CallSlotter.Window> coachWindowList() {
        return CallSlotter.Window.parseAll(coachWindows);
    }
}
