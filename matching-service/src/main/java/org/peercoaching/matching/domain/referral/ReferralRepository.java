package org.peercoaching.matching.domain.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Optional<Referral> findByPathwayId(String pathway, String pathwayReferralId) {
        return find("pathway = ?1 and pathwayReferralId = ?2", pathway, pathwayReferralId).firstResultOptional();
    }

    public List<Referral> waitingOldestFirst() {
        return list("status = ?1 order by receivedAt, id", ReferralStatus.WAITING);
    }

    /** 1 for the person who has waited longest. */
    public long waitingPosition(Referral referral) {
        return count("status = ?1 and (receivedAt < ?2 or (receivedAt = ?2 and id < ?3))", ReferralStatus.WAITING,
                referral.receivedAt, referral.id) + 1;
    }
}
