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

    /** People waiting for a re-match first, then everyone else, each longest-waiting first. */
    public List<Referral> waitingOldestFirst() {
        return list("status = ?1 order by case when rematchOf is null then 1 else 0 end, receivedAt, id",
                ReferralStatus.WAITING);
    }

    /**
     * The shared waiting list as the queue orders it ({@link #waitingOldestFirst}), then anyone RECEIVED and not
     * yet assessed (who joins the end of the list).
     */
    public List<Referral> waitingListInQueueOrder() {
        List<Referral> all = new java.util.ArrayList<>(waitingOldestFirst());
        all.addAll(list("status = ?1 order by receivedAt, id", ReferralStatus.RECEIVED));
        return all;
    }

    /** 1 for the person at the front: re-matches first, then the longest waiting. */
    public long waitingPosition(Referral referral) {
        String older = "(receivedAt < ?2 or (receivedAt = ?2 and id < ?3))";
        if (referral.rematchOf != null) {
            return count("status = ?1 and rematchOf is not null and " + older, ReferralStatus.WAITING,
                    referral.receivedAt, referral.id) + 1;
        }
        return count("status = ?1 and rematchOf is not null", ReferralStatus.WAITING)
                + count("status = ?1 and rematchOf is null and " + older, ReferralStatus.WAITING, referral.receivedAt,
                        referral.id) + 1;
    }
}
