package org.peercoaching.kit.api;

/** Input formats every API accepts the same way, with the plain-English message a caller sees. */
public final class Patterns {

    /** A UK phone number: 0 or +44, then 9 or 10 digits, spaces allowed. */
    public static final String UK_PHONE = "^(\\+44\\s?|0)(\\s?\\d){9,10}$";
    public static final String UK_PHONE_MESSAGE = "must be a UK phone number, for example 07700 900123";

    /** An ISO 639 language code, lower case. */
    public static final String LANGUAGE = "^[a-z]{2,3}$";
    public static final String LANGUAGE_MESSAGE = "must be an ISO 639 language code such as en, pl or ur";
    /** For a code of the right shape that is not a language ("xx"): the code itself goes first in the message. */
    public static final String LANGUAGE_UNKNOWN_MESSAGE = "is not an ISO 639 language code: use a code such as en, pl or ur";

    /**
     * The ISO 639 codes java.util.Locale knows: the two-letter ISO 639-1 codes, their three-letter ISO 639-2
     * forms, and the languages of the JDK's locales (for example "yue", Cantonese).
     */
    private static final java.util.Set<String> ISO_LANGUAGES = isoLanguages();

    private static java.util.Set<String> isoLanguages() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (String two : java.util.Locale.getISOLanguages()) {
            codes.add(two);
            try {
                codes.add(java.util.Locale.forLanguageTag(two).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // no three-letter form
            }
        }
        for (java.util.Locale locale : java.util.Locale.getAvailableLocales()) {
            if (locale.getLanguage().matches("[a-z]{2,3}")) {
                codes.add(locale.getLanguage());
            }
        }
        return java.util.Set.copyOf(codes);
    }

    /** True for a lower-case ISO 639 code java.util.Locale knows ("en", "cy", "ur", "yue"); false for "xx". */
    public static boolean isIsoLanguage(String code) {
        return code != null && ISO_LANGUAGES.contains(code);
    }

    /** A SNOMED CT concept id: 6 to 18 digits, no leading zero. */
    public static final String SNOMED_ID = "^[1-9]\\d{5,17}$";
    public static final String SNOMED_ID_MESSAGE = "must be a SNOMED CT concept id (6 to 18 digits)";

    private Patterns() {}
}
