package org.peercoaching.matching.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.programme.CapacityForecast;
import org.peercoaching.programme.TaperTemplate;

/** The capacity forecast as the API returns it: what went in, and the table month by month. */
public record ForecastView(@Schema(required = true) Inputs inputs, @Schema(required = true) List<MonthRow> months,
        @Schema(required = true) Totals totals) {

    /**
     * @param coachesByCompetenceLevel coaches forecast, by competence level ("none" for a coach without one)
     * @param startedFromCurrentState whether people coaches have now and people waiting now were included
     * @param taper the taper's stages (as schedule-service books them)
     * @param from the first day forecast (the 1st of the next month, Europe/London)
     */
    public record Inputs(@Schema(required = true) int coaches,
            @Schema(required = true) Map<String, Integer> coachesByCompetenceLevel,
            @Schema(required = true) int referralsPerMonth, @Schema(required = true) int months,
            @Schema(required = true) boolean startedFromCurrentState,
            @Schema(required = true) int peopleInProgrammeAtStart, @Schema(required = true) int waitingAtStart,
            @Schema(required = true) List<TaperTemplate.Stage> taper, @Schema(required = true) LocalDate from) {}

    /** One month. "People at once" (a caseload at one moment) is not "people started" (over a period). */
    @Schema(description = "One month of the forecast. peopleAtOnce (also peopleSupported) is how many people the"
            + " coaches hold at the month's end, at one moment; newMatches is how many started this month;"
            + " cumulativePeopleSupported counts everyone who has been in the programme at any time since the start.")
    public record MonthRow(
            @Schema(required = true, description = "The month's name", example = "January 2027") String month,
            @Schema(required = true, implementation = String.class, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$",
                    description = "The month, YYYY-MM", example = "2027-01") YearMonth yearMonth,
            @Schema(required = true, description = "Forecast weeks starting in this month (4 or 5)") int weeks,
            @Schema(required = true, description = "People referred this month") int referrals,
            @Schema(required = true, description = "People started: new matches this month") int newMatches,
            @Schema(required = true, description = "People at once: in the programme at the month's end (the same"
                    + " number as peopleAtOnce; kept for existing clients)") int peopleSupported,
            @Schema(required = true, description = "People started over the period so far, plus those there at the"
                    + " start: everyone in the programme at any time since the forecast began (not people at once)")
            int cumulativePeopleSupported,
            @Schema(required = true, description = "People who finished the taper this month") int graduations,
            @Schema(required = true, description = "People waiting at the month's end") int waitingList,
            @Schema(description = "Median wait in weeks of the people matched this month (null if nobody was)")
            Double medianWaitWeeks,
            @Schema(required = true, description = "How long, in weeks, the longest waiter at the month's end has waited")
            int longestWaitWeeks,
            @Schema(required = true, description = "People at once: in the programme at the month's end")
            int peopleAtOnce) {}

    /**
     * Over the whole forecast. The programme's "about five per coach in eleven months" is people at once
     * ({@code peakPeopleAtOnce}); people started over eleven months is nearer nine per coach, because each coach
     * takes people on again as earlier ones step down and graduate.
     */
    @Schema(name = "ForecastTotals", description = "Totals over the forecast. peakPeopleAtOnce is the most people held at one moment (a"
            + " month's end): the programme's \"about 5 per coach\" is this number. peopleStarted (also newMatches)"
            + " is how many started over the whole period, and peopleSupported adds those there at the start: both"
            + " count people over the period, not at once, so they are larger (about 9 per coach in 11 months).")
    public record Totals(
            @Schema(required = true) int weeks,
            @Schema(required = true, description = "People referred over the period") int referrals,
            @Schema(required = true, description = "People started over the period (the same number as peopleStarted)")
            int newMatches,
            @Schema(required = true, description = "Everyone in the programme at some time during the period: people"
                    + " started plus those there at the start. Over the period, not at once") int peopleSupported,
            @Schema(required = true, description = "People who finished the taper during the period") int graduations,
            @Schema(required = true, description = "People waiting at the end") int waitingListAtEnd,
            @Schema(description = "Median wait in weeks of everyone matched during the period (null if nobody)")
            Double medianWaitWeeks,
            @Schema(required = true, description = "People started over the period") int peopleStarted,
            @Schema(required = true, description = "People at once, at the peak: the most in the programme at any"
                    + " month's end (the programme's \"about 5 per coach\")") int peakPeopleAtOnce) {}

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
                        m.longestWaitWeeks(), m.inProgramme()))
                .toList();
        CapacityForecast.Totals t = r.totals();
        return new ForecastView(
                new Inputs(in.coaches().size(), byLevel, in.referralsPerMonth(), in.months(), current, atStart,
                        in.waitingAtStart(), taper.stages(), in.firstMonth().atDay(1)),
                rows,
                new Totals(t.weeks(), t.referred(), t.started(), t.supported(), t.graduated(), t.waitingAtEnd(),
                        t.medianWaitWeeks(), t.started(),
                        r.months().stream().mapToInt(CapacityForecast.Month::inProgramme).max().orElse(0)));
    }
}
