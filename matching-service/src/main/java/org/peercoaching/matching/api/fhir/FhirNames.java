package org.peercoaching.matching.api.fhir;

/** The systems, extensions and codes of the FHIR edge (docs/pathway-api.md, "FHIR R4"). */
public final class FhirNames {

    private FhirNames() {}

    /** This service's own definitions. */
    public static final String BASE = "https://peercoaching.example.org/fhir";

    /** BaRS message events (NHS Booking and Referral Standard). */
    public static final String BARS_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    public static final String REFERRAL_REQUEST = "servicerequest-request";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String BCP47 = "urn:ietf:bcp:47";

    public static final String PATHWAY_REFERRAL_ID = BASE + "/Id/pathway-referral-id";
    public static final String REFERRAL_ID = BASE + "/Id/referral-id";
    public static final String PATHWAY = BASE + "/CodeSystem/pathway";
    public static final String ACTIVATION_INSTRUMENT = BASE + "/CodeSystem/activation-instrument";
    public static final String ACTIVATION_COMPONENT = BASE + "/CodeSystem/activation-component";
    public static final String LEVEL = "level";
    public static final String CONSENT_PURPOSE = BASE + "/CodeSystem/consent-purpose";
    public static final String CONTACT = "contact";
    public static final String SHARE_GOALS = "share-goals-with-clinical-team";
    public static final String REFERRAL_STATUS = BASE + "/CodeSystem/referral-status";
    public static final String TASK_OUTPUT = BASE + "/CodeSystem/task-output";

    public static final String LSOA_CODE = BASE + "/StructureDefinition/lsoa-code";
    public static final String IMD_DECILE = BASE + "/StructureDefinition/imd-decile";
    public static final String IMD_EDITION = BASE + "/StructureDefinition/imd-edition";
    public static final String CALL_WINDOW = BASE + "/StructureDefinition/call-window";
    public static final String COACH_GENDER_PREFERENCE = BASE + "/StructureDefinition/coach-gender-preference";
}
