package org.peercoaching.matching.domain.match;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    private static final List<MatchStatus> OPEN = List.of(MatchStatus.PROPOSED, MatchStatus.CONFIRMED);

    public long countOpenFor(UUID volunteerId) {
        return count("volunteerId = ?1 and status in ?2", volunteerId, OPEN);
    }

    public Optional<Match> openFor(UUID referralId) {
        return find("referralId = ?1 and status in ?2", referralId, OPEN).firstResultOptional();
    }
}
