package org.peercoaching.schedule.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peercoaching.kit.time.London;
import org.peercoaching.programme.TaperTemplate;
import org.peercoaching.schedule.domain.alert.AlertKind;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.plan.PlanService;
import org.peercoaching.schedule.domain.plan.PlanStatus;

/**
 * Programme-wide counts for commissioners and coordinators: no person, coach or call is named. Rows in the
 * period are read with plain JPQL (no vendor date functions) and put into Europe/London calendar months in
 * Java, so H2 and PostgreSQL give the same answer and a call at 00:30 BST on 1 June counts in June.
 */
@ApplicationScoped
public class ScheduleReports {

    /** Plans with a person in a taper stage now: calls booked, waiting for a time, or waiting for a new coach. */
    static final List<PlanStatus> IN_A_STAGE = List.of(PlanStatus.ACTIVE, PlanStatus.NEEDS_SLOT,
            PlanStatus.AWAITING_COACH);

    /** Calls that did not happen: no answer, or nothing recorded by a day after (the same rule as the missed-call alert). */
    static final List<CallStatus> MISSED = List.of(CallStatus.NO_ANSWER, CallStatus.MISSED);

    private final EntityManager em;
    private final TaperTemplate template;

    public ScheduleReports(EntityManager em, PlanService planService) {
        this.em = em;
        this.template = planService.template();
    }

    /** One calendar month's counts (Europe/London). */
    public record MonthCounts(YearMonth month, long plansStarted, long graduated, long callsCompleted,
            long callsMissed, long escalations) {}

    /** Graduated people with the follow-up recorded, per instrument (scores of different instruments do not mix). */
    public record InstrumentActivation(String instrument, long people, BigDecimal meanScoreAtReferral,
            BigDecimal meanScoreAtFollowUp, BigDecimal meanChange, Map<Integer, Long> levelsAtFollowUp,
            long levelNotRecorded) {}

    public record Report(List<MonthCounts> months, Map<String, Long> stagesNow, long awaitingFollowUp,
            List<InstrumentActivation> activation) {}

    /** The report for the months from..to inclusive (Europe/London). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(YearMonth from, YearMonth to) {
        Instant start = startOf(from);
        Instant end = startOf(to.plusMonths(1));
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new long[5]);
        }
        count(byMonth, 0, em.createQuery("select p.createdAt from CallPlan p where p.createdAt >= ?1"
                + " and p.createdAt < ?2", Instant.class).setParameter(1, start).setParameter(2, end).getResultList());
        count(byMonth, 1, em.createQuery("select p.completedAt from CallPlan p where p.status = ?1"
                        + " and p.completedAt >= ?2 and p.completedAt < ?3", Instant.class)
                .setParameter(1, PlanStatus.COMPLETED).setParameter(2, start).setParameter(3, end).getResultList());
        count(byMonth, 2, callStarts(List.of(CallStatus.COMPLETED), start, end));
        count(byMonth, 3, callStarts(MISSED, start, end));
        count(byMonth, 4, em.createQuery("select a.raisedAt from CoordinatorAlert a where a.kind = ?1"
                        + " and a.raisedAt >= ?2 and a.raisedAt < ?3", Instant.class)
                .setParameter(1, AlertKind.ESCALATION).setParameter(2, start).setParameter(3, end).getResultList());
        List<MonthCounts> months = byMonth.entrySet().stream().map(e -> new MonthCounts(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
        return new Report(months, stagesNow(), awaitingFollowUp(), activation(start, end));
    }

    /** Where a call counts: the month its (latest) booked time falls in, whenever it was recorded. */
    private List<Instant> callStarts(List<CallStatus> statuses, Instant start, Instant end) {
        return em.createQuery("select c.startsAt from ScheduledCall c where c.status in ?1 and c.startsAt >= ?2"
                        + " and c.startsAt < ?3", Instant.class)
                .setParameter(1, statuses).setParameter(2, start).setParameter(3, end).getResultList();
    }

    /** People in each taper stage now, every stage of the taper listed in its order (0 where nobody is). */
    private Map<String, Long> stagesNow() {
        Map<String, Long> stages = new LinkedHashMap<>();
        template.stages().forEach(s -> stages.put(s.name(), 0L));
        List<Object[]> rows = em.createQuery("select p.stage, count(p) from CallPlan p where p.status in ?1"
                + " group by p.stage", Object[].class).setParameter(1, IN_A_STAGE).getResultList();
        for (Object[] row : rows) {
            stages.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return stages;
    }

    private long awaitingFollowUp() {
        return em.createQuery("select count(p) from CallPlan p where p.status = ?1", Long.class)
                .setParameter(1, PlanStatus.AWAITING_FOLLOW_UP).getSingleResult();
    }

    private List<InstrumentActivation> activation(Instant start, Instant end) {
        List<Object[]> rows = em.createQuery("select p.activationInstrument, p.activationBefore, p.activationAfter,"
                        + " p.activationLevelAfter from CallPlan p where p.status = ?1 and p.activationAfter is not null"
                        + " and p.completedAt >= ?2 and p.completedAt < ?3", Object[].class)
                .setParameter(1, PlanStatus.COMPLETED).setParameter(2, start).setParameter(3, end).getResultList();
        Map<String, List<Object[]>> byInstrument = new TreeMap<>();
        for (Object[] row : rows) {
            byInstrument.computeIfAbsent(row[0] == null ? "unknown" : (String) row[0], k -> new ArrayList<>()).add(row);
        }
        List<InstrumentActivation> result = new ArrayList<>();
        byInstrument.forEach((instrument, people) -> {
            List<BigDecimal> before = people.stream().map(r -> (BigDecimal) r[1]).filter(b -> b != null).toList();
            List<BigDecimal> after = people.stream().map(r -> (BigDecimal) r[2]).toList();
            List<BigDecimal> change = people.stream().filter(r -> r[1] != null)
                    .map(r -> ((BigDecimal) r[2]).subtract((BigDecimal) r[1])).toList();
            Map<Integer, Long> levels = new TreeMap<>();
            long noLevel = 0;
            for (Object[] r : people) {
                if (r[3] == null) {
                    noLevel++;
                } else {
                    levels.merge((Integer) r[3], 1L, Long::sum);
                }
            }
            result.add(new InstrumentActivation(instrument, people.size(), mean(before), mean(after), mean(change),
                    levels, noLevel));
        });
        return result;
    }

    /** The mean to one decimal place, or null for none. */
    static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    static void count(Map<YearMonth, long[]> byMonth, int column, List<Instant> instants) {
        for (Instant at : instants) {
            long[] counts = byMonth.get(monthOf(at));
            if (counts != null) {
                counts[column]++;
            }
        }
    }

    /** The Europe/London calendar month an instant falls in. */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(London.ZONE));
    }

    /** Midnight Europe/London at the start of the month, as an instant. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(London.ZONE).toInstant();
    }
}
