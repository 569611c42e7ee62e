package org.peercoaching.matching.domain.referral;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.matching.config.MatchingConfig;
import org.peercoaching.matching.domain.match.MatchEventPublisher;
import org.peercoaching.matching.domain.match.Matchmaker;

/** Takes referrals from pathway systems: idempotent on the pathway's own referral id. */
@ApplicationScoped
public class ReferralIntake {

    private static final Logger LOG = Logger.getLogger(ReferralIntake.class);

    public static final String DIFFERENT_RESUBMISSION = ProblemTypes.BASE + "referral-id-reused";

    private final ReferralRepository referrals;
    private final Matchmaker matchmaker;
    private final MatchEventPublisher events;
    private final Eligibility eligibility;
    private final ImdLookup imd;
    private final Clock clock;

    public ReferralIntake(ReferralRepository referrals, Matchmaker matchmaker, MatchEventPublisher events,
            MatchingConfig config, Clock clock) {
        this.referrals = referrals;
        this.matchmaker = matchmaker;
        this.events = events;
        this.clock = clock;
        Map<String, Eligibility.Instrument> instruments = new HashMap<>();
        config.instruments().forEach((name, i) -> instruments.put(name, new Eligibility.Instrument(i.minScore(),
                i.maxScore(), i.eligibleUpTo(), i.levelUpperBounds().orElse(List.of()))));
        this.eligibility = new Eligibility(instruments);
        long loadStart = System.nanoTime();
        this.imd = ImdLookup.official();
        LOG.infof("IMD lookup: %s, loaded in %d ms", imd.describe(), (System.nanoTime() - loadStart) / 1_000_000);
    }

    /** Created at startup, so the IMD tables are loaded (and a missing one fails the start) before any referral. */
    void onStart(@Observes StartupEvent event) {
    }

    public record Outcome(Referral referral, boolean created) {}

    /** Another transaction stored the same pathway referral id first. */
    private static final class SubmittedConcurrently extends RuntimeException {
        SubmittedConcurrently(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Stores the referral, or answers with the one already held under its pathway id. Copies sent at the same
     * moment race on the unique (pathway, pathway referral id) key: the first stores it, the others find it once
     * the first has committed and answer as for any resend.
     */
    public Outcome submit(NewReferral request) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(request));
        } catch (SubmittedConcurrently e) {
            return QuarkusTransaction.requiringNew().call(() -> alreadyHeld(request)
                    .orElseThrow(() -> new IllegalStateException("Referral " + request.pathwayReferralId()
                            + " collided on its key but is not stored", e)));
        }
    }

    private Optional<Outcome> alreadyHeld(NewReferral request) {
        Optional<Referral> existing = referrals.findByPathwayId(request.pathway(), request.pathwayReferralId());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (existing.get().requestFingerprint.equals(request.requestFingerprint())) {
            return Optional.of(new Outcome(existing.get(), false));
        }
        throw ProblemException.conflict(DIFFERENT_RESUBMISSION, "Referral " + request.pathwayReferralId()
                + " from " + request.pathway() + " was already received with different details. Send a new"
                + " referral id, or withdraw the first referral.");
    }

    private Outcome store(NewReferral request) {
        Optional<Outcome> held = alreadyHeld(request);
        if (held.isPresent()) {
            return held.get();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer decile = request.imdDecile();
        String imdEdition = null; // a decile the pathway gave without an LSOA: edition not stated
        if (request.lsoaCode() != null) {
            Optional<ImdLookup.Area> area = imd.find(request.lsoaCode());
            if (area.isEmpty()) {
                errors.add(new Problem.FieldError("homeArea.lsoaCode", "is not a 2021 LSOA in IMD2025 nor a 2011"
                        + " LSOA in IMD2019 (England only)"));
            } else if (decile != null && decile != area.get().decile()) {
                errors.add(new Problem.FieldError("homeArea.imdDecile", "does not match the LSOA's "
                        + area.get().edition() + " decile (" + area.get().decile() + "); send one or the other"));
            } else {
                decile = area.get().decile();
                imdEdition = area.get().edition();
            }
        }
        Eligibility.Decision decision = eligibility.decide(request.activationInstrument(), request.activationScore(),
                request.activationLevel());
        decision.errors().forEach(e -> errors.add(new Problem.FieldError(e.field(), e.message())));
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.INVALID_FIELDS, "Your request has invalid fields",
                    errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
        }
        Instant now = clock.instant();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.pathway = request.pathway();
        referral.pathwayReferralId = request.pathwayReferralId();
        referral.requestFingerprint = request.requestFingerprint();
        referral.firstName = request.firstName().strip();
        referral.lastName = request.lastName().strip();
        referral.phone = request.phone().strip();
        referral.language = request.language();
        referral.conditionCodes.addAll(request.conditionCodes());
        referral.activationInstrument = request.activationInstrument();
        referral.activationScore = request.activationScore();
        referral.activationLevel = request.activationLevel();
        referral.activationMeasuredOn = request.activationMeasuredOn();
        referral.imdDecile = decile;
        referral.lsoaCode = request.lsoaCode() == null ? null : request.lsoaCode().strip().toUpperCase();
        referral.imdEdition = imdEdition;
        referral.coachGenderPreference = request.coachGenderPreference();
        referral.consentToContact = request.consentToContact();
        referral.consentToShareGoals = request.consentToShareGoals();
        referral.callWindows.addAll(request.callWindows());
        referral.receivedAt = now;
        referral.moveTo(ReferralStatus.RECEIVED, now);
        referrals.persist(referral);
        try {
            referrals.flush();
        } catch (PersistenceException e) {
            throw new SubmittedConcurrently(e);
        }
        events.referralChanged(referral);
        if (decision.eligible()) {
            matchmaker.admit(referral);
        } else {
            referral.moveTo(ReferralStatus.INELIGIBLE, now);
            referral.statusReason = decision.reason();
            events.referralChanged(referral);
        }
        return new Outcome(referral, true);
    }
}
