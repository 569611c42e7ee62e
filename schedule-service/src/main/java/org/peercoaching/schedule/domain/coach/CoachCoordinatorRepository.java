package org.peercoaching.schedule.domain.coach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Coach to coordinator, kept from the volunteers topic: the basis of every coordinator's "own coaches". */
@ApplicationScoped
public class CoachCoordinatorRepository implements PanacheRepositoryBase<CoachCoordinator, UUID> {

    private final Clock clock;

    public CoachCoordinatorRepository(Clock clock) {
        this.clock = clock;
    }

    /** Records who looks after the coach now; a missing or blank coordinator means unassigned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(UUID volunteerId, String coordinatorId) {
        String owner = coordinatorId == null || coordinatorId.isBlank() ? CoachCoordinator.UNASSIGNED : coordinatorId;
        CoachCoordinator row = findById(volunteerId);
        if (row == null) {
            row = new CoachCoordinator();
            row.volunteerId = volunteerId;
            row.coordinatorId = owner;
            row.updatedAt = clock.instant();
            persist(row);
        } else if (!owner.equals(row.coordinatorId)) {
            row.coordinatorId = owner;
            row.updatedAt = clock.instant();
        }
    }

    /** The coach's coordinator, if one has been given. */
    public Optional<String> coordinatorOf(UUID volunteerId) {
        return findByIdOptional(volunteerId).map(c -> c.coordinatorId)
                .filter(id -> !CoachCoordinator.UNASSIGNED.equals(id));
    }

    /** Whether this coordinator looks after this coach. */
    public boolean looksAfter(String coordinatorId, UUID volunteerId) {
        return coordinatorId != null && coordinatorOf(volunteerId).map(coordinatorId::equals).orElse(false);
    }
}
