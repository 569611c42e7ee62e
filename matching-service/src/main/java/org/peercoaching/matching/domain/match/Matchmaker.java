package org.peercoaching.matching.domain.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peercoaching.matching.config.MatchingConfig;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Finds the best coach with room for a person, or puts them on the waiting list. Every matching
 * transaction holds the {@link MatchingLock}, so concurrent matches can never take a coach past the cap.
 */
@ApplicationScoped
public class Matchmaker {

    private final CoachRepository coaches;
    private final MatchRepository matches;
    private final ReferralRepository referrals;
    private final MatchingLock lock;
    private final MatchEventPublisher events;
    private final CandidateScorer scorer;
    private final CaseloadPolicy caseload;
    private final boolean autoConfirm;
    private final Clock clock;

    public Matchmaker(CoachRepository coaches, MatchRepository matches, ReferralRepository referrals,
            MatchingLock lock, MatchEventPublisher events, MatchingConfig config, Clock clock) {
        this.coaches = coaches;
        this.matches = matches;
        this.referrals = referrals;
        this.lock = lock;
        this.events = events;
        this.clock = clock;
        MatchingConfig.Weights w = config.weights();
        this.scorer = new CandidateScorer(w.condition(), w.deprivation(), w.language(), w.availability());
        this.caseload = new CaseloadPolicy(config.startingCaseload());
        this.autoConfirm = config.autoConfirm();
    }

    private record Candidate(UUID volunteerId, ScoreBreakdown score) {}

    /** Returns the match made, or empty if the person now waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Match> match(Referral referral) {
        lock.acquire();
        Instant now = clock.instant();
        for (Candidate candidate : rankedCandidates(referral)) {
            Coach coach = coaches.findById(candidate.volunteerId());
            if (!caseload.hasRoom(matches.countOpenFor(coach.volunteerId))) {
                continue;
            }
            Match match = new Match();
            match.id = UUID.randomUUID();
            match.referralId = referral.id;
            match.volunteerId = coach.volunteerId;
            match.status = MatchStatus.PROPOSED;
            match.scoreTotal = candidate.score().total();
            match.scoreCondition = candidate.score().condition();
            match.scoreDeprivation = candidate.score().deprivation();
            match.scoreLanguage = candidate.score().language();
            match.scoreAvailability = candidate.score().availability();
            match.proposedAt = now;
            matches.persist(match);
            referral.moveTo(ReferralStatus.PROPOSED, now);
            if (autoConfirm) {
                confirm(match, referral, coach, now);
            }
            return Optional.of(match);
        }
        referral.moveTo(ReferralStatus.WAITING, now);
        return Optional.empty();
    }

    /** Offers every waiting person, longest wait first, to the coaches who now have room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int matchWaitingReferrals() {
        lock.acquire();
        int matched = 0;
        for (Referral referral : referrals.waitingOldestFirst()) {
            if (match(referral).isPresent()) {
                matched++;
            }
        }
        return matched;
    }

    private void confirm(Match match, Referral referral, Coach coach, Instant now) {
        match.status = MatchStatus.CONFIRMED;
        match.confirmedAt = now;
        referral.moveTo(ReferralStatus.MATCHED, now);
        events.confirmed(match, referral, coach);
    }

    private List<Candidate> rankedCandidates(Referral referral) {
        List<Candidate> ranked = new ArrayList<>();
        for (Coach coach : coaches.active()) {
            scorer.score(referral.needs(), coach.gender, coach.conditionCodes, coach.imdDecile, coach.languages,
                    coach.callWindows)
                    .ifPresent(score -> ranked.add(new Candidate(coach.volunteerId, score)));
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score().total()).reversed()
                .thenComparing(Candidate::volunteerId));
        return ranked;
    }
}
