package org.peercoaching.matching.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.config.ProgrammeTaperConfig;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Programme-wide counts for commissioners and coordinators, by calendar month in Europe/London: no one's record,
 * only counts, medians and means. A handful of portable JPQL queries (no date functions, so the same on H2 and
 * PostgreSQL) return the few columns needed for the period; months are told apart in Java.
 */
@ApplicationScoped
public class MatchingReport {

    /** The longest period one report covers. */
    public static final int MAX_MONTHS = 36;
    static final List<ReferralStatus> WAITING = List.of(ReferralStatus.WAITING, ReferralStatus.RECEIVED);

    private final EntityManager em;
    private final ProgrammeTaperConfig taper;
    private final Clock clock;

    public MatchingReport(EntityManager em, ProgrammeTaperConfig taper, Clock clock) {
        this.em = em;
        this.taper = taper;
        this.clock = clock;
    }

    /** This calendar month in Europe/London, by the injected clock. */
    public YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(London.ZONE));
    }

    static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(London.ZONE).toInstant();
    }

    static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(London.ZONE));
    }

    public MatchingReportView run(YearMonth from, YearMonth to) {
        Instant now = clock.instant();
        Instant start = startOf(from);
        Instant end = startOf(to.plusMonths(1));
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new long[5]);
        }
        long[] activation = new long[5];

        // referred, eligible and activation at referral: by the month each referral was received
        for (Object[] row : rows("select r.receivedAt, r.status, r.activationLevel from Referral r"
                + " where r.receivedAt >= :start and r.receivedAt < :end", start, end)) {
            long[] counts = months.get(monthOf((Instant) row[0]));
            ReferralStatus status = (ReferralStatus) row[1];
            counts[0]++;
            if (status != ReferralStatus.INELIGIBLE && status != ReferralStatus.RECEIVED) {
                counts[1]++;
            }
            Integer level = (Integer) row[2];
            activation[level != null && level >= 1 && level <= 4 ? level - 1 : 4]++;
        }

        // matched: each person's first confirmed match, in the month it was confirmed; with their wait by decile
        Map<Integer, List<Long>> daysToMatch = new TreeMap<>();
        Map<String, Long> decileEditions = new TreeMap<>();
        for (Object[] row : rows("select r.imdDecile, r.receivedAt, min(m.confirmedAt), r.imdEdition"
                + " from Match m, Referral r where r.id = m.referralId and m.confirmedAt is not null"
                + " group by r.id, r.imdDecile, r.receivedAt, r.imdEdition"
                + " having min(m.confirmedAt) >= :start and min(m.confirmedAt) < :end", start, end)) {
            Instant confirmed = (Instant) row[2];
            months.get(monthOf(confirmed))[2]++;
            daysToMatch.computeIfAbsent((Integer) row[0], d -> new ArrayList<>())
                    .add(days((Instant) row[1], confirmed));
            decileEditions.merge(editionOf((String) row[3]), 1L, Long::sum);
        }

        // graduated: when the programme was completed (schedule-service's time), else when matching recorded it
        for (Object[] row : em.createQuery("select r.completedAt, r.statusChangedAt from Referral r"
                        + " where r.status = :graduated and ((r.completedAt is not null and r.completedAt >= :start"
                        + " and r.completedAt < :end) or (r.completedAt is null and r.statusChangedAt >= :start"
                        + " and r.statusChangedAt < :end))", Object[].class)
                .setParameter("graduated", ReferralStatus.GRADUATED)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            months.get(monthOf((Instant) (row[0] != null ? row[0] : row[1])))[3]++;
        }

        // withdrawn: a final state, so the status change is the withdrawal
        for (Instant at : em.createQuery("select r.statusChangedAt from Referral r where r.status = :withdrawn"
                        + " and r.statusChangedAt >= :start and r.statusChangedAt < :end", Instant.class)
                .setParameter("withdrawn", ReferralStatus.WITHDRAWN)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            months.get(monthOf(at))[4]++;
        }

        // waiting now, by decile, with how long so far
        Map<Integer, List<Long>> waitingNow = new TreeMap<>();
        for (Object[] row : em.createQuery("select r.imdDecile, r.waitingSince, r.receivedAt, r.imdEdition"
                        + " from Referral r where r.status in :waiting", Object[].class)
                .setParameter("waiting", WAITING).getResultList()) {
            Instant since = row[1] != null ? (Instant) row[1] : (Instant) row[2];
            waitingNow.computeIfAbsent((Integer) row[0], d -> new ArrayList<>()).add(days(since, now));
            decileEditions.merge(editionOf((String) row[3]), 1L, Long::sum);
        }

        List<MatchingReportView.Month> monthViews = new ArrayList<>();
        long[] totals = new long[5];
        months.forEach((month, c) -> {
            monthViews.add(new MatchingReportView.Month(month.toString(), c[0], c[1], c[2], c[3], c[4]));
            for (int i = 0; i < 5; i++) {
                totals[i] += c[i];
            }
        });
        List<MatchingReportView.DecileWait> byDecile = new ArrayList<>();
        for (int decile = 1; decile <= 10; decile++) {
            List<Long> matched = daysToMatch.getOrDefault(decile, List.of());
            List<Long> waiting = waitingNow.getOrDefault(decile, List.of());
            byDecile.add(new MatchingReportView.DecileWait(decile, matched.size(), median(matched), mean(matched),
                    waiting.size(), median(waiting)));
        }
        long waitingCount = waitingNow.values().stream().mapToLong(List::size).sum();
        return new MatchingReportView(from.toString(), to.toString(), London.ZONE.getId(), now, monthViews,
                new MatchingReportView.Totals(totals[0], totals[1], totals[2], totals[3], totals[4]), byDecile,
                decileEditions,
                new MatchingReportView.Activation(activation[0], activation[1], activation[2], activation[3],
                        activation[4]),
                stagesNow(waitingCount));
    }

    /** The edition a decile came from, for {@code decileEditions}: IMD2025, IMD2019, or given by the pathway. */
    static String editionOf(String imdEdition) {
        return imdEdition == null ? MatchingReportView.GIVEN_BY_PATHWAY : imdEdition;
    }

    private MatchingReportView.StagesNow stagesNow(long waiting) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        taper.stages().forEach(s -> byStage.put(s.name(), 0L));
        long notStarted = 0;
        for (Object[] row : em.createQuery("select m.stage, count(m) from Match m where m.status = :confirmed"
                        + " group by m.stage", Object[].class)
                .setParameter("confirmed", MatchStatus.CONFIRMED).getResultList()) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                notStarted += count;
            } else {
                byStage.merge((String) row[0], count, Long::sum);
            }
        }
        long proposed = em.createQuery("select count(m) from Match m where m.status = :proposed", Long.class)
                .setParameter("proposed", MatchStatus.PROPOSED).getSingleResult();
        return new MatchingReportView.StagesNow(waiting, proposed, notStarted, byStage);
    }

    private List<Object[]> rows(String jpql, Instant start, Instant end) {
        return em.createQuery(jpql, Object[].class).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    static long days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    /** The middle value (the mean of the two middle ones for an even count); null for none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Rounded to one decimal place; null for none. */
    static Double mean(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        double mean = values.stream().mapToLong(Long::longValue).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }
}
