package org.peercoaching.volunteer.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.peercoaching.kit.api.Patterns;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.volunteer.domain.Flag;
import org.peercoaching.volunteer.domain.RosterQuery;
import org.peercoaching.volunteer.domain.VolunteerStatus;

/** Reads the roster's query parameters, naming every bad one in a 400 problem (never a 404 for a typo). */
final class RosterParameters {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 200;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** @param coordinatorId the signed-in coordinator: the roster only ever holds their own coaches */
    static RosterQuery parse(String coordinatorId, List<String> status, String coordinator, List<String> competence, List<String> flag,
            String flagged, String minRoom, String condition, String language, String sort, String page, String size) {
        RosterParameters p = new RosterParameters();
        Set<VolunteerStatus> statuses = p.each("status", status, s -> VolunteerStatus.valueOf(s.toUpperCase(Locale.ROOT)),
                "must be one of APPLICANT, IN_TRAINING, READY, ACTIVE, PAUSED, LEFT");
        Set<Integer> levels = p.each("competence", competence, Integer::valueOf, "must be a whole number");
        Set<Flag> flags = p.each("flag", flag, s -> Flag.valueOf(s.toUpperCase(Locale.ROOT)),
                "must be one of SUPERVISION_OVERDUE, DBS_RENEWAL_DUE, DBS_EXPIRED, PAUSE_OVERRUN, KIT_DUE_BACK");
        Boolean isFlagged = null;
        if (flagged != null) {
            if (flagged.equals("true") || flagged.equals("false")) {
                isFlagged = Boolean.valueOf(flagged);
            } else {
                p.errors.add(new Problem.FieldError("flagged", "must be true or false"));
            }
        }
        Integer room = p.number("minRoom", minRoom, 0, 1000);
        if (condition != null && !condition.matches(Patterns.SNOMED_ID)) {
            p.errors.add(new Problem.FieldError("condition", Patterns.SNOMED_ID_MESSAGE));
        }
        if (language != null && !language.matches(Patterns.LANGUAGE)) {
            p.errors.add(new Problem.FieldError("language", Patterns.LANGUAGE_MESSAGE));
        }
        RosterQuery.SortKey key = RosterQuery.SortKey.NAME;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            descending = sort.startsWith("-");
            String name = sort.replaceFirst("^[-+]", "");
            key = SORTS.stream().filter(s -> s.param.equals(name)).map(s -> s.key).findFirst().orElse(null);
            if (key == null) {
                p.errors.add(new Problem.FieldError("sort", "must be one of "
                        + String.join(", ", SORTS.stream().map(s -> s.param).toList()) + ", with - in front for descending"));
            }
        }
        Integer pageNumber = p.number("page", page, 1, 100000);
        Integer pageSize = p.number("size", size, 1, MAX_SIZE);
        if (!p.errors.isEmpty()) {
            String detail = p.errors.size() == 1 ? "1 field is invalid." : p.errors.size() + " fields are invalid.";
            throw new ProblemException(400, ProblemTypes.INVALID_FIELDS, "Your request has invalid fields", detail,
                    p.errors);
        }
        return new RosterQuery(coordinatorId, statuses, blankToNull(coordinator), levels, flags, isFlagged, room,
                condition, language, key, descending, pageNumber == null ? 1 : pageNumber,
                pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    private record Sort(String param, RosterQuery.SortKey key) {}

    static final List<Sort> SORTS = List.of(new Sort("name", RosterQuery.SortKey.NAME),
            new Sort("status", RosterQuery.SortKey.STATUS), new Sort("competence", RosterQuery.SortKey.COMPETENCE),
            new Sort("coordinator", RosterQuery.SortKey.COORDINATOR),
            new Sort("dbsRenewalDue", RosterQuery.SortKey.DBS_RENEWAL_DUE),
            new Sort("supervisionDueBy", RosterQuery.SortKey.SUPERVISION_DUE), new Sort("room", RosterQuery.SortKey.ROOM),
            new Sort("hours", RosterQuery.SortKey.HOURS), new Sort("registeredAt", RosterQuery.SortKey.REGISTERED));

    private <T> Set<T> each(String name, List<String> values, Function<String, T> parse, String message) {
        Set<T> result = new LinkedHashSet<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(parse.apply(part.strip()));
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError(name, message));
                    return result;
                }
            }
        }
        return result;
    }

    private Integer number(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
