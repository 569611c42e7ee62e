package org.peercoaching.matching.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.matching.domain.match.Matchmaker;

/** Takes referrals from pathway systems: idempotent on the pathway's own referral id. */
@ApplicationScoped
public class ReferralIntake {

    public static final String DIFFERENT_RESUBMISSION = ProblemTypes.BASE + "referral-id-reused";

    private final ReferralRepository referrals;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public ReferralIntake(ReferralRepository referrals, Matchmaker matchmaker, Clock clock) {
        this.referrals = referrals;
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    public record Outcome(Referral referral, boolean created) {}

    @Transactional
    public Outcome submit(NewReferral request) {
        Optional<Referral> existing = referrals.findByPathwayId(request.pathway(), request.pathwayReferralId());
        if (existing.isPresent()) {
            if (existing.get().requestFingerprint.equals(request.requestFingerprint())) {
                return new Outcome(existing.get(), false);
            }
            throw ProblemException.conflict(DIFFERENT_RESUBMISSION, "Referral " + request.pathwayReferralId()
                    + " from " + request.pathway() + " was already received with different details. Send a new"
                    + " referral id, or withdraw the first referral.");
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
        referral.imdDecile = request.imdDecile();
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
            throw ProblemException.conflict(DIFFERENT_RESUBMISSION, "Referral " + request.pathwayReferralId()
                    + " was submitted twice at the same moment. Send it again to see the referral we hold.");
        }
        matchmaker.match(referral);
        return new Outcome(referral, true);
    }
}
