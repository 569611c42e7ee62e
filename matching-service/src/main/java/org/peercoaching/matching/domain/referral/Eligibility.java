package org.peercoaching.matching.domain.referral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who the programme is for: people with low activation, by whatever instrument the pathway used. Cut
 * points are configuration, per instrument (PAM-13, SEMCD-6, ...). Pure rule.
 */
public final class Eligibility {

    /** One instrument: valid score range, the highest score still counted as low activation, any levels. */
    public record Instrument(BigDecimal minScore, BigDecimal maxScore, BigDecimal eligibleUpTo,
            List<BigDecimal> levelUpperBounds) {
        public Instrument {
            levelUpperBounds = List.copyOf(levelUpperBounds);
        }

        /** The level a score falls in (1 = lowest), or null if the instrument has no levels. */
        public Integer levelOf(BigDecimal score) {
            if (levelUpperBounds.isEmpty()) {
                return null;
            }
            for (int i = 0; i < levelUpperBounds.size(); i++) {
                if (score.compareTo(levelUpperBounds.get(i)) <= 0) {
                    return i + 1;
                }
            }
            return levelUpperBounds.size() + 1;
        }
    }

    public record FieldError(String field, String message) {}

    /** Either field errors (the activation cannot be used), or a decision with the reason if ineligible. */
    public record Decision(List<FieldError> errors, boolean eligible, String reason) {}

    private final Map<String, Instrument> instruments;

    public Eligibility(Map<String, Instrument> instruments) {
        this.instruments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.instruments.putAll(instruments);
    }

    public Decision decide(String instrumentName, BigDecimal score, Integer level) {
        Instrument instrument = instruments.get(instrumentName);
        List<FieldError> errors = new ArrayList<>();
        if (instrument == null) {
            errors.add(new FieldError("activation.instrument",
                    "must be one of the instruments this service is set up for: " + String.join(", ", instruments.keySet())));
            return new Decision(errors, false, null);
        }
        if (score.compareTo(instrument.minScore()) < 0 || score.compareTo(instrument.maxScore()) > 0) {
            errors.add(new FieldError("activation.score", "must be between " + instrument.minScore().toPlainString()
                    + " and " + instrument.maxScore().toPlainString() + " for " + instrumentName));
            return new Decision(errors, false, null);
        }
        Integer expectedLevel = instrument.levelOf(score);
        if (level != null && expectedLevel != null && !level.equals(expectedLevel)) {
            errors.add(new FieldError("activation.level", "a " + instrumentName + " score of " + score.toPlainString()
                    + " is level " + expectedLevel + ", not " + level));
            return new Decision(errors, false, null);
        }
        if (level != null && expectedLevel == null) {
            errors.add(new FieldError("activation.level", instrumentName + " has no levels; leave level out"));
            return new Decision(errors, false, null);
        }
        if (score.compareTo(instrument.eligibleUpTo()) > 0) {
            String levelText = expectedLevel != null ? " (level " + expectedLevel + ")" : "";
            return new Decision(List.of(), false, "Activation is not low: a " + instrumentName + " score of "
                    + score.toPlainString() + levelText + " is above " + instrument.eligibleUpTo().toPlainString()
                    + ", the highest score this programme takes. Peer coaching is for people with low activation.");
        }
        return new Decision(List.of(), true, null);
    }
}
