package org.peercoaching.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.peercoaching.devidentity.DevTokens;

/**
 * A small, realistic, repeatable data set loaded through the public APIs only: 60 volunteer coaches (taken
 * through onboarding to ACTIVE, except two applicants, one in training and one paused) and
 * 150 referrals from seven pathways, across conditions, languages and IMD deciles (weighted towards
 * the most deprived, as Core20PLUS5 referrals are). Phone numbers are Ofcom's drama range, which is
 * never allocated to real people. Each call signs in as the user who would make it: a coach's coordinator,
 * or the referring pathway's system.
 */
public final class DemoData {

    public static final int VOLUNTEERS = 60;
    public static final int REFERRALS = 150;
    private static final long SEED = 20261123L;
    private static final String FIRST_DEMO_EMAIL = "coach01@example.org";

    record Condition(String code, String name, String pathway) {}

    static final List<Condition> CONDITIONS = List.of(
            new Condition("69896004", "rheumatoid arthritis", "rheumatology"),
            new Condition("396275006", "osteoarthritis", "rheumatology"),
            new Condition("203082005", "fibromyalgia", "pain-management"),
            new Condition("82423001", "chronic pain", "pain-management"),
            new Condition("13645005", "COPD", "respiratory"),
            new Condition("195967001", "asthma", "respiratory"),
            new Condition("44054006", "type 2 diabetes", "diabetes"),
            new Condition("84114007", "heart failure", "cardiology"),
            new Condition("24700007", "multiple sclerosis", "neurology"),
            new Condition("34000006", "Crohn's disease", "gastroenterology"),
            new Condition("64766004", "ulcerative colitis", "gastroenterology"));

    static final String[] FEMALE_NAMES = {"Aisha", "Maria", "Priya", "Joanne", "Siobhan", "Agnieszka", "Fatima",
            "Grace", "Helen", "Nadia", "Chloe", "Bronwen", "Amara", "Lucy", "Shabana", "Kerry", "Ewa", "Hannah"};
    static final String[] MALE_NAMES = {"Brian", "Tariq", "Gareth", "Mohammed", "Darren", "Tomasz", "Kwame",
            "Paul", "Rajesh", "Liam", "Callum", "Imran", "Steve", "Dev", "Olu", "Marek", "Ian", "Yusuf"};
    static final String[] NEUTRAL_NAMES = {"Sam", "Alex", "Jordan", "Charlie", "Robin"};
    static final String[] SURNAMES = {"Khan", "Jones", "Smith", "Nowak", "Patel", "Williams", "Hussain",
            "O'Brien", "Taylor", "Begum", "Okafor", "Evans", "Kowalski", "Ahmed", "Brown", "Murphy", "Singh",
            "Wilson", "Davies", "Mensah"};
    static final String[][] LANGUAGE_MIX = {{"en"}, {"en"}, {"en"}, {"en"}, {"en"}, {"en", "pl"}, {"en", "ur"},
            {"en", "pa"}, {"en", "bn"}, {"en", "so"}, {"en", "ro"}, {"en", "gu"}};
    /** Weighted towards deciles 1-4: most referrals come from the most deprived areas. */
    static final int[] DECILES = {1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10};
    /**
     * Real LSOAs of Torbay (LAD E06000027) and Devon, by their published IMD2025 decile (index 0 = decile 1): two
     * per decile, Torbay first, a Devon district where Torbay has no such area. 2021 codes, unchanged since 2011.
     */
    static final String[][] LSOAS_BY_DECILE = {
            {"E01015196", "E01020094"}, // 1: Torbay; North Devon
            {"E01015186", "E01019985"}, // 2: Torbay; Exeter
            {"E01015185", "E01019916"}, // 3: Torbay; East Devon
            {"E01015183", "E01019887"}, // 4: Torbay; East Devon
            {"E01015188", "E01019888"}, // 5
            {"E01015187", "E01019890"}, // 6
            {"E01015184", "E01019889"}, // 7
            {"E01015203", "E01019898"}, // 8
            {"E01015197", "E01019894"}, // 9
            {"E01019905", "E01019909"}}; // 10: East Devon (no Torbay area is in decile 10)
    static final List<Map<String, String>> WINDOWS = List.of(
            window("MONDAY", "18:00", "20:00"), window("TUESDAY", "18:00", "20:00"),
            window("WEDNESDAY", "10:00", "12:00"), window("WEDNESDAY", "18:00", "20:00"),
            window("THURSDAY", "14:00", "16:00"), window("THURSDAY", "18:00", "20:00"),
            window("FRIDAY", "10:00", "12:00"), window("SATURDAY", "10:00", "12:00"));

    private final ApiClient api = new ApiClient();
    private final String volunteers;
    private final String matching;
    private final String schedule;

    public DemoData(String volunteerServiceUrl, String matchingServiceUrl, String scheduleServiceUrl) {
        this.volunteers = volunteerServiceUrl;
        this.matching = matchingServiceUrl;
        this.schedule = scheduleServiceUrl;
    }

    /** Loads the data set unless volunteers are already there; returns a plain-English summary. */
    public String load() {
        for (JsonNode existing : get(volunteers + "/api/v1/volunteers?sort=registeredAt&size=200", coordinator(0))
                .get("items")) {
            if (FIRST_DEMO_EMAIL.equals(existing.path("email").asText())) {
                return "Demo data not loaded: it is already there (delete ./data to start afresh).";
            }
        }
        Random random = new Random(SEED);
        List<String> coachIds = new ArrayList<>();
        Map<String, Integer> coachesByStatus = new TreeMap<>();
        LocalDate today = LocalDate.now(IsoWeeks.LONDON);
        for (int i = 0; i < VOLUNTEERS; i++) {
            String id = post(volunteers + "/api/v1/volunteers", volunteer(random, i), coordinator(i)).get("id").asText();
            coachIds.add(id);
            coachesByStatus.merge(onboard(id, i, today), 1, Integer::sum);
        }
        supervise(coachIds, today);
        List<String> referralIds = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            Map<String, Object> referral = referral(random, i);
            String pathway = (String) referral.get("pathway");
            referralIds.add(post(matching + "/api/v1/referrals", referral, DevTokens.pathway(pathway)).get("id").asText()
                    + " " + pathway);
        }
        Map<String, Integer> byStatus = settledStatuses(referralIds);
        return "Demo data loaded: " + VOLUNTEERS + " volunteer coaches (by status: " + coachesByStatus
                + "; one of them on hold, their DBS check expired) and "
                + REFERRALS + " referrals. Referrals by status: " + byStatus + ".\nTry, as " + COORDINATORS[0]
                + ": curl -H \"Authorization: Bearer $(java -jar suite/target/peer-coaching-suite.jar token coordinator "
                + COORDINATORS[0] + ")\" '" + schedule + "/api/v1/coaches/" + coachIds.get(0) + "/calls?week="
                + IsoWeeks.current() + "'";
    }

    /** Waits for matches made from coach events to settle, then counts referrals by status. */
    private Map<String, Integer> settledStatuses(List<String> referralIds) {
        Map<String, Integer> previous = Map.of();
        for (int attempt = 0; attempt < 30; attempt++) {
            Map<String, Integer> now = new TreeMap<>();
            for (String idAndPathway : referralIds) {
                String[] parts = idAndPathway.split(" ");
                now.merge(get(matching + "/api/v1/referrals/" + parts[0], DevTokens.pathway(parts[1])).get("status")
                        .asText(), 1, Integer::sum);
            }
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
            ServiceProcess.sleep(1000);
        }
        return previous;
    }

    /** Coaches left part-way through onboarding or paused, for realism; every other coach ends up ACTIVE. */
    static final Map<Integer, String> NOT_ACTIVE = Map.of(17, "APPLICANT", 41, "APPLICANT", 29, "IN_TRAINING",
            53, "PAUSED");
    static final String[] COORDINATORS = {"j.okafor", "s.patel", "m.evans"};
    /** This active coach's DBS check passed its renewal date yesterday: on hold, so they take no new people. */
    static final int ON_HOLD = 6;

    /**
     * Takes coach {@code i} through the lifecycle over the public API, as a coordinator would: training
     * started, modules and a live practice session recorded, training complete, DBS check recorded,
     * activated (and one paused). Returns the status the coach ends in.
     */
    private String onboard(String id, int i, LocalDate today) {
        String target = NOT_ACTIVE.getOrDefault(i, "ACTIVE");
        if (target.equals("APPLICANT")) {
            return target;
        }
        String coach = volunteers + "/api/v1/volunteers/" + id;
        String token = coordinator(i);
        CoachOnboarding.Step steps = api.coach(coach, token);
        CoachOnboarding.startTraining(steps);
        if (target.equals("IN_TRAINING")) {
            CoachOnboarding.modulesCompleted(steps, today.minusDays(3));
            return target;
        }
        // most checks are recent; a few fall due for renewal within the month, so the roster flags them
        LocalDate issued = i % 19 == 5 ? today.minusYears(3).plusDays(12 + i % 7) : today.minusDays(30 + 13L * i);
        CoachOnboarding.Dates dates = new CoachOnboarding.Dates(today.minusDays(40 + i), today.minusDays(30 + i),
                COORDINATORS[i % COORDINATORS.length], issued, String.format("0012345678%02d", i));
        CoachOnboarding.completeTraining(steps, dates);
        CoachOnboarding.recordDbsCheck(steps, dates);
        CoachOnboarding.activate(steps);
        if (i == ON_HOLD) {
            CoachOnboarding.recordDbsCheck(steps, dates.withDbsIssuedOn(today.minusYears(3).minusDays(1),
                    "001234567806"));
        }
        if (target.equals("PAUSED")) {
            post(coach + "/pause", Map.of("reason", "Planned operation", "until", today.plusWeeks(6).toString()), token);
        }
        return target;
    }

    /**
     * Last week's supervision: each coordinator's experienced active coaches (competence 2 and up) met as a
     * group, and each new coach (competence 1) had a one-to-one.
     */
    private void supervise(List<String> coachIds, LocalDate today) {
        for (int c = 0; c < COORDINATORS.length; c++) {
            List<String> group = new ArrayList<>();
            for (int i = c; i < coachIds.size(); i += COORDINATORS.length) {
                if (NOT_ACTIVE.containsKey(i)) {
                    continue;
                }
                if (competence(i) >= 2) {
                    group.add(coachIds.get(i));
                } else {
                    post(volunteers + "/api/v1/supervision-sessions", Map.of("kind", "ONE_TO_ONE",
                            "heldOn", today.minusDays(3).toString(), "facilitator", COORDINATORS[c],
                            "attendees", List.of(coachIds.get(i))), DevTokens.coordinator(COORDINATORS[c]));
                }
            }
            if (!group.isEmpty()) {
                post(volunteers + "/api/v1/supervision-sessions", Map.of("kind", "GROUP",
                        "heldOn", today.minusDays(7).toString(), "facilitator", COORDINATORS[c], "attendees", group),
                        DevTokens.coordinator(COORDINATORS[c]));
            }
        }
    }

    /** Coach {@code i} is looked after by coordinator {@code i mod 3}; this signs in as them. */
    static String coordinator(int i) {
        return DevTokens.coordinator(COORDINATORS[i % COORDINATORS.length]);
    }

    /** Competence varies within each coordinator's coaches: 1, 2 or 3. */
    static int competence(int i) {
        return 1 + (i / COORDINATORS.length) % 3;
    }

    static Map<String, Object> volunteer(Random random, int i) {
        String gender = pickGender(random);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("firstName", firstName(random, gender));
        v.put("lastName", pick(random, SURNAMES));
        v.put("phone", String.format("07700 900%03d", i));
        v.put("email", String.format("coach%02d@example.org", i + 1));
        v.put("gender", gender);
        v.put("imdDecile", DECILES[random.nextInt(DECILES.length)]);
        v.put("languages", List.of(LANGUAGE_MIX[random.nextInt(LANGUAGE_MIX.length)]));
        List<String> conditions = new ArrayList<>();
        conditions.add(CONDITIONS.get(random.nextInt(CONDITIONS.size())).code());
        if (random.nextInt(4) == 0) {
            String second = CONDITIONS.get(random.nextInt(CONDITIONS.size())).code();
            if (!conditions.contains(second)) {
                conditions.add(second);
            }
        }
        v.put("conditionCodes", conditions);
        v.put("callWindows", windows(random, 2 + random.nextInt(3)));
        // not drawn from the random stream, so the coaches (and so the matches) stay as they were
        v.put("competenceLevel", competence(i));
        v.put("coordinator", COORDINATORS[i % COORDINATORS.length]);
        if (i % 10 == 4) {
            v.put("device", "BORROWED_KIT");
            v.put("loanedOn", "2026-09-01");
            v.put("loanDueBack", "2027-03-01");
        }
        return v;
    }

    static Map<String, Object> referral(Random random, int i) {
        Condition condition = CONDITIONS.get(random.nextInt(CONDITIONS.size()));
        String gender = pickGender(random);
        String[] languages = LANGUAGE_MIX[random.nextInt(LANGUAGE_MIX.length)];
        double score = 32 + random.nextInt(230) / 10.0;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pathwayReferralId", String.format("DEMO-%s-%04d", condition.pathway().toUpperCase(), i + 1));
        r.put("pathway", condition.pathway());
        r.put("person", Map.of(
                "firstName", firstName(random, gender),
                "lastName", pick(random, SURNAMES),
                "phone", String.format("07700 900%03d", 100 + i),
                "language", languages[languages.length - 1]));
        r.put("conditionCodes", List.of(condition.code()));
        r.put("activation", Map.of(
                "instrument", "PAM-13",
                "score", score,
                "level", score <= 47.0 ? 1 : 2,
                "measuredOn", LocalDate.of(2026, 11, 1).plusDays(random.nextInt(20)).toString()));
        String[] areas = LSOAS_BY_DECILE[DECILES[random.nextInt(DECILES.length)] - 1];
        r.put("homeArea", Map.of("lsoaCode", areas[i % areas.length]));
        int preference = random.nextInt(20);
        if (preference < 3) {
            r.put("coachGenderPreference", "FEMALE");
        } else if (preference == 3) {
            r.put("coachGenderPreference", "MALE");
        }
        r.put("callWindows", windows(random, 2 + random.nextInt(2)));
        r.put("consent", Map.of("contact", true, "shareGoalsWithClinicalTeam", random.nextInt(5) > 0));
        return r;
    }

    private static List<Map<String, String>> windows(Random random, int count) {
        List<Map<String, String>> chosen = new ArrayList<>(WINDOWS);
        java.util.Collections.shuffle(chosen, random);
        return chosen.subList(0, count);
    }

    private static String pickGender(Random random) {
        int g = random.nextInt(40);
        return g < 23 ? "FEMALE" : g < 39 ? "MALE" : "NON_BINARY";
    }

    private static String firstName(Random random, String gender) {
        return switch (gender) {
            case "FEMALE" -> pick(random, FEMALE_NAMES);
            case "MALE" -> pick(random, MALE_NAMES);
            default -> pick(random, NEUTRAL_NAMES);
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, String> window(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    private JsonNode post(String url, Object body, String token) {
        return api.post(url, body, token);
    }

    private JsonNode put(String url, Object body, String token) {
        return api.put(url, body, token);
    }

    private JsonNode get(String url, String token) {
        return api.get(url, token);
    }
}
