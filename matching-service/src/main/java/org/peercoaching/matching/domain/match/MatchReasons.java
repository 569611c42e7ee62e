package org.peercoaching.matching.domain.match;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.programme.CallWindows;

/**
 * Why a coach fits a person, in plain English, one sentence per factor the {@link CandidateScorer} weighs:
 * condition, area (IMD decile), language and call times. Built only from the facts the scorer computed its
 * score from ({@link CandidateScorer#facts}), so a coordinator sees the words behind the numbers and the
 * catalogue is walked in one place. Pure: no database, no framework.
 *
 * <p>Condition: the same condition first, then the same family, then the most shared symptoms (the scorer's
 * order). Area: deciles within 2 of each other are "similar". Language names are English display names of the
 * ISO 639 codes ({@link Locale}). Call times: each pair of the person's and the coach's weekly windows that
 * overlap is one shared window, named by the part of the day it starts in (Europe/London wall clock).
 */
public final class MatchReasons {

    /** Deciles this far apart or closer are a similar area. */
    static final int SIMILAR_DECILES = 2;
    /** Shared windows listed by day and time; more are only counted. */
    static final int WINDOWS_LISTED = 3;

    private final ConditionCatalogue catalogue;

    public MatchReasons(ConditionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One sentence each for condition, area, language and call times, in that order. */
    public List<String> explain(CandidateScorer.Facts facts) {
        List<String> reasons = new ArrayList<>(4);
        reasons.add(condition(facts.condition()));
        reasons.add(area(facts.personDecile(), facts.coachDecile()));
        reasons.add(language(facts.personLanguage(), facts.coachLanguages(), facts.languageShared()));
        reasons.add(callTimes(facts.sharedWindows()));
        return reasons;
    }

    String condition(CandidateScorer.ConditionFacts facts) {
        if (facts.sameCondition() != null) {
            return "Same condition: " + nameOf(facts.sameCondition());
        }
        CandidateScorer.SameFamily family = facts.sameFamily();
        if (family != null) {
            return "Same family of conditions (" + family.family() + "): " + nameOf(family.personCode()) + " and "
                    + nameOf(family.coachCode());
        }
        CandidateScorer.SharedSymptoms symptoms = facts.sharedSymptoms();
        if (symptoms != null) {
            return "Shared symptoms: " + and(symptoms.symptoms()) + " (" + nameOf(symptoms.personCode()) + " and "
                    + nameOf(symptoms.coachCode()) + ")";
        }
        return "No condition or symptom in common";
    }

    String area(int personDecile, Integer coachDecile) {
        if (coachDecile == null) {
            return "Coach's area not known: IMD decile " + personDecile + " for the person";
        }
        if (coachDecile == personDecile) {
            return "Similar area: both IMD decile " + personDecile;
        }
        String deciles = "IMD deciles " + personDecile + " and " + coachDecile;
        return Math.abs(personDecile - coachDecile) <= SIMILAR_DECILES
                ? "Similar area: " + deciles
                : "Different area: " + deciles;
    }

    String language(String personLanguage, Collection<String> coachLanguages, boolean shared) {
        if (shared) {
            return "Both speak " + languageName(personLanguage);
        }
        if (coachLanguages.isEmpty()) {
            return "No shared language: the person speaks " + languageName(personLanguage);
        }
        return "No shared language: the person speaks " + languageName(personLanguage) + ", the coach "
                + and(coachLanguages.stream().map(MatchReasons::languageName).sorted().toList());
    }

    String callTimes(List<CallWindows.Shared> shared) {
        if (shared.isEmpty()) {
            return "No shared call times: a time will need arranging";
        }
        Set<String> parts = new HashSet<>();
        shared.forEach(w -> parts.add(partOfDay(w.start())));
        String part = parts.size() == 1 ? parts.iterator().next() + " " : "";
        String count = shared.size() + " shared " + part + "call window" + (shared.size() == 1 ? "" : "s");
        List<String> listed = shared.stream().limit(WINDOWS_LISTED)
                .map(w -> dayName(w.day()) + " " + w.start() + "-" + w.end()).toList();
        return count + ": " + String.join(", ", listed) + (shared.size() > WINDOWS_LISTED ? ", ..." : "");
    }

    /** The English name of an ISO 639 code (pl: Polish); the code itself when Java does not know it. */
    public static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "an unknown language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** The catalogue's name in running text (Rheumatoid arthritis: rheumatoid arthritis; eponyms kept). */
    String nameOf(String code) {
        return catalogue.find(code).map(c -> inSentence(c.name())).orElse("condition " + code);
    }

    static String inSentence(String name) {
        String firstWord = name.split(" ", 2)[0];
        if (firstWord.contains("'") || firstWord.length() < 2 || !firstWord.substring(1).equals(
                firstWord.substring(1).toLowerCase(Locale.ROOT))) {
            return name; // Parkinson's disease, Crohn's disease; acronyms
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String partOfDay(LocalTime start) {
        if (start.isBefore(LocalTime.NOON)) {
            return "morning";
        }
        return start.isBefore(LocalTime.of(17, 0)) ? "afternoon" : "evening";
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
