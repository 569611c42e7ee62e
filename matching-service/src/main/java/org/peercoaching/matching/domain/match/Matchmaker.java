package org.peercoaching.matching.domain.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.config.MatchingConfig;
import org.peercoaching.matching.config.ProgrammeTaperConfig;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.pathway.PathwayNotifications;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;
import org.peercoaching.programme.CallWindows;
import org.peercoaching.programme.CaseloadPolicy;

/**
 * Matches people with coaches under the caseload cap. Every operation that changes who a coach has holds
 * the {@link MatchingLock} first (one database row, locked for update), so neither concurrent requests nor
 * several replicas can ever take a coach past the cap. The waiting list is assigned as one exact
 * optimisation ({@link AssignmentSolver}).
 *
 * <p>Every room is the configured {@link CaseloadPolicy} rule's, by default cohort intakes: each match records the
 * coach's intake it took a place in, and the coach keeps their current intake's number and size (see
 * {@link #takePlace}). A coach who shares no call time with a person (a stretch at least one call long) is not a
 * candidate for them unless {@code peercoaching.matching.require-shared-call-time=false}; a coordinator can still
 * choose that coach with a reason ({@link #override}).
 */
@ApplicationScoped
public class Matchmaker {

    private static final Logger LOG = Logger.getLogger(Matchmaker.class);

    public static final String COACH_FULL = ProblemTypes.BASE + "coach-has-no-room";
    public static final String WRONG_STATE = ProblemTypes.BASE + "not-possible-now";
    public static final String NOT_A_CANDIDATE = ProblemTypes.BASE + "not-a-candidate";
    public static final String COACH_ON_HOLD = ProblemTypes.BASE + "coach-on-hold";
    public static final String SYSTEM = "system";
    public static final String NO_SHARED_CALL_TIME = "No coach with room shares a call time with them";
    public static final String ONLY_COACHES_ON_HOLD =
            "The only coaches who fit them are on hold (DBS check expired or supervision overdue)";

    private final CoachRepository coaches;
    private final MatchRepository matches;
    private final ReferralRepository referrals;
    private final CoordinatorActionRepository actions;
    private final MatchingLock lock;
    private final MatchEventPublisher events;
    private final CandidateScorer scorer;
    private final MatchReasons reasons;
    private final CaseloadPolicy policy;
    private final MatchingConfig config;
    private final PathwayNotifications pathways;
    private final Clock clock;
    private final Duration callLength;

    public Matchmaker(CoachRepository coaches, MatchRepository matches, ReferralRepository referrals,
            CoordinatorActionRepository actions, MatchingLock lock, MatchEventPublisher events, MatchingConfig config,
            ProgrammeTaperConfig programme, PathwayNotifications pathways, Clock clock) {
        this.coaches = coaches;
        this.matches = matches;
        this.referrals = referrals;
        this.actions = actions;
        this.lock = lock;
        this.events = events;
        this.config = config;
        this.pathways = pathways;
        this.clock = clock;
        this.callLength = Duration.ofMinutes(programme.callMinutes());
        MatchingConfig.Weights w = config.weights();
        ConditionCatalogue catalogue = ConditionCatalogue.standard();
        this.scorer = new CandidateScorer(
                new CandidateScorer.Weights(w.condition(), w.deprivation(), w.language(), w.availability()),
                catalogue, config.conditionSimilarity().sameFamily(),
                config.conditionSimilarity().sharedSymptoms());
        this.reasons = new MatchReasons(catalogue);
        Map<Integer, CaseloadPolicy.Limits> limits = new HashMap<>();
        config.caseload().levels().forEach((level, l) ->
                limits.put(level, new CaseloadPolicy.Limits(l.maxLoad(), l.maxPeople(), l.maxPerStage())));
        this.policy = new CaseloadPolicy(config.caseload().rule(), config.caseload().stageWeights(), limits);
    }

    /** A coach who could take this person, with why. */
    public record Candidate(Coach coach, ScoreBreakdown score, int room) {}

    // ---- capacity ----------------------------------------------------------------------------------

    public Map<String, Integer> peopleByStage(UUID volunteerId) {
        return CaseloadPolicy.byStage(matches.openForCoach(volunteerId).stream().map(m -> m.stage).toList());
    }

    /** The caseload cap this matchmaker applies (the capacity forecast runs the very same policy). */
    public CaseloadPolicy policy() {
        return policy;
    }

    /** How many more people this coach may take now, under the configured rule. */
    public int roomOf(Coach coach) {
        return roomOf(coach, matches.openForCoach(coach.volunteerId)).people();
    }

    /** Every active coach's room now, from one read of the open matches. */
    public Map<UUID, Integer> roomsOfActiveCoaches() {
        Map<UUID, List<Match>> open = openByCoach();
        Map<UUID, Integer> rooms = new HashMap<>();
        for (Coach coach : coaches.active()) {
            rooms.put(coach.volunteerId, roomOf(coach, open.getOrDefault(coach.volunteerId, List.of())).people());
        }
        return rooms;
    }

    /** Room for new people: none for a coach who is not active or is on a safeguarding hold. */
    private CaseloadPolicy.Room roomOf(Coach coach, List<Match> open) {
        return onHold(coach) ? CaseloadPolicy.Room.NONE : roomUnderCap(coach, open);
    }

    /** Room under the caseload cap alone, for an administrator's choice of a coach on hold. */
    private CaseloadPolicy.Room roomUnderCap(Coach coach, List<Match> open) {
        if (!coach.isActive()) {
            return CaseloadPolicy.Room.NONE;
        }
        return policy.room(coach.competenceLevel, CaseloadPolicy.byStage(open.stream().map(m -> m.stage).toList()),
                intakeOf(coach, open), yetToStepDown(open));
    }

    /** People still at the stage they were at when the coach's current intake opened (or they joined it). */
    static int yetToStepDown(List<Match> open) {
        return (int) open.stream()
                .filter(m -> m.intakeBaselineStage != null && m.intakeBaselineStage.equals(stageOrStart(m.stage)))
                .count();
    }

    private static String stageOrStart(String stage) {
        return stage == null ? CaseloadPolicy.START_STAGE : stage;
    }

    /** The coach's current intake, with how many of its members they still hold. */
    public CaseloadPolicy.Intake currentIntake(Coach coach) {
        return intakeOf(coach, matches.openForCoach(coach.volunteerId));
    }

    private static CaseloadPolicy.Intake intakeOf(Coach coach, List<Match> open) {
        int held = (int) open.stream()
                .filter(m -> m.intakeNumber != null && m.intakeNumber == coach.intakeNumber)
                .count();
        return new CaseloadPolicy.Intake(coach.intakeNumber, coach.intakeSize, held);
    }

    /** Whether the coach is on a safeguarding hold today: no new people, their current people continue. */
    public boolean onHold(Coach coach) {
        return !coach.holdsOn(today()).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    /** The new match takes a place in the coach's current intake, or opens their next one. */
    private void takePlace(Coach coach, Match match) {
        List<Match> open = matches.openForCoach(coach.volunteerId);
        // a proposal reaches a coach on hold only by an administrator's choice (override), never by matching
        CaseloadPolicy.Room room = roomUnderCap(coach, open);
        if (room.people() <= 0) {
            throw ProblemException.conflict(COACH_FULL, "This coach has no room under the caseload cap.");
        }
        CaseloadPolicy.Intake intake = room.afterTakingOne(intakeOf(coach, open));
        if (room.opensIntake()) {
            // everyone already held must move on a stage before the intake after this one
            open.forEach(m -> m.intakeBaselineStage = stageOrStart(m.stage));
        }
        coach.intakeNumber = intake.number();
        coach.intakeSize = intake.size();
        match.intakeNumber = intake.number();
    }

    private Map<UUID, List<Match>> openByCoach() {
        Map<UUID, List<Match>> byCoach = new HashMap<>();
        for (Match m : matches.allOpen()) {
            byCoach.computeIfAbsent(m.volunteerId, k -> new ArrayList<>()).add(m);
        }
        return byCoach;
    }

    private void publishCapacity(Set<UUID> volunteerIds, Instant now) {
        for (UUID id : volunteerIds) {
            Coach coach = coaches.findById(id);
            if (coach == null) {
                continue;
            }
            List<Match> open = matches.openForCoach(id);
            Map<String, Integer> byStage = CaseloadPolicy.byStage(open.stream().map(m -> m.stage).toList());
            int people = open.size();
            int room = roomOf(coach, open).people();
            events.capacityChanged(id, people, byStage, room, now);
        }
    }

    /** Tells the roster a coach's room changed for a reason outside matching (their status, a new coach). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void coachChanged(UUID volunteerId) {
        lock.acquire();
        publishCapacity(Set.of(volunteerId), clock.instant());
    }

    // ---- the waiting list --------------------------------------------------------------------------

    /** Puts a new referral on the waiting list and assigns the list at once: proposed now if a coach fits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Match> admit(Referral referral) {
        lock.acquire();
        referral.moveTo(ReferralStatus.WAITING, clock.instant());
        assignWaitingList();
        return matches.openFor(referral.id);
    }

    /**
     * Assigns everyone waiting to coaches with room as one optimisation: the largest total of score plus
     * priority terms, under every coach's remaining capacity. Returns the proposals made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> assignWaitingList() {
        lock.acquire();
        Instant now = clock.instant();
        List<Referral> waiting = referrals.waitingOldestFirst();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Match>> openByCoach = openByCoach();
        List<Coach> withRoom = new ArrayList<>();
        List<Integer> rooms = new ArrayList<>();
        for (Coach coach : coaches.active()) {
            int room = roomOf(coach, openByCoach.getOrDefault(coach.volunteerId, List.of())).people();
            if (room > 0) {
                withRoom.add(coach);
                rooms.add(room);
            }
        }
        if (withRoom.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<UUID>> declined = matches.declinedPairsOfWaiting();
        AssignmentSolver solver = new AssignmentSolver(waiting.size(),
                rooms.stream().mapToInt(Integer::intValue).toArray());
        Map<Long, ScoreBreakdown> scores = new HashMap<>();
        double[] priority = new double[waiting.size()];
        int limit = config.candidatesPerPerson();
        for (int p = 0; p < waiting.size(); p++) {
            Referral r = waiting.get(p);
            priority[p] = priorityOf(r, now);
            Set<UUID> excluded = declined.getOrDefault(r.id, Set.of());
            List<int[]> ranked = new ArrayList<>();
            List<ScoreBreakdown> rankedScores = new ArrayList<>();
            for (int c = 0; c < withRoom.size(); c++) {
                Coach coach = withRoom.get(c);
                if (excluded.contains(coach.volunteerId)) {
                    continue;
                }
                Optional<ScoreBreakdown> score = candidateScore(r, coach);
                if (score.isPresent()) {
                    ranked.add(new int[] {c, rankedScores.size()});
                    rankedScores.add(score.get());
                }
            }
            ranked.sort(Comparator.comparingDouble((int[] x) -> -rankedScores.get(x[1]).total()));
            int keep = limit > 0 ? Math.min(limit, ranked.size()) : ranked.size();
            for (int k = 0; k < keep; k++) {
                int c = ranked.get(k)[0];
                ScoreBreakdown s = rankedScores.get(ranked.get(k)[1]);
                solver.allow(p, c, Math.round((s.total() + priority[p]) * 1_000_000));
                scores.put((long) p * withRoom.size() + c, s);
            }
        }
        AssignmentSolver.Assignment assignment = solver.solve();
        List<Match> made = new ArrayList<>();
        Set<UUID> touched = new LinkedHashSet<>();
        for (int p = 0; p < waiting.size(); p++) {
            int c = assignment.coachOf()[p];
            if (c < 0) {
                continue;
            }
            Coach coach = withRoom.get(c);
            Match match = propose(waiting.get(p), coach, scores.get((long) p * withRoom.size() + c), priority[p], now);
            made.add(match);
            touched.add(coach.volunteerId);
        }
        publishCapacity(touched, now);
        if (!made.isEmpty()) {
            LOG.infof("Waiting list assigned: %d of %d people proposed to a coach", made.size(), waiting.size());
        }
        return made;
    }

    double priorityOf(Referral r, Instant now) {
        MatchingConfig.Priority p = config.priority();
        Instant since = r.waitingSince != null ? r.waitingSince : r.receivedAt;
        long weeks = Math.max(0, Duration.between(since, now).toDays() / 7);
        double priority = p.assigned() + Math.min(weeks, p.maxWaitWeeks()) * p.perWeekWaiting();
        if (r.imdDecile <= 2) {
            priority += p.mostDeprived();
        }
        if (r.rematchOf != null) {
            priority += p.rematch();
        }
        return priority;
    }

    private Optional<ScoreBreakdown> score(Referral r, Coach coach) {
        return scorer.score(r.needs(), coach.gender, coach.conditionCodes, coach.imdDecile, coach.languages,
                coach.callWindows);
    }

    /** The score of a coach matching may propose for this person: empty if not a candidate at all. */
    private Optional<ScoreBreakdown> candidateScore(Referral r, Coach coach) {
        return sharesCallTime(r, coach) ? score(r, coach) : Optional.empty();
    }

    /** Whether one call fits in a time both are free (always, when shared call time is not required). */
    public boolean sharesCallTime(Referral r, Coach coach) {
        return !config.requireSharedCallTime() || CallWindows.haveCallTime(r.callWindows, coach.callWindows, callLength);
    }

    private Match propose(Referral referral, Coach coach, ScoreBreakdown score, double priority, Instant now) {
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.referralId = referral.id;
        match.volunteerId = coach.volunteerId;
        match.status = MatchStatus.PROPOSED;
        match.scoreTotal = score.total();
        match.scoreCondition = score.condition();
        match.scoreDeprivation = score.deprivation();
        match.scoreLanguage = score.language();
        match.scoreAvailability = score.availability();
        match.scorePriority = priority;
        match.proposedAt = now;
        takePlace(coach, match);
        if (referral.rematchOf != null) {
            // a re-match keeps the person's taper stage: the cap counts them where they are
            match.replacesMatchId = referral.rematchOf;
            Match previous = matches.findById(referral.rematchOf);
            match.stage = previous != null ? previous.stage : null;
        }
        match.intakeBaselineStage = stageOrStart(match.stage);
        matches.persist(match);
        referral.moveTo(ReferralStatus.PROPOSED, now);
        events.proposed(match);
        if (config.autoConfirm()) {
            confirm(match, referral, coach, now);
        }
        return match;
    }

    private void confirm(Match match, Referral referral, Coach coach, Instant now) {
        match.status = MatchStatus.CONFIRMED;
        match.confirmedAt = now;
        referral.moveTo(ReferralStatus.MATCHED, now);
        referral.rematchOf = null;
        events.confirmed(match, referral, coach);
    }

    // ---- coordinator actions -----------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public Match confirmProposal(UUID matchId, String by) {
        lock.acquire();
        Instant now = clock.instant();
        Match match = requireMatch(matchId);
        if (match.status != MatchStatus.PROPOSED) {
            throw ProblemException.conflict(WRONG_STATE, "Only a proposal can be confirmed; this one has already been "
                    + match.status.name().toLowerCase() + ".");
        }
        Coach coach = coaches.findById(match.volunteerId);
        if (coach == null || !coach.isActive()) {
            throw ProblemException.conflict(WRONG_STATE, "The coach is no longer active; decline this proposal.");
        }
        if (onHold(coach)) {
            throw ProblemException.conflict(COACH_ON_HOLD, onHoldMessage(coach) + " Decline this proposal.");
        }
        // the proposal already holds its room; check anyway, so the cap holds even if the policy changed
        if (!policy.withinLimits(coach.competenceLevel, peopleByStage(coach.volunteerId))) {
            throw ProblemException.conflict(COACH_FULL, "This coach has no room under the caseload cap.");
        }
        Referral referral = referrals.findById(match.referralId);
        confirm(match, referral, coach, now);
        actions.record(referral.id, match.id, "CONFIRM", by, null, now);
        publishCapacity(Set.of(coach.volunteerId), now);
        return match;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Match declineProposal(UUID matchId, String by, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        Match match = requireMatch(matchId);
        if (match.status != MatchStatus.PROPOSED) {
            throw ProblemException.conflict(WRONG_STATE, "Only a proposal can be declined; this one has already been "
                    + match.status.name().toLowerCase() + ".");
        }
        close(match, MatchStatus.DECLINED, reason, now);
        events.declined(match, reason, now);
        Referral referral = referrals.findById(match.referralId);
        referral.moveTo(ReferralStatus.WAITING, now);
        actions.record(referral.id, match.id, "DECLINE", by, reason, now);
        publishCapacity(Set.of(match.volunteerId), now);
        assignWaitingList();
        return match;
    }

    /** Who chooses a coach by override: a coordinator, or an administrator lifting a safeguarding hold for it. */
    public record OverrideBy(String id, boolean administrator, String safeguardingReason) {
        public static OverrideBy coordinator(String id) {
            return new OverrideBy(id, false, null);
        }
    }

    /**
     * A coordinator chooses a coach for a person themselves, with their reason (kept in the action record):
     * confirmed at once if the coach has room, even when the two share no call time. A coach on a safeguarding
     * hold can be chosen only by an administrator, with a safeguarding reason (recorded as OVERRIDE_HOLD).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Match override(UUID referralId, UUID volunteerId, OverrideBy by, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        Referral referral = requireReferral(referralId);
        if (referral.status != ReferralStatus.WAITING && referral.status != ReferralStatus.PROPOSED) {
            throw ProblemException.conflict(WRONG_STATE, "A coach can be chosen only for a person who is waiting or"
                    + " has a proposal; this person's referral is now: " + referral.status.description().toLowerCase()
                    + ".");
        }
        Coach coach = coaches.findById(volunteerId);
        if (coach == null || !coach.isActive()) {
            throw ProblemException.unprocessable(NOT_A_CANDIDATE, "That coach is not an active coach.", List.of());
        }
        boolean onHold = onHold(coach);
        if (onHold && !by.administrator()) {
            throw ProblemException.conflict(COACH_ON_HOLD, onHoldMessage(coach)
                    + " Only an administrator can give them a new person, with a safeguarding reason.");
        }
        if (!onHold && by.administrator()) {
            throw ProblemException.conflict(WRONG_STATE, coach.firstName + " is not on hold: their coordinator"
                    + " chooses people for them.");
        }
        if (onHold && (by.safeguardingReason() == null || by.safeguardingReason().isBlank())) {
            throw ProblemException.unprocessable(COACH_ON_HOLD, onHoldMessage(coach)
                    + " Say why it is safe for them to take this person.",
                    List.of(new org.peercoaching.kit.problem.Problem.FieldError("safeguardingReason",
                            "is required to choose a coach who is on hold")));
        }
        Optional<ScoreBreakdown> score = score(referral, coach);
        if (score.isEmpty()) {
            throw ProblemException.unprocessable(NOT_A_CANDIDATE,
                    "That coach does not meet the person's coach gender preference.", List.of());
        }
        Optional<Match> current = matches.openFor(referralId);
        Set<UUID> touched = new LinkedHashSet<>();
        Match chosen;
        if (current.isPresent() && current.get().volunteerId.equals(volunteerId)) {
            chosen = current.get();
            confirm(chosen, referral, coach, now);
        } else {
            if (roomUnderCap(coach, matches.openForCoach(coach.volunteerId)).people() <= 0) {
                throw ProblemException.conflict(COACH_FULL, "This coach has no room under the caseload cap.");
            }
            if (current.isPresent()) {
                Match previous = current.get();
                close(previous, MatchStatus.ENDED, "OVERRIDDEN: " + reason, now);
                events.declined(previous, "OVERRIDDEN: " + reason, now);
                touched.add(previous.volunteerId);
            }
            chosen = propose(referral, coach, score.get(), priorityOf(referral, now), now);
            if (chosen.status == MatchStatus.PROPOSED) {
                confirm(chosen, referral, coach, now);
            }
        }
        boolean freedAnotherCoach = !touched.isEmpty();
        touched.add(volunteerId);
        if (onHold) {
            actions.record(referralId, chosen.id, "OVERRIDE_HOLD", by.id(), reason + " | Safeguarding reason ("
                    + onHoldMessage(coach) + "): " + by.safeguardingReason().strip(), now);
            LOG.warnf("Coach %s on a safeguarding hold was given referral %s by administrator %s", volunteerId,
                    referralId, by.id());
        } else {
            actions.record(referralId, chosen.id, "OVERRIDE", by.id(), reason, now);
        }
        publishCapacity(touched, now);
        if (freedAnotherCoach) {
            assignWaitingList();
        }
        return chosen;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Referral withdraw(UUID referralId, String by, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        Referral referral = requireReferral(referralId);
        if (!referral.isOpen()) {
            throw ProblemException.conflict(WRONG_STATE, "This referral is closed already: "
                    + referral.status.description().toLowerCase() + ".");
        }
        matches.openFor(referralId).ifPresent(m -> {
            endOrCancel(m, "WITHDRAWN", now);
            publishCapacity(Set.of(m.volunteerId), now);
        });
        referral.moveTo(ReferralStatus.WITHDRAWN, now);
        referral.statusReason = reason;
        referral.rematchOf = null;
        events.referralChanged(referral);
        actions.record(referralId, null, "WITHDRAW", by, reason, now);
        assignWaitingList();
        return referral;
    }

    /** The person asks for another coach: the match ends and they go to the front of the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral rematchOnRequest(UUID referralId, String by, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        Referral referral = requireReferral(referralId);
        Match current = matches.openFor(referralId)
                .filter(m -> m.status == MatchStatus.CONFIRMED)
                .orElseThrow(() -> ProblemException.conflict(WRONG_STATE,
                        "Only a person with a confirmed coach can be re-matched."));
        close(current, MatchStatus.DECLINED, "PERSON_ASKED: " + reason, now);
        events.ended(current, "PERSON_ASKED", now);
        referral.moveTo(ReferralStatus.WAITING, now);
        referral.rematchOf = current.id;
        actions.record(referralId, current.id, "REMATCH", by, reason, now);
        publishCapacity(Set.of(current.volunteerId), now);
        assignWaitingList();
        return referral;
    }

    // ---- events from other services ---------------------------------------------------------------

    /** A coach paused or left: each of their people is re-matched, keeping stage and history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void coachUnavailable(UUID volunteerId, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        for (Match m : matches.openForCoach(volunteerId)) {
            Referral referral = referrals.findById(m.referralId);
            boolean wasConfirmed = m.status == MatchStatus.CONFIRMED;
            endOrCancel(m, reason, now);
            referral.moveTo(ReferralStatus.WAITING, now);
            if (wasConfirmed) {
                referral.rematchOf = m.id;
            }
        }
        publishCapacity(Set.of(volunteerId), now);
        assignWaitingList();
    }

    /** A coach went on a safeguarding hold: their proposals not yet confirmed go back to the waiting list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawProposalsOf(UUID volunteerId, String reason) {
        lock.acquire();
        Instant now = clock.instant();
        for (Match m : matches.openForCoach(volunteerId)) {
            if (m.status == MatchStatus.PROPOSED) {
                endOrCancel(m, reason, now);
                referrals.findById(m.referralId).moveTo(ReferralStatus.WAITING, now);
            }
        }
    }

    /** schedule.stage-changed: keep the stage for the cap; GRADUATED ends the match. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stageChanged(UUID matchId, String fromStage, String toStage) {
        lock.acquire();
        Instant now = clock.instant();
        Match match = matches.findById(matchId);
        if (match == null) {
            LOG.warnf("Stage change for unknown match %s ignored", matchId);
            return;
        }
        Referral referral = referrals.findById(match.referralId);
        if ("GRADUATED".equals(toStage)) {
            graduate(referral, match, now);
        } else {
            match.stage = toStage;
            if (match.status == MatchStatus.CONFIRMED && referral.status == ReferralStatus.MATCHED) {
                referral.moveTo(ReferralStatus.IN_PROGRAMME, now);
            }
        }
        if (match.status == MatchStatus.CONFIRMED || "GRADUATED".equals(toStage)) {
            publishCapacity(Set.of(match.volunteerId), now);
            assignWaitingList();
        }
    }

    /** A snapshot of the outcome, as schedule-service reports it at graduation. */
    public record Outcome(int callsCompleted, int callsMissed, int escalations, String activationInstrument,
            java.math.BigDecimal activationScoreAfter, Integer activationLevelAfter, Instant completedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void programmeCompleted(UUID referralId, Outcome outcome) {
        lock.acquire();
        Instant now = clock.instant();
        Referral referral = referrals.findById(referralId);
        if (referral == null) {
            LOG.warnf("Programme completion for unknown referral %s ignored", referralId);
            return;
        }
        referral.outcomeCallsCompleted = outcome.callsCompleted();
        referral.outcomeCallsMissed = outcome.callsMissed();
        referral.outcomeEscalations = outcome.escalations();
        referral.outcomeActivationInstrument = outcome.activationInstrument();
        referral.outcomeActivationScore = outcome.activationScoreAfter();
        referral.outcomeActivationLevel = outcome.activationLevelAfter();
        referral.completedAt = outcome.completedAt();
        Optional<Match> open = matches.openFor(referralId);
        graduate(referral, open.orElse(null), now);
        if (referral.status == ReferralStatus.GRADUATED) {
            pathways.graduated(referral);
        }
        if (open.isPresent()) {
            publishCapacity(Set.of(open.get().volunteerId), now);
            assignWaitingList();
        }
    }

    private void graduate(Referral referral, Match match, Instant now) {
        if (match != null && match.isOpen()) {
            match.stage = "GRADUATED";
            endOrCancel(match, "GRADUATED", now);
        }
        if (referral.status != ReferralStatus.WITHDRAWN && referral.status != ReferralStatus.GRADUATED) {
            referral.moveTo(ReferralStatus.GRADUATED, now);
            referral.rematchOf = null;
        }
    }

    // ---- reads ---------------------------------------------------------------------------------------

    /** The best coaches with room for this person, with breakdowns, best first. */
    public List<Candidate> topCandidates(Referral referral, int n) {
        return topCandidates(referral, n, coach -> true);
    }

    /** The best of these coaches (a coordinator's own, say) with room for this person, best first. */
    public List<Candidate> topCandidates(Referral referral, int n, java.util.function.Predicate<Coach> among) {
        Set<UUID> declined = matches.declinedPairs(List.of(referral.id)).getOrDefault(referral.id, Set.of());
        List<Candidate> all = new ArrayList<>();
        for (Coach coach : coaches.active()) {
            if (declined.contains(coach.volunteerId) || !among.test(coach)) {
                continue;
            }
            int room = roomOf(coach);
            if (room <= 0) {
                continue;
            }
            candidateScore(referral, coach).ifPresent(s -> all.add(new Candidate(coach, s, room)));
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.score().total())
                .thenComparing(c -> c.coach().volunteerId));
        return all.stream().limit(n).collect(Collectors.toList());
    }

    /** Why this coach fits this person, in plain English, from the data the scorer reads (see MatchReasons). */
    public List<String> reasons(Referral referral, Coach coach) {
        return reasons.explain(scorer.facts(referral.needs(), coach.conditionCodes, coach.imdDecile, coach.languages,
                coach.callWindows));
    }

    /**
     * Why no coach can be offered to this person, in plain English; empty when one can (or may once a coach has
     * room). No active coach meets their coach gender preference, or every one who does was declined for them
     * (room or not); or, when shared call time is required, coaches who meet their preferences have room but none
     * of them shares a call time with them ({@link #NO_SHARED_CALL_TIME}).
     *
     * @param rooms each active coach's room now ({@link #roomsOfActiveCoaches()})
     */
    public Optional<String> whyNoCoachFits(Referral referral, List<Coach> active, Set<UUID> declined,
            Map<UUID, Integer> rooms) {
        if (active.isEmpty()) {
            return Optional.of("There are no active coaches");
        }
        boolean anyMeetsPreference = false;
        boolean anyOfferable = false;
        boolean anyOnHoldOfferable = false;
        boolean anyWithRoom = false;
        boolean anyWithRoomSharesCallTime = false;
        for (Coach coach : active) {
            if (score(referral, coach).isPresent()) {
                anyMeetsPreference = true;
                if (declined.contains(coach.volunteerId)) {
                    continue;
                }
                if (onHold(coach)) {
                    anyOnHoldOfferable = true;
                    continue;
                }
                anyOfferable = true;
                if (rooms.getOrDefault(coach.volunteerId, 0) > 0) {
                    anyWithRoom = true;
                    anyWithRoomSharesCallTime |= sharesCallTime(referral, coach);
                }
            }
        }
        if (anyOfferable) {
            // waiting for room is not "no coach fits"; room nobody can use for lack of a call time is
            return anyWithRoom && !anyWithRoomSharesCallTime ? Optional.of(NO_SHARED_CALL_TIME) : Optional.empty();
        }
        if (anyOnHoldOfferable) {
            return Optional.of(ONLY_COACHES_ON_HOLD);
        }
        return Optional.of(anyMeetsPreference
                ? "Every active coach who meets their preferences was declined for them"
                : "No active coach meets their coach gender preference (" + referral.coachGenderPreference + ")");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String onHoldMessage(Coach coach) {
        return coach.firstName + " is on hold: " + String.join(" and ",
                coach.holdsOn(today()).stream().map(Coach.Hold::description).toList()) + ".";
    }

    private void endOrCancel(Match m, String reason, Instant now) {
        boolean confirmed = m.status == MatchStatus.CONFIRMED;
        close(m, MatchStatus.ENDED, reason, now);
        if (confirmed) {
            events.ended(m, reason, now);
        } else {
            events.declined(m, reason, now);
        }
    }

    private static void close(Match m, MatchStatus status, String reason, Instant now) {
        m.status = status;
        m.closedAt = now;
        m.closeReason = reason;
    }

    private Match requireMatch(UUID id) {
        Match match = matches.findById(id);
        if (match == null) {
            throw ProblemException.notFound("Match " + id);
        }
        return match;
    }

    private Referral requireReferral(UUID id) {
        Referral referral = referrals.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }
}
