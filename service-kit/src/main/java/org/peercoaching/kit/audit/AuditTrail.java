package org.peercoaching.kit.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.peercoaching.kit.security.Caller;

/**
 * Writes the audit trail. Each row commits in its own transaction so that a refused or failed
 * request is still recorded, and a rolled-back change does not take its audit row with it.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Instance<HttpServerRequest> request;

    @Inject
    Clock clock;

    public void record(String subjectType, String subjectId, String outcome) {
        record(subjectType, subjectId, outcome, null);
    }

    /** @param action what was done, such as the route template; null for the request's method and path */
    public void record(String subjectType, String subjectId, String outcome, String action) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = caller.id();
        entry.actorRole = caller.role();
        entry.action = action != null && !action.isBlank() ? action : action();
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.outcome = outcome;
        QuarkusTransaction.requiringNew().run(() -> em.persist(entry));
    }

    public List<AuditEntry> find(String subjectType, String subjectId, String actor, int limit) {
        StringBuilder where = new StringBuilder("from AuditEntry a where 1 = 1");
        if (subjectType != null) {
            where.append(" and a.subjectType = :subjectType");
        }
        if (subjectId != null) {
            where.append(" and a.subjectId = :subjectId");
        }
        if (actor != null) {
            where.append(" and a.actor = :actor");
        }
        var query = em.createQuery(where + " order by a.id desc", AuditEntry.class).setMaxResults(limit);
        if (subjectType != null) {
            query.setParameter("subjectType", subjectType);
        }
        if (subjectId != null) {
            query.setParameter("subjectId", subjectId);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        return query.getResultList();
    }

    private String action() {
        try {
            if (request.isResolvable()) {
                HttpServerRequest r = request.get();
                return r.method() + " " + r.path();
            }
        } catch (RuntimeException e) {
            // not inside an HTTP request (a job or a consumer): the subject and outcome still say enough
        }
        return "internal";
    }
}
