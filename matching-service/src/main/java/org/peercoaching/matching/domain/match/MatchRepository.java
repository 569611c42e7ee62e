package org.peercoaching.matching.domain.match;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    static final List<MatchStatus> OPEN = List.of(MatchStatus.PROPOSED, MatchStatus.CONFIRMED);

    public List<Match> openForCoach(UUID volunteerId) {
        return list("volunteerId = ?1 and status in ?2", volunteerId, OPEN);
    }

    public List<Match> allOpen() {
        return list("status in ?1", OPEN);
    }

    public Optional<Match> openFor(UUID referralId) {
        return find("referralId = ?1 and status in ?2", referralId, OPEN).firstResultOptional();
    }

    /** The match a closed referral last had a confirmed coach in (graduated, withdrawn, ...), if any. */
    public Optional<Match> lastConfirmedFor(UUID referralId) {
        return find("referralId = ?1 and confirmedAt is not null order by confirmedAt desc, id", referralId)
                .firstResultOptional();
    }

    /** Matches of one status with coaches this coordinator looks after, oldest first. */
    public List<Match> withCoachesOf(String coordinatorId, MatchStatus status) {
        return list("status = ?1 and volunteerId in (select c.volunteerId from Coach c where c.coordinatorId = ?2)"
                + " order by proposedAt, id", status, coordinatorId);
    }

    /** The people who have an open proposal waiting for a coordinator. */
    public Set<UUID> referralsWithProposal() {
        return getEntityManager().createQuery("select m.referralId from Match m where m.status = :status", UUID.class)
                .setParameter("status", MatchStatus.PROPOSED).getResultStream().collect(Collectors.toSet());
    }

    public List<Match> historyOf(UUID referralId) {
        return list("referralId = ?1 order by proposedAt, id", referralId);
    }

    /** Coaches a coordinator declined for this person: never proposed to them again. */
    public Set<UUID> declinedCoaches(UUID referralId) {
        return list("referralId = ?1 and status = ?2", referralId, MatchStatus.DECLINED).stream()
                .map(m -> m.volunteerId)
                .collect(Collectors.toSet());
    }

    /** For each of these referrals, the coaches a coordinator declined for them. */
    public java.util.Map<UUID, Set<UUID>> declinedPairs(java.util.Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return java.util.Map.of();
        }
        return group(list("referralId in ?1 and status = ?2", referralIds, MatchStatus.DECLINED));
    }

    /** For everyone waiting, the coaches a coordinator declined for them (one query, no parameter list). */
    public java.util.Map<UUID, Set<UUID>> declinedPairsOfWaiting() {
        return group(list("status = ?1 and referralId in (select r.id from Referral r where r.status = ?2)",
                MatchStatus.DECLINED, org.peercoaching.matching.domain.referral.ReferralStatus.WAITING));
    }

    private static java.util.Map<UUID, Set<UUID>> group(List<Match> declined) {
        java.util.Map<UUID, Set<UUID>> pairs = new java.util.HashMap<>();
        for (Match m : declined) {
            pairs.computeIfAbsent(m.referralId, k -> new java.util.HashSet<>()).add(m.volunteerId);
        }
        return pairs;
    }
}
