package org.peercoaching.matching.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.config.ProgrammeTaperConfig;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.programme.CapacityForecast;
import org.peercoaching.programme.TaperTemplate;

/**
 * Runs {@link CapacityForecast} with the live rules: the taper schedule-service books calls from (the same
 * {@code peercoaching.schedule.stages}, module programme-rules) and the very {@code CaseloadPolicy} object the
 * {@link Matchmaker} applies. No rule is restated here.
 */
@ApplicationScoped
public class Forecaster {

    private final CapacityForecast forecast;
    private final CoachRepository coaches;
    private final ReferralRepository referrals;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public Forecaster(ProgrammeTaperConfig taper, Matchmaker matchmaker, CoachRepository coaches,
            ReferralRepository referrals, Clock clock) {
        this.forecast = new CapacityForecast(taperOf(taper), matchmaker.policy());
        this.matchmaker = matchmaker;
        this.coaches = coaches;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** The taper as schedule-service builds it (PlanService.templateOf), from the same properties. */
    public static TaperTemplate taperOf(ProgrammeTaperConfig config) {
        return new TaperTemplate(config.stages().stream()
                .map(s -> new TaperTemplate.Stage(s.name(), s.intervalWeeks(), s.calls()))
                .toList());
    }

    public CapacityForecast model() {
        return forecast;
    }

    /** The first month forecast: the next calendar month in Europe/London. */
    public YearMonth firstMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(London.ZONE))).plusMonths(1);
    }

    /** {@code count} coaches at one competence level, nobody yet. */
    public CapacityForecast.Inputs hypothetical(int count, int competenceLevel, int referralsPerMonth, int months) {
        return CapacityForecast.Inputs.fresh(count, competenceLevel, referralsPerMonth, months, firstMonth());
    }

    /**
     * The active coaches matching knows, each at their competence level; with {@code current}, with the people
     * they have now (by stage) and their current intake, and the people waiting now, otherwise starting empty.
     */
    public CapacityForecast.Inputs fromActiveCoaches(boolean current, int referralsPerMonth, int months) {
        List<CapacityForecast.Coach> list = new ArrayList<>();
        for (Coach coach : coaches.active()) {
            if (current) {
                list.add(new CapacityForecast.Coach(coach.competenceLevel, matchmaker.peopleByStage(coach.volunteerId),
                        matchmaker.currentIntake(coach)));
            } else {
                list.add(CapacityForecast.Coach.empty(coach.competenceLevel));
            }
        }
        int waiting = current ? referrals.waitingOldestFirst().size() : 0;
        return new CapacityForecast.Inputs(list, referralsPerMonth, months, firstMonth(), waiting);
    }

    public CapacityForecast.Result run(CapacityForecast.Inputs inputs) {
        return forecast.run(inputs);
    }
}
