package org.peercoaching.matching.api.fhir;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.matching.api.SubmitReferralBody;

/**
 * Reads a BaRS-style referral message (a Bundle of type message: MessageHeader, ServiceRequest, Patient, activation
 * Observation(s), Consent) into the JSON API's referral body, remembering for every field of that body the FHIRPath
 * of the element it came from, so that anything wrong with it can be named where the sender wrote it.
 */
public final class ReferralMessage {

    /** One thing wrong, where it is in the message. */
    public record Issue(String expression, String message) {}

    /** What the message asks: a referral (with where each field came from), or a withdrawal. */
    public record Read(String messageHeaderId, boolean cancel, SubmitReferralBody body, String withdrawReason,
            Map<String, String> where, List<Issue> issues) {

        /** The FHIRPath of a field of the referral body ("person.phone", "callWindows[1].end"), or of what holds it. */
        public String expressionOf(String field) {
            String f = field == null ? "" : field;
            while (!f.isEmpty()) {
                if (where.containsKey(f)) {
                    return where.get(f);
                }
                int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
                f = cut < 0 ? "" : f.substring(0, cut);
            }
            return "Bundle";
        }
    }

    private final Bundle bundle;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, String> where = new LinkedHashMap<>();

    private ReferralMessage(Bundle bundle) {
        this.bundle = bundle;
    }

    public static Read read(Bundle bundle) {
        return new ReferralMessage(bundle).read();
    }

    private String entryPath(int index) {
        return "Bundle.entry[" + index + "].resource";
    }

    private Read read() {
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            issues.add(new Issue("Bundle.type", "must be message"));
        }
        if (bundle.getEntry().isEmpty() || !(bundle.getEntry().get(0).getResource() instanceof MessageHeader header)) {
            issues.add(new Issue("Bundle.entry[0].resource", "must be a MessageHeader (the first entry of a message)"));
            return done(null, false, null, null);
        }
        String h = entryPath(0);
        String headerId = header.getIdElement().getIdPart();
        Coding event = header.hasEventCoding() ? header.getEventCoding() : null;
        if (event == null || !FhirNames.BARS_EVENTS.equals(event.getSystem())
                || !FhirNames.REFERRAL_REQUEST.equals(event.getCode())) {
            issues.add(new Issue(h + ".event", "must be the coding " + FhirNames.BARS_EVENTS + "#"
                    + FhirNames.REFERRAL_REQUEST + " (a referral request)"));
        }
        if (!header.hasFocus()) {
            issues.add(new Issue(h + ".focus", "must reference the ServiceRequest (the referral)"));
            return done(headerId, false, null, null);
        }
        int sr = resolve(header.getFocus().get(0), ServiceRequest.class);
        if (sr < 0) {
            issues.add(new Issue(h + ".focus[0]", "must reference a ServiceRequest in this Bundle"));
            return done(headerId, false, null, null);
        }
        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(sr).getResource();
        String s = entryPath(sr);
        String pathwayReferralId = pathwayReferralId(request, s);
        String pathway = pathway(request, s);
        if (request.getStatus() == ServiceRequest.ServiceRequestStatus.REVOKED) {
            // a cancel message: the same referral (by the pathway's own id), revoked with the reason in a note
            String reason = request.getNote().stream().map(n -> n.getText()).filter(t -> t != null && !t.isBlank())
                    .findFirst().orElse(null);
            if (reason == null) {
                issues.add(new Issue(s + ".note", "a revoked ServiceRequest must say why in note[0].text"));
            }
            SubmitReferralBody key = new SubmitReferralBody(pathwayReferralId, pathway, null, null, null, null,
                    null, null, null);
            return done(headerId, true, key, reason);
        }
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            issues.add(new Issue(s + ".status", "must be active (a new referral) or revoked (withdrawing it)"));
        }
        List<String> conditions = conditions(request, s);
        List<CallWindowBody> windows = callWindows(request, s);
        String genderPreference = request.getExtensionsByUrl(FhirNames.COACH_GENDER_PREFERENCE).stream()
                .map(e -> e.getValue() == null ? null : e.getValue().primitiveValue()).findFirst().orElse(null);
        where.put("coachGenderPreference", s + ".extension('" + FhirNames.COACH_GENDER_PREFERENCE + "')");

        SubmitReferralBody.PersonBody person = null;
        SubmitReferralBody.HomeAreaBody home = null;
        int pt = request.hasSubject() ? resolve(request.getSubject(), Patient.class) : -1;
        if (pt < 0) {
            issues.add(new Issue(s + ".subject", "must reference the Patient in this Bundle"));
        } else {
            Patient patient = (Patient) bundle.getEntry().get(pt).getResource();
            String p = entryPath(pt);
            person = person(patient, p);
            home = homeArea(patient, p);
        }
        SubmitReferralBody.ActivationBody activation = activation(s);
        SubmitReferralBody.ConsentBody consent = consent(s);
        SubmitReferralBody body = new SubmitReferralBody(pathwayReferralId, pathway, person, conditions, activation,
                home, genderPreference, windows, consent);
        return done(headerId, false, body, null);
    }

    private Read done(String headerId, boolean cancel, SubmitReferralBody body, String reason) {
        where.putIfAbsent("body", "Bundle");
        return new Read(headerId, cancel, body, reason, Map.copyOf(where), List.copyOf(issues));
    }

    /** The index of the entry a reference points at (by fullUrl or type/id), if it is of that type; else -1. */
    private int resolve(Reference reference, Class<? extends Resource> type) {
        String ref = reference.getReference();
        if (ref == null) {
            return -1;
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null || !type.isInstance(resource)) {
                continue;
            }
            if (ref.equals(entry.getFullUrl())
                    || (resource.getIdElement().hasIdPart() && ref.equals(resource.fhirType() + "/"
                    + resource.getIdElement().getIdPart()))) {
                return i;
            }
        }
        return -1;
    }

    private <T extends Resource> List<Integer> entriesOf(Class<T> type) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (type.isInstance(bundle.getEntry().get(i).getResource())) {
                found.add(i);
            }
        }
        return found;
    }

    private String pathwayReferralId(ServiceRequest request, String s) {
        List<Identifier> ids = request.getIdentifier();
        for (int i = 0; i < ids.size(); i++) {
            if (FhirNames.PATHWAY_REFERRAL_ID.equals(ids.get(i).getSystem())) {
                where.put("pathwayReferralId", s + ".identifier[" + i + "].value");
                return ids.get(i).getValue();
            }
        }
        where.put("pathwayReferralId", s + ".identifier");
        issues.add(new Issue(s + ".identifier", "must include your own referral id, with system "
                + FhirNames.PATHWAY_REFERRAL_ID + " (it makes a resend safe)"));
        return null;
    }

    private String pathway(ServiceRequest request, String s) {
        for (int c = 0; c < request.getCategory().size(); c++) {
            List<Coding> codings = request.getCategory().get(c).getCoding();
            for (int i = 0; i < codings.size(); i++) {
                if (FhirNames.PATHWAY.equals(codings.get(i).getSystem())) {
                    where.put("pathway", s + ".category[" + c + "].coding[" + i + "].code");
                    return codings.get(i).getCode();
                }
            }
        }
        where.put("pathway", s + ".category");
        issues.add(new Issue(s + ".category", "must include your pathway as a coding with system " + FhirNames.PATHWAY
                + " (for example rheumatology)"));
        return null;
    }

    private List<String> conditions(ServiceRequest request, String s) {
        where.put("conditionCodes", s + ".reasonCode");
        List<String> codes = new ArrayList<>();
        List<CodeableConcept> reasons = request.getReasonCode();
        for (int r = 0; r < reasons.size(); r++) {
            Optional<Coding> snomed = reasons.get(r).getCoding().stream()
                    .filter(c -> FhirNames.SNOMED.equals(c.getSystem())).findFirst();
            if (snomed.isEmpty()) {
                issues.add(new Issue(s + ".reasonCode[" + r + "]", "must have a SNOMED CT coding (system "
                        + FhirNames.SNOMED + ")"));
                continue;
            }
            int index = reasons.get(r).getCoding().indexOf(snomed.get());
            where.put("conditionCodes[" + codes.size() + "]", s + ".reasonCode[" + r + "].coding[" + index + "].code");
            codes.add(snomed.get().getCode());
        }
        return codes;
    }

    private List<CallWindowBody> callWindows(ServiceRequest request, String s) {
        where.put("callWindows", s + ".extension('" + FhirNames.CALL_WINDOW + "')");
        List<CallWindowBody> windows = new ArrayList<>();
        for (int e = 0; e < request.getExtension().size(); e++) {
            Extension ext = request.getExtension().get(e);
            if (!FhirNames.CALL_WINDOW.equals(ext.getUrl())) {
                continue;
            }
            String x = s + ".extension[" + e + "].value";
            if (!(ext.getValue() instanceof Timing timing) || !timing.hasRepeat()) {
                issues.add(new Issue(x, "must be a Timing with repeat.dayOfWeek, repeat.timeOfDay and repeat.duration"));
                continue;
            }
            Timing.TimingRepeatComponent repeat = timing.getRepeat();
            LocalTime start = null;
            if (repeat.getTimeOfDay().size() != 1) {
                issues.add(new Issue(x + ".repeat.timeOfDay", "must be one time: when the window starts"));
            } else {
                start = LocalTime.parse(repeat.getTimeOfDay().get(0).getValue());
            }
            LocalTime end = null;
            if (!repeat.hasDuration() || !repeat.hasDurationUnit()
                    || (repeat.getDurationUnit() != Timing.UnitsOfTime.MIN && repeat.getDurationUnit() != Timing.UnitsOfTime.H)) {
                issues.add(new Issue(x + ".repeat.duration", "must say how long the window is, in min or h"));
            } else if (start != null) {
                long minutes = repeat.getDuration().multiply(BigDecimal.valueOf(
                        repeat.getDurationUnit() == Timing.UnitsOfTime.H ? 60 : 1)).longValue();
                end = minutes >= 24 * 60 ? LocalTime.MAX : start.plusMinutes(minutes);
                if (!end.isAfter(start) && minutes > 0) {
                    end = LocalTime.MAX; // runs past midnight: to the end of the day
                }
            }
            if (!repeat.hasDayOfWeek()) {
                issues.add(new Issue(x + ".repeat.dayOfWeek", "must name at least one day"));
            }
            for (var day : repeat.getDayOfWeek()) {
                if (day.getValue() == null) {
                    continue;
                }
                where.put("callWindows[" + windows.size() + "]", x);
                windows.add(new CallWindowBody(dayOf(day.getValue()), start, end));
            }
        }
        return windows;
    }

    private static DayOfWeek dayOf(Timing.DayOfWeek day) {
        return switch (day) {
            case MON -> DayOfWeek.MONDAY;
            case TUE -> DayOfWeek.TUESDAY;
            case WED -> DayOfWeek.WEDNESDAY;
            case THU -> DayOfWeek.THURSDAY;
            case FRI -> DayOfWeek.FRIDAY;
            case SAT -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private SubmitReferralBody.PersonBody person(Patient patient, String p) {
        String first = null;
        String last = null;
        if (!patient.hasName()) {
            issues.add(new Issue(p + ".name", "must give the person's name (given and family)"));
        } else {
            int n = 0;
            for (int i = 0; i < patient.getName().size(); i++) {
                if (patient.getName().get(i).getUse() == HumanName.NameUse.OFFICIAL) {
                    n = i;
                    break;
                }
            }
            HumanName name = patient.getName().get(n);
            first = name.hasGiven() ? name.getGiven().get(0).getValue() : null;
            last = name.getFamily();
            where.put("person.firstName", p + ".name[" + n + "].given[0]");
            where.put("person.lastName", p + ".name[" + n + "].family");
        }
        where.putIfAbsent("person.firstName", p + ".name");
        where.putIfAbsent("person.lastName", p + ".name");
        String phone = null;
        for (int i = 0; i < patient.getTelecom().size(); i++) {
            ContactPoint t = patient.getTelecom().get(i);
            if (t.getSystem() == ContactPoint.ContactPointSystem.PHONE) {
                phone = t.getValue();
                where.put("person.phone", p + ".telecom[" + i + "].value");
                break;
            }
        }
        where.putIfAbsent("person.phone", p + ".telecom");
        String language = null;
        List<Patient.PatientCommunicationComponent> spoken = patient.getCommunication();
        int chosen = -1;
        for (int i = 0; i < spoken.size(); i++) {
            if (chosen < 0 || spoken.get(i).getPreferred()) {
                chosen = i;
                if (spoken.get(i).getPreferred()) {
                    break;
                }
            }
        }
        if (chosen >= 0) {
            List<Coding> codings = spoken.get(chosen).getLanguage().getCoding();
            for (int i = 0; i < codings.size(); i++) {
                if (codings.get(i).getCode() != null) {
                    // BCP 47 (en-GB): the ISO 639 language is its first part
                    language = codings.get(i).getCode().split("-")[0].toLowerCase(Locale.ROOT);
                    where.put("person.language", p + ".communication[" + chosen + "].language.coding[" + i + "].code");
                    break;
                }
            }
        }
        where.putIfAbsent("person.language", p + ".communication");
        return new SubmitReferralBody.PersonBody(first, last, phone, language);
    }

    private SubmitReferralBody.HomeAreaBody homeArea(Patient patient, String p) {
        where.put("homeArea", p + ".address");
        if (!patient.hasAddress()) {
            return new SubmitReferralBody.HomeAreaBody(null, null);
        }
        int a = 0;
        for (int i = 0; i < patient.getAddress().size(); i++) {
            if (patient.getAddress().get(i).getUse() == Address.AddressUse.HOME) {
                a = i;
                break;
            }
        }
        Address address = patient.getAddress().get(a);
        String lsoa = null;
        Integer decile = null;
        for (int e = 0; e < address.getExtension().size(); e++) {
            Extension ext = address.getExtension().get(e);
            String x = p + ".address[" + a + "].extension[" + e + "].value";
            if (FhirNames.LSOA_CODE.equals(ext.getUrl()) && ext.getValue() != null) {
                lsoa = ext.getValue().primitiveValue();
                where.put("homeArea.lsoaCode", x);
            } else if (FhirNames.IMD_DECILE.equals(ext.getUrl())) {
                if (ext.getValue() instanceof IntegerType i) {
                    decile = i.getValue();
                    where.put("homeArea.imdDecile", x);
                } else {
                    issues.add(new Issue(x, "must be an integer 1-10"));
                }
            }
        }
        where.put("homeArea", p + ".address[" + a + "]");
        return new SubmitReferralBody.HomeAreaBody(lsoa, decile);
    }

    private SubmitReferralBody.ActivationBody activation(String s) {
        where.put("activation", "Bundle.entry");
        List<Integer> observations = entriesOf(Observation.class).stream()
                .filter(i -> ((Observation) bundle.getEntry().get(i).getResource()).getCode().getCoding().stream()
                        .anyMatch(c -> FhirNames.ACTIVATION_INSTRUMENT.equals(c.getSystem())))
                .toList();
        if (observations.isEmpty()) {
            issues.add(new Issue("Bundle.entry", "must include an Observation of the person's activation, coded with"
                    + " system " + FhirNames.ACTIVATION_INSTRUMENT + " (PAM-13 or SEMCD-6)"));
            return null;
        }
        // the most recent measure counts
        int o = observations.stream().max(Comparator.comparing(i -> {
            Observation obs = (Observation) bundle.getEntry().get(i).getResource();
            return obs.hasEffectiveDateTimeType() && obs.getEffectiveDateTimeType().getValue() != null
                    ? obs.getEffectiveDateTimeType().getValue().getTime() : Long.MIN_VALUE;
        })).orElseThrow();
        Observation obs = (Observation) bundle.getEntry().get(o).getResource();
        String x = entryPath(o);
        where.put("activation", x);
        String instrument = obs.getCode().getCoding().stream()
                .filter(c -> FhirNames.ACTIVATION_INSTRUMENT.equals(c.getSystem())).findFirst()
                .map(Coding::getCode).orElse(null);
        where.put("activation.instrument", x + ".code");
        BigDecimal score = obs.hasValueQuantity() ? obs.getValueQuantity().getValue() : null;
        where.put("activation.score", x + ".value");
        if (obs.hasValue() && !obs.hasValueQuantity()) {
            issues.add(new Issue(x + ".value", "must be a Quantity: the score"));
        }
        Integer level = null;
        for (int c = 0; c < obs.getComponent().size(); c++) {
            Observation.ObservationComponentComponent component = obs.getComponent().get(c);
            boolean isLevel = component.getCode().getCoding().stream().anyMatch(
                    k -> FhirNames.ACTIVATION_COMPONENT.equals(k.getSystem()) && FhirNames.LEVEL.equals(k.getCode()));
            if (isLevel) {
                where.put("activation.level", x + ".component[" + c + "].value");
                if (component.getValue() instanceof IntegerType i) {
                    level = i.getValue();
                } else {
                    issues.add(new Issue(x + ".component[" + c + "].value", "must be an integer: the level"));
                }
            }
        }
        where.put("activation.measuredOn", x + ".effective");
        LocalDate measuredOn = null;
        if (obs.hasEffectiveDateTimeType() && obs.getEffectiveDateTimeType().getValueAsString() != null) {
            try {
                measuredOn = LocalDate.parse(obs.getEffectiveDateTimeType().getValueAsString().substring(0, 10));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                issues.add(new Issue(x + ".effective", "must be the date it was measured (YYYY-MM-DD)"));
            }
        } else if (obs.hasEffective()) {
            issues.add(new Issue(x + ".effective", "must be a dateTime: the day it was measured"));
        }
        return new SubmitReferralBody.ActivationBody(instrument, score, level, measuredOn);
    }

    private SubmitReferralBody.ConsentBody consent(String s) {
        List<Integer> consents = entriesOf(Consent.class);
        where.put("consent", "Bundle.entry");
        if (consents.isEmpty()) {
            issues.add(new Issue("Bundle.entry", "must include the person's Consent: to be phoned by a coach (provision"
                    + " code contact) and whether goals are shared with the clinical team (code "
                    + FhirNames.SHARE_GOALS + ")"));
            return null;
        }
        int c = consents.get(0);
        Consent consent = (Consent) bundle.getEntry().get(c).getResource();
        String x = entryPath(c);
        where.put("consent", x);
        where.put("consent.contact", x + ".provision.provision");
        where.put("consent.shareGoalsWithClinicalTeam", x + ".provision.provision");
        if (consent.getStatus() != Consent.ConsentState.ACTIVE) {
            issues.add(new Issue(x + ".status", "must be active"));
        }
        Boolean contact = null;
        Boolean share = null;
        List<Consent.ProvisionComponent> parts = consent.getProvision().getProvision();
        for (int i = 0; i < parts.size(); i++) {
            Consent.ProvisionComponent part = parts.get(i);
            boolean permit = part.getType() == Consent.ConsentProvisionType.PERMIT;
            for (CodeableConcept code : part.getCode()) {
                for (Coding coding : code.getCoding()) {
                    if (!FhirNames.CONSENT_PURPOSE.equals(coding.getSystem())) {
                        continue;
                    }
                    if (FhirNames.CONTACT.equals(coding.getCode())) {
                        contact = permit;
                        where.put("consent.contact", x + ".provision.provision[" + i + "].type");
                    } else if (FhirNames.SHARE_GOALS.equals(coding.getCode())) {
                        share = permit;
                        where.put("consent.shareGoalsWithClinicalTeam", x + ".provision.provision[" + i + "].type");
                    }
                }
            }
        }
        return new SubmitReferralBody.ConsentBody(contact, share);
    }
}
