package org.peercoaching.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CoachCapacityRepository implements PanacheRepositoryBase<CoachCapacity, UUID> {

    public Map<UUID, CoachCapacity> byVolunteer() {
        return listAll().stream().collect(Collectors.toMap(c -> c.volunteerId, Function.identity()));
    }

    /** Keeps the newest capacity per coach: an older event arriving late changes nothing. */
    public void record(UUID volunteerId, int activePeople, Map<String, Integer> peopleByStage, int room, Instant changedAt) {
        CoachCapacity capacity = findById(volunteerId);
        boolean isNew = capacity == null;
        if (isNew) {
            capacity = new CoachCapacity();
            capacity.volunteerId = volunteerId;
        } else if (capacity.changedAt.isAfter(changedAt)) {
            return;
        }
        capacity.activePeople = activePeople;
        capacity.peopleByStage = new TreeMap<>(peopleByStage == null ? Map.of() : peopleByStage).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        capacity.room = room;
        capacity.changedAt = changedAt;
        if (isNew) {
            persist(capacity);
        }
    }
}
