package org.peercoaching.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Codes from the APIs in plain English for the pages. */
@TemplateExtension
public final class Words {

    private Words() {}

    /** "NO_ANSWER" -> "No answer", "CLINICAL_RED_FLAG" -> "Clinical red flag". */
    public static String plain(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final java.util.regex.Pattern STAGE_COUNT = java.util.regex.Pattern.compile("([A-Z_]+)=(\\d+)");

    /**
     * A coach's people by stage as people say it: "FORTNIGHTLY=1,WEEKLY=2" -> "1 fortnightly, 2 weekly"; a lone
     * stage code -> its words ("WEEKLY" -> "Weekly").
     */
    public static String stages(String byStage) {
        if (byStage == null || byStage.isBlank()) {
            return "";
        }
        java.util.List<String> parts = STAGE_COUNT.matcher(byStage).results()
                .map(m -> m.group(2) + " " + plain(m.group(1)).toLowerCase(Locale.UK)).toList();
        return parts.isEmpty() ? plain(byStage) : String.join(", ", parts);
    }

    /** "1 person", "3 people"-style counts: plural("call", 2) -> "2 calls". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Tap-to-call link target: digits and a leading plus only. */
    public static String tel(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private static final java.util.Map<String, String> PATHWAYS = java.util.Map.of(
            "copd", "COPD", "msk", "Musculoskeletal (MSK)", "ibd", "Inflammatory bowel disease (IBD)",
            "ckd", "Chronic kidney disease (CKD)", "diabetes", "Diabetes", "t2d", "Type 2 diabetes");

    /**
     * A pathway's id as people say it: "pain-management" -> "Pain management", "copd" -> "COPD". Pathways are ids
     * from their sign-in (any lower-case id); a few are acronyms, the rest read as words.
     */
    public static String pathway(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String known = PATHWAYS.get(id.toLowerCase(Locale.UK));
        return known != null ? known : plain(id);
    }

    /** Text for a query string: "Brian J." -> "Brian+J.". */
    public static String url(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "pa" -> "Punjabi". */
    public static String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isBlank() ? code : name;
    }

    /** A call window's wall-clock time as people say it: "18:00:00" -> "6pm", "09:30" -> "9:30am". */
    public static String clockTime(String time) {
        try {
            java.time.LocalTime t = java.time.LocalTime.parse(time);
            int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            return hour + (t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute())) + (t.getHour() < 12 ? "am" : "pm");
        } catch (RuntimeException e) {
            return time == null ? "" : time;
        }
    }

    public static String flag(String flag) {
        if (flag == null) {
            return "";
        }
        return switch (flag) {
            case "DBS_RENEWAL_DUE" -> "DBS renewal due";
            case "DBS_EXPIRED" -> "DBS expired";
            case "SUPERVISION_OVERDUE" -> "Supervision overdue";
            case "KIT_DUE_BACK" -> "Loaned kit due back";
            case "PAUSE_OVERRUN" -> "Pause has run past its end date";
            default -> plain(flag);
        };
    }
}
