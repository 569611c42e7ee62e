package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peercoaching.kit.time.London;
import org.peercoaching.volunteer.config.VolunteerConfig;

/**
 * The coordinator's roster: every coach with their flags, supervision, capacity and activity, filtered,
 * sorted and paged. A coordinator looks after 50-100 coaches, so one pass over them in memory (with a
 * handful of grouped queries, not one per coach) answers in one request.
 */
@ApplicationScoped
public class Roster {

    private final VolunteerRepository volunteers;
    private final SupervisionRepository supervision;
    private final CoachCapacityRepository capacities;
    private final CallActivityRepository activity;
    private final VolunteerConfig config;
    private final Clock clock;

    public Roster(VolunteerRepository volunteers, SupervisionRepository supervision, CoachCapacityRepository capacities,
            CallActivityRepository activity, VolunteerConfig config, Clock clock) {
        this.volunteers = volunteers;
        this.supervision = supervision;
        this.capacities = capacities;
        this.activity = activity;
        this.config = config;
        this.clock = clock;
    }

    public FlagPolicy policy() {
        return FlagPolicy.of(config);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    public RosterPage find(RosterQuery q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.coordinatorId() != null) {
            where.append(" and coordinatorId = :coordinatorId");
            params.put("coordinatorId", q.coordinatorId());
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.put("statuses", q.statuses());
        }
        if (q.coordinator() != null) {
            where.append(" and lower(coordinator) = :coordinator");
            params.put("coordinator", q.coordinator().toLowerCase());
        }
        if (q.competenceLevels() != null && !q.competenceLevels().isEmpty()) {
            where.append(" and competenceLevel in :competence");
            params.put("competence", q.competenceLevels());
        }
        List<Volunteer> candidates = volunteers.list(where.toString(), params);
        Context context = context();
        List<RosterEntry> matching = new ArrayList<>();
        for (Volunteer v : candidates) {
            if (q.conditionCode() != null && !v.conditionCodes.contains(q.conditionCode())) {
                continue;
            }
            if (q.language() != null && !v.languages.contains(q.language())) {
                continue;
            }
            RosterEntry entry = entry(v, context);
            if (q.flags() != null && !q.flags().isEmpty() && entry.flags().stream().noneMatch(q.flags()::contains)) {
                continue;
            }
            if (q.flagged() != null && q.flagged() == entry.flags().isEmpty()) {
                continue;
            }
            if (q.minRoom() != null && entry.room() < q.minRoom()) {
                continue;
            }
            matching.add(entry);
        }
        Comparator<RosterEntry> order = comparator(q.sort() == null ? RosterQuery.SortKey.NAME : q.sort());
        if (q.descending()) {
            order = order.reversed();
        }
        matching.sort(order.thenComparing(e -> e.volunteer().id));
        int from = Math.min((q.page() - 1) * q.size(), matching.size());
        int to = Math.min(from + q.size(), matching.size());
        return new RosterPage(List.copyOf(matching.subList(from, to)), q.page(), q.size(), matching.size());
    }

    /** One coach as the roster shows them. */
    public RosterEntry entryFor(Volunteer v) {
        return entry(v, context());
    }

    private record Context(LocalDate today, FlagPolicy policy, Map<UUID, LocalDate> lastSupervised,
            Map<UUID, CoachCapacity> capacity, Map<UUID, ActivitySummary> activity) {}

    private Context context() {
        return new Context(today(), policy(), supervision.lastAttendedByVolunteer(), capacities.byVolunteer(),
                activity.summaries(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")));
    }

    private RosterEntry entry(Volunteer v, Context c) {
        FlagPolicy.Facts facts = new FlagPolicy.Facts(v.status, v.activatedAt, c.lastSupervised().get(v.id),
                v.dbsRenewalDue, v.pausedUntil, v.device, v.loanDueBack);
        LocalDate dueBy = v.status == VolunteerStatus.ACTIVE || v.status == VolunteerStatus.PAUSED
                ? c.policy().supervisionDueBy(facts) : null;
        return new RosterEntry(v, c.policy().flags(facts, c.today()),
                SupervisionMode.forCompetence(v.competenceLevel, config.groupSupervisionFromCompetence()),
                c.lastSupervised().get(v.id), dueBy, c.capacity().get(v.id),
                c.activity().getOrDefault(v.id, ActivitySummary.none(v.id)), c.policy().holds(facts, c.today()));
    }

    static Comparator<RosterEntry> comparator(RosterQuery.SortKey key) {
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<String> text = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        return switch (key) {
            case NAME -> Comparator.comparing((RosterEntry e) -> e.volunteer().lastName, text)
                    .thenComparing(e -> e.volunteer().firstName, text);
            case STATUS -> Comparator.comparing(e -> e.volunteer().status);
            case COMPETENCE -> Comparator.comparingInt(e -> e.volunteer().competenceLevel);
            case COORDINATOR -> Comparator.comparing(e -> e.volunteer().coordinator, text);
            case DBS_RENEWAL_DUE -> Comparator.comparing(e -> e.volunteer().dbsRenewalDue, dates);
            case SUPERVISION_DUE -> Comparator.comparing(RosterEntry::supervisionDueBy, dates);
            case ROOM -> Comparator.comparingInt(RosterEntry::room);
            case HOURS -> Comparator.comparingLong(e -> e.activity().minutes());
            case REGISTERED -> Comparator.comparing(e -> e.volunteer().registeredAt);
        };
    }
}
