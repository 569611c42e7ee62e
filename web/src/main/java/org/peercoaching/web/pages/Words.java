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

    /** "1 person", "3 people"-style counts: plural("call", 2) -> "2 calls". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Tap-to-call link target: digits and a leading plus only. */
    public static String tel(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
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
            default -> plain(flag);
        };
    }
}
