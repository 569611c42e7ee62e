package org.peercoaching.schedule.domain.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AlertNoteRepository implements PanacheRepositoryBase<AlertNote, UUID> {

    /** The notes on these alerts, each alert's in the order written. */
    public Map<UUID, List<AlertNote>> byAlert(Collection<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        return list("alertId in ?1 order by position", alertIds).stream()
                .collect(Collectors.groupingBy(n -> n.alertId));
    }
}
