package org.peercoaching.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercoaching.web.services.ServiceProblem;

/**
 * What was wrong with a form, for the error summary at the top and the message next to each field. Field names
 * are the form's; a service's field path (say "goals.wayForward") maps onto them, and each message is the page's
 * own plain English for that field, naming it ("Enter how confident they feel, from 1 to 10").
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(null, Map.of());

    private final String summary;
    private final Map<String, String> fields;

    private FormErrors(String summary, Map<String, String> fields) {
        this.summary = summary;
        this.fields = fields;
    }

    public static FormErrors of(Map<String, String> fields) {
        return new FormErrors(null, new LinkedHashMap<>(fields));
    }

    /** What a summary says when the service names a field the form does not show: never the service's words. */
    static final String UNSHOWN = "Something you entered could not be saved. Check your answers and try again.";

    private static final Pattern LENGTH = Pattern.compile(
            "(?:must be at most|must be|size must be between 0 and|must not be longer than|must be no more than)"
                    + " (\\d+)(?: characters)?(?: or fewer)?");

    /** The form's fields as the page names them, and its own sentence for each: start with {@link #fields()}. */
    public static final class Fields {
        private final Map<String, Field> byServiceField = new LinkedHashMap<>();

        /**
         * A field: the service's name for it ("goals.wayForward"), the form field showing it ("wayForward"), its
         * label as the page shows it ("Their next step", for a length problem) and the page's sentence for any
         * other problem with it, naming it ("Enter their next step").
         */
        public Fields field(String serviceField, String formField, String label, String message) {
            byServiceField.put(serviceField, new Field(formField, label, message));
            return this;
        }

        Field find(String serviceField) {
            if (serviceField == null) {
                return null;
            }
            Field exact = byServiceField.get(serviceField);
            if (exact != null) {
                return exact;
            }
            // "conditionCodes[0].<list element>" and "conditionCodes[1]" are the conditionCodes field
            String base = serviceField.replaceAll("\\[\\d+]", "").replace(".<list element>", "")
                    .replace("<list element>", "");
            return byServiceField.get(base);
        }
    }

    record Field(String name, String label, String message) {}

    public static Fields fields() {
        return new Fields();
    }

    /**
     * From a service's problem+json: each field's message is the page's own sentence for that field (a length
     * problem says the field's label and the longest it may be); a field the form does not show puts one plain
     * sentence in the summary. The service's own wording never reaches the page.
     */
    public static FormErrors from(ServiceProblem problem, Fields form) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean unshown = false;
        for (ServiceProblem.FieldError e : problem.errors) {
            Field field = form.find(e.field());
            if (field == null) {
                unshown = true;
            } else {
                fields.putIfAbsent(field.name(), plain(field, e.message()));
            }
        }
        String summary = unshown ? UNSHOWN : fields.isEmpty() ? problem.summary() : null;
        return new FormErrors(summary, fields);
    }

    private static String plain(Field field, String message) {
        String text = message == null ? "" : message.strip();
        Matcher length = LENGTH.matcher(text);
        if (length.matches() && (text.contains("character") || text.startsWith("size must be"))) {
            return field.label() + " must be " + length.group(1) + " characters or fewer";
        }
        return field.message();
    }

    public boolean any() {
        return summary != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public String summary() {
        return summary == null ? "" : summary;
    }

    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(fields.entrySet());
    }
}
