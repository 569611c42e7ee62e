package org.peercoaching.matching.domain.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.peercoaching.matching.domain.WeeklyWindow;

/** A validated referral from a pathway, free of API types. */
public record NewReferral(
        String pathway,
        String pathwayReferralId,
        String requestFingerprint,
        String firstName,
        String lastName,
        String phone,
        String language,
        List<String> conditionCodes,
        String activationInstrument,
        BigDecimal activationScore,
        Integer activationLevel,
        LocalDate activationMeasuredOn,
        Integer imdDecile,
        String lsoaCode,
        String coachGenderPreference,
        boolean consentToContact,
        boolean consentToShareGoals,
        List<WeeklyWindow> callWindows) {}
