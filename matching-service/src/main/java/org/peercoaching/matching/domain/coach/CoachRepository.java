package org.peercoaching.matching.domain.coach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CoachRepository implements PanacheRepositoryBase<Coach, UUID> {

    public List<Coach> active() {
        return list("status", Coach.ACTIVE);
    }
}
