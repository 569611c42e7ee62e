package org.peercoaching.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read or change of a person's record: who, in what role, what, when, and whether it was allowed. */
@Entity
@Table(name = "audit_trail")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(nullable = false, updatable = false, length = 500)
    public String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", updatable = false)
    public String subjectId;

    @Column(nullable = false, updatable = false)
    public String outcome;
}
