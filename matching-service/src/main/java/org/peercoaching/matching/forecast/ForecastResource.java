package org.peercoaching.matching.forecast;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.programme.CapacityForecast;

@Path("/api/v1/forecast")
@Tag(name = "Forecast", description = "For coordinators: how many people the coaches can support, month by month")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    private final Forecaster forecaster;

    public ForecastResource(Forecaster forecaster) {
        this.forecaster = forecaster;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Capacity forecast: people at once, people started, graduations, waiting list and median"
            + " wait by month, from the live taper and caseload cap (see docs/forecast.md)",
            description = "Two different counts, not to be confused: people AT ONCE (months[].peopleAtOnce, also"
                    + " peopleSupported; totals.peakPeopleAtOnce) is a caseload at one moment, and the programme's"
                    + " \"about 5 people per coach\" is this; people STARTED (months[].newMatches,"
                    + " totals.peopleStarted, also newMatches) and totals.peopleSupported count people over the whole"
                    + " period, so over 11 months they come to nearer 9 per coach, as coaches take people on again"
                    + " when earlier ones step down and graduate.")
    @APIResponse(responseCode = "200", description = "The forecast, month by month from next month")
    @APIResponse(responseCode = "400", description = "A parameter is missing or out of range (each bad field named)")
    public ForecastView forecast(
            @QueryParam("referralsPerMonth") @NotNull(message = "is required") @Min(0) @Max(100_000)
            Integer referralsPerMonth,
            @QueryParam("months") @DefaultValue("12") @Min(1) @Max(24) int months,
            @QueryParam("coaches") @Min(0) @Max(10_000) Integer coaches,
            @QueryParam("competenceLevel") @DefaultValue("1") @Min(1) @Max(10) int competenceLevel,
            @QueryParam("fromCurrentState") @DefaultValue("false") boolean fromCurrentState) {
        if (coaches != null && fromCurrentState) {
            throw ProblemException.invalidField("fromCurrentState",
                    "starts from the active coaches' current people; leave out coaches to use it");
        }
        CapacityForecast.Inputs inputs = coaches != null
                ? forecaster.hypothetical(coaches, competenceLevel, referralsPerMonth, months)
                : forecaster.fromActiveCoaches(fromCurrentState, referralsPerMonth, months);
        return ForecastView.of(inputs, fromCurrentState, forecaster.model().taper(), forecaster.run(inputs));
    }
}
