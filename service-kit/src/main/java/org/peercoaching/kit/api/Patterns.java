package org.peercoaching.kit.api;

/** Input formats every API accepts the same way, with the plain-English message a caller sees. */
public final class Patterns {

    /** A UK phone number: 0 or +44, then 9 or 10 digits, spaces allowed. */
    public static final String UK_PHONE = "^(\\+44\\s?|0)(\\s?\\d){9,10}$";
    public static final String UK_PHONE_MESSAGE = "must be a UK phone number, for example 07700 900123";

    /** An ISO 639 language code, lower case. */
    public static final String LANGUAGE = "^[a-z]{2,3}$";
    public static final String LANGUAGE_MESSAGE = "must be an ISO 639 language code such as en, pl or ur";

    /** A SNOMED CT concept id: 6 to 18 digits, no leading zero. */
    public static final String SNOMED_ID = "^[1-9]\\d{5,17}$";
    public static final String SNOMED_ID_MESSAGE = "must be a SNOMED CT concept id (6 to 18 digits)";

    private Patterns() {}
}
