package org.peercoaching.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercoaching.web.services.ServiceProblem;

/**
 * What was wrong with a form, for the error summary at the top and the message next to each field. Field names
 * are the form's; a service's field path (say "goals.wayForward") maps onto them where they differ.
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

    /** From a service's problem+json, with each service field path mapped to the form field showing it. */
    public static FormErrors from(ServiceProblem problem, Map<String, String> serviceFieldToFormField) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder other = new StringBuilder();
        for (ServiceProblem.FieldError e : problem.errors) {
            String field = serviceFieldToFormField.getOrDefault(e.field(), null);
            if (field == null) {
                other.append(other.length() == 0 ? "" : " ").append(Words.plain(e.field())).append(": ")
                        .append(e.message()).append('.');
            } else {
                fields.merge(field, sentence(e.message()), (a, b) -> a + " " + b);
            }
        }
        String summary = other.length() > 0 ? other.toString() : fields.isEmpty() ? problem.summary() : null;
        return new FormErrors(summary, fields);
    }

    /**
     * As {@link #from(ServiceProblem, Map)}, but a form field listed in {@code plain} shows that wording instead of
     * the service's, which is written for developers ("must not be blank") rather than for people.
     */
    public static FormErrors from(ServiceProblem problem, Map<String, String> serviceFieldToFormField,
            Map<String, String> plain) {
        FormErrors errors = from(problem, serviceFieldToFormField);
        Map<String, String> fields = new LinkedHashMap<>(errors.fields);
        fields.replaceAll((field, message) -> plain.getOrDefault(field, message));
        return new FormErrors(errors.summary, fields);
    }

    private static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
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
