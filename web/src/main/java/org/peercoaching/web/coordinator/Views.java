package org.peercoaching.web.coordinator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.Words;

/** What the coordinator pages read from the services' JSON (only the fields they show). */
public final class Views {

    private Views() {}

    public record Score(double condition, double deprivation, double language, double availability, double total,
            Double priority) {}

    public record Match(UUID id, UUID referralId, UUID volunteerId, String coachFirstName, String personFirstName,
            String pathway, Integer imdDecile, Long daysWaiting, String status, Score score, List<String> reasons,
            String stage, Instant proposedAt, Instant confirmedAt, Instant closedAt, String closeReason,
            String personLastNameInitial) {

        /** "Brian J." as on the waiting list, to tell people with the same first name apart. */
        public String personName() {
            String first = personFirstName == null ? "Someone" : personFirstName;
            return personLastNameInitial == null || personLastNameInitial.isBlank() ? first
                    : first + " " + personLastNameInitial + ".";
        }

        public List<String> reasonsOrScores() {
            if (reasons != null && !reasons.isEmpty()) {
                return reasons;
            }
            return score == null ? List.of() : List.of("Overall fit " + Math.round(score.total() * 100) + " out of 100");
        }
    }

    public record Candidate(UUID volunteerId, String firstName, Integer room, Score score, List<String> reasons) {}

    public record Condition(String code, String name) {}

    public record WaitingPerson(UUID referralId, String firstName, String lastNameInitial, String pathway,
            List<Condition> conditions, Integer imdDecile, String language, Instant receivedAt, Instant waitingSince,
            Long daysWaiting, Long position, Boolean rematch, Boolean noCoachFits, String noCoachFitsReason,
            String languageName) {

        /** "Brian J.": the first name and the surname's initial, to tell four Brians apart. */
        public String name() {
            String first = firstName == null ? "Someone" : firstName;
            return lastNameInitial == null || lastNameInitial.isBlank() ? first : first + " " + lastNameInitial + ".";
        }
    }

    public record Alert(UUID alertId, String kind, String category, UUID planId, UUID callId, UUID referralId,
            UUID coachId, String detail, OffsetDateTime raisedAt, String raisedBy, OffsetDateTime closedAt,
            String closedBy, String closingAction, String personFirstName, String personPhone, String stage,
            List<AlertNote> notes) {

        public Alert {
            notes = notes == null ? List.of() : notes.stream().filter(n -> n != null).toList();
        }

        public boolean noCommonSlot() {
            return "NO_COMMON_SLOT".equals(kind);
        }

        /** The clinical team is told once; after that, notes only. */
        public boolean clinicalTeamTold() {
            return notes.stream().anyMatch(AlertNote::clinical);
        }

        /** Crisis first, then safeguarding, then a clinical red flag, then anything else. */
        public int severity() {
            return switch (category == null ? "" : category) {
                case "CRISIS" -> 0;
                case "SAFEGUARDING" -> 1;
                case "CLINICAL_RED_FLAG" -> 2;
                default -> 3;
            };
        }

        public boolean escalation() {
            return "ESCALATION".equals(kind);
        }

        public boolean dbsRenewalDue() {
            return "DBS_RENEWAL_DUE".equals(kind);
        }
    }

    /** What a coordinator did about an alert: a note, or telling the clinical team (kind CLINICAL_ESCALATION). */
    public record AlertNote(String kind, String note, String by, OffsetDateTime at) {
        public boolean clinical() {
            return "CLINICAL_ESCALATION".equals(kind);
        }
    }

    /** The person behind a referral, for the coordinator of their coach (matching-service). */
    public record ReferralPerson(String firstName, String lastName, String phone, List<Condition> conditions) {}

    public record Referral(UUID id, String pathway, String status, String stage, ReferralPerson person) {}

    /**
     * An alert as a card: the alert with who it is about (the person, from matching when it answers, else the
     * first name and phone the alert carries) and their coach (from the roster, when there).
     */
    public record AlertCard(Alert alert, Referral referral, Coach coach) {

        public String personName() {
            ReferralPerson p = referral == null ? null : referral.person();
            if (p != null && p.firstName() != null) {
                return p.lastName() == null ? p.firstName() : p.firstName() + " " + p.lastName();
            }
            return alert.personFirstName() == null ? "" : alert.personFirstName();
        }

        public String personFirstName() {
            ReferralPerson p = referral == null ? null : referral.person();
            if (p != null && p.firstName() != null) {
                return p.firstName();
            }
            return alert.personFirstName() == null ? "" : alert.personFirstName();
        }

        public String personPhone() {
            ReferralPerson p = referral == null ? null : referral.person();
            String phone = p != null && p.phone() != null ? p.phone() : alert.personPhone();
            return phone == null ? "" : phone;
        }

        public String pathway() {
            return referral == null || referral.pathway() == null ? "" : Words.pathway(referral.pathway());
        }

        public List<Condition> conditions() {
            ReferralPerson p = referral == null ? null : referral.person();
            return p == null || p.conditions() == null ? List.of() : p.conditions();
        }

        /** "Weekly calls". */
        public String stageCalls() {
            return alert.stage() == null || alert.stage().isBlank() ? "" : Words.plain(alert.stage()) + " calls";
        }

        /** "weekly calls", inside a sentence. */
        public String stageCallsInSentence() {
            return stageCalls().toLowerCase(java.util.Locale.UK);
        }

        public String coachName() {
            return coach == null ? "" : coach.name();
        }

        public String coachFirstName() {
            return coach == null ? "" : coach.firstName();
        }

        public String coachPhone() {
            return coach == null || coach.phone() == null ? "" : coach.phone();
        }
    }

    public record Notification(UUID id, UUID referralId, String pathway, String type, int attempts, Integer lastStatus,
            String lastError, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {}

    /** Why a coach gets no new people for now (their current people continue). */
    public record Hold(String reason, LocalDate since, String description) {

        /** The service's own sentence; an older or partial answer still reads as a sentence. */
        public String text() {
            if (description != null && !description.isBlank()) {
                return description;
            }
            String when = London.date(since);
            return switch (reason == null ? "" : reason) {
                case "DBS_EXPIRED" -> "On hold: DBS check expired" + (when.isEmpty() ? "" : " on " + when);
                case "SUPERVISION_OVERDUE" -> "On hold: supervision overdue" + (when.isEmpty() ? "" : " since " + when);
                default -> "On hold" + (reason == null || reason.isBlank() ? "" : ": " + Words.plain(reason))
                        + (when.isEmpty() ? "" : " since " + when);
            };
        }

        /** Where on the coach's page this hold is put right, or null for a hold the pages cannot lift. */
        public String remedyAnchor() {
            return switch (reason == null ? "" : reason) {
                case "DBS_EXPIRED" -> "record-dbs";
                case "SUPERVISION_OVERDUE" -> "record-supervision";
                default -> null;
            };
        }

        /** The words of the link to {@link #remedyAnchor()}. */
        public String remedy() {
            return switch (reason == null ? "" : reason) {
                case "DBS_EXPIRED" -> "Record the new DBS check";
                case "SUPERVISION_OVERDUE" -> "Record supervision attended";
                default -> null;
            };
        }
    }

    private static List<Hold> noneIfAbsent(List<Hold> holds) {
        return holds == null ? List.of() : holds.stream().filter(h -> h != null).toList();
    }

    /** A hold already says "DBS check expired on ..."; the bare flag of the same name would only repeat it. */
    private static List<String> flagsBeside(List<Hold> holds, List<String> flags) {
        if (flags == null) {
            return List.of();
        }
        List<String> heldFor = holds.stream().map(Hold::reason).toList();
        return flags.stream().filter(f -> f != null && !heldFor.contains(f)).toList();
    }

    public record Capacity(int activePeople, String peopleByStage, int room, Instant asOf) {}

    public record Activity(long callsRecorded, long callsCompleted, double hours) {}

    public record Coach(UUID id, String firstName, String lastName, String phone, String email, String status,
            String coordinator, int competenceLevel, List<String> conditionCodes, List<String> languages,
            Integer imdDecile, LocalDate pausedUntil, LocalDate dbsRenewalDue, String supervisionMode,
            LocalDate lastSupervisedOn, LocalDate supervisionDueBy, Capacity capacity, Activity activity,
            List<String> flags, List<Hold> holds) {

        public Coach {
            holds = noneIfAbsent(holds);
        }

        public String name() {
            return firstName + " " + lastName;
        }

        public boolean flagged() {
            return flags != null && !flags.isEmpty();
        }

        public boolean onHold() {
            return !holds.isEmpty();
        }

        public List<String> flagsBesideHolds() {
            return flagsBeside(holds, flags);
        }

        public boolean needsAttention() {
            return flagged() || onHold();
        }
    }

    public record RosterPage(List<Coach> items, int page, int size, int totalItems, int totalPages) {}

    public record CallWindow(String day, String start, String end) {}

    public record PracticeSession(UUID id, LocalDate heldOn, String facilitator) {}

    public record Dbs(LocalDate issuedOn, LocalDate renewalDue, String certificateNumber) {}

    public record Onboarding(LocalDate trainingModulesCompletedOn, List<PracticeSession> practiceSessions, Dbs dbs) {}

    public record Volunteer(UUID id, String firstName, String lastName, String phone, String email, String gender,
            Integer imdDecile, List<String> languages, List<String> conditionCodes, String device,
            LocalDate loanDueBack, List<CallWindow> callWindows, int competenceLevel, String coordinator,
            String status, Instant statusChangedAt, String pausedReason, LocalDate pausedUntil, String pauseKind,
            String leftReason, Onboarding onboarding, Instant registeredAt, Instant activatedAt, String supervisionMode,
            LocalDate lastSupervisedOn, LocalDate supervisionDueBy, Capacity capacity, Activity activity,
            List<String> flags, List<Hold> holds, List<Condition> conditions) {

        public Volunteer {
            holds = noneIfAbsent(holds);
        }

        public String name() {
            return firstName + " " + lastName;
        }

        public boolean onHold() {
            return !holds.isEmpty();
        }

        public List<String> flagsBesideHolds() {
            return flagsBeside(holds, flags);
        }

        public boolean trainingDone() {
            return onboarding != null && onboarding.trainingModulesCompletedOn() != null;
        }

        public boolean practiceDone() {
            return onboarding != null && onboarding.practiceSessions() != null
                    && !onboarding.practiceSessions().isEmpty();
        }

        public boolean dbsDone() {
            return onboarding != null && onboarding.dbs() != null && onboarding.dbs().issuedOn() != null;
        }

        /** Training is complete once they are ready, active, paused (or left after it). */
        public boolean trainingCompleted() {
            return "READY".equals(status) || "ACTIVE".equals(status) || "PAUSED".equals(status)
                    || activatedAt != null;
        }

        public boolean canPause() {
            return "ACTIVE".equals(status);
        }

        /** Paused for a short break (holiday, illness): they keep their people; their calls in it move or skip. */
        public boolean onShortPause() {
            return "PAUSED".equals(status) && "SHORT".equals(pauseKind);
        }

        public boolean canResume() {
            return "PAUSED".equals(status);
        }

        public boolean canLeave() {
            return !"LEFT".equals(status);
        }

        /** A new DBS check or a supervision session can be recorded for anyone still in the programme. */
        public boolean canRecordChecks() {
            return !"LEFT".equals(status);
        }
    }

    public record SupervisionSession(UUID id, String kind, LocalDate heldOn, String facilitator) {}

    /** One call on a coach's week, as schedule-service lists it. */
    public record Call(UUID callId, String personFirstName, String phone, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String stage, int callNumber, int totalCalls, String status) {}

    public record Week(UUID coachId, String week, List<Call> calls) {}

    /** One of a coach's current people, as schedule-service lists them. */
    public record Person(UUID planId, UUID referralId, String personFirstName, String stage, String status,
            OffsetDateTime nextCallAt, Integer nextCallNumber, long callsCompleted, long callsMissed, int totalCalls) {}

    public record People(UUID coachId, List<Person> people) {}

    /** What a coach's short pauses did to their people's calls (schedule-service's pause-changes). */
    public record PauseChanges(UUID coachId, LocalDate pausedUntil, List<PausedPerson> people) {}

    public record PausedPerson(UUID planId, UUID referralId, String personFirstName, List<PauseChange> changes) {}

    /** One call: MOVED (from, to) or SKIPPED. */
    public record PauseChange(UUID callId, int callNumber, String outcome, LocalDate pausedUntil,
            OffsetDateTime from, String fromWhen, OffsetDateTime to, String toWhen) {

        public boolean moved() {
            return "MOVED".equals(outcome);
        }
    }

    /** The goal, next step and confidence from a person's last completed call (schedule-service's plan). */
    public record LastTalk(int callNumber, OffsetDateTime startsAt, Integer confidence, String goal,
            String wayForward) {}

    public record Plan(UUID planId, LastTalk lastTalk) {}
}
