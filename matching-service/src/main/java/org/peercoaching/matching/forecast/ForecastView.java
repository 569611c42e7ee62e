package org.peercoaching.matching.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peercoaching.programme.CapacityForecast;
import org.peercoaching.programme.TaperTemplate;

/** The capacity forecast as the API returns it: what went in, and the table month by month. */
public record ForecastView(Inputs inputs, List<MonthRow> months, Totals totals) {

    /**
     * @param coachesByCompetenceLevel coaches forecast, by competence level ("none" for a coach without one)
     * @param startedFromCurrentState whether people coaches have now and people waiting now were included
     * @param taper the taper's stages (as schedule-service books them)
     * @param from the first day forecast (the 1st of the next month, Europe/London)
     */
    public record Inputs(int coaches, Map<String, Integer> coachesByCompetenceLevel, int referralsPerMonth,
            int months, boolean startedFromCurrentState, int peopleInProgrammeAtStart, int waitingAtStart,
            List<TaperTemplate.Stage> taper, LocalDate from) {}

    /**
     * @param month the month's name, for example "January 2027"
     * @param weeks forecast weeks starting in this month (4 or 5)
     * @param newMatches people who started with a coach this month
     * @param peopleSupported people in the programme at the month's end
     * @param cumulativePeopleSupported everyone in the programme at some time since the forecast began
     * @param graduations people who finished the taper this month
     * @param waitingList people waiting at the month's end
     * @param medianWaitWeeks median wait of the people matched this month (null if nobody was)
     * @param longestWaitWeeks how long the longest waiter at the month's end has waited
     */
    public record MonthRow(String month, YearMonth yearMonth, int weeks, int referrals, int newMatches,
            int peopleSupported, int cumulativePeopleSupported, int graduations, int waitingList,
            Double medianWaitWeeks, int longestWaitWeeks) {}

    public record Totals(int weeks, int referrals, int newMatches, int peopleSupported, int graduations,
            int waitingListAtEnd, Double medianWaitWeeks) {}

    public static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    public static ForecastView of(CapacityForecast.Inputs in, boolean current, TaperTemplate taper,
            CapacityForecast.Result r) {
        Map<String, Integer> byLevel = new TreeMap<>();
        int atStart = 0;
        for (CapacityForecast.Coach c : in.coaches()) {
            byLevel.merge(c.competenceLevel() == null ? "none" : c.competenceLevel().toString(), 1, Integer::sum);
            atStart += c.peopleByStage().values().stream().mapToInt(Integer::intValue).sum();
        }
        List<MonthRow> rows = r.months().stream()
                .map(m -> new MonthRow(label(m.month()), m.month(), m.weeks(), m.referred(), m.started(),
                        m.inProgramme(), m.cumulativeSupported(), m.graduated(), m.waiting(), m.medianWaitWeeks(),
                        m.longestWaitWeeks()))
                .toList();
        CapacityForecast.Totals t = r.totals();
        return new ForecastView(
                new Inputs(in.coaches().size(), byLevel, in.referralsPerMonth(), in.months(), current, atStart,
                        in.waitingAtStart(), taper.stages(), in.firstMonth().atDay(1)),
                rows,
                new Totals(t.weeks(), t.referred(), t.started(), t.supported(), t.graduated(), t.waitingAtEnd(),
                        t.medianWaitWeeks()));
    }
}
