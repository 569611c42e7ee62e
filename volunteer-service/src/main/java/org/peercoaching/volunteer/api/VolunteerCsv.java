package org.peercoaching.volunteer.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.volunteer.domain.Device;
import org.peercoaching.volunteer.domain.Gender;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRegistration.ImportRow;

/**
 * The volunteer CSV layout coordinators keep in spreadsheets (docs/volunteer-api.md describes it). Reading
 * checks every row and every cell before anything is imported and reports each problem by row and column.
 */
final class VolunteerCsv {

    static final List<String> COLUMNS = List.of("id", "firstName", "lastName", "phone", "email", "dateOfBirth",
            "ageBand", "gender", "imdDecile", "lsoaCode", "languages", "conditionCodes", "callWindows",
            "competenceLevel", "coordinator", "device", "loanedOn", "loanDueBack", "livedExperienceNotes", "status");
    static final Set<String> REQUIRED = Set.of("firstName", "lastName", "phone", "gender", "languages", "conditionCodes",
            "callWindows");
    static final int MAX_ROWS = 1000;

    /** One problem in the file: the spreadsheet row (the header is row 1), the column and what is wrong. */
    @Schema(requiredProperties = {"row", "column", "message"})
    record CellError(int row, String column, String message) {}

    /** The rows ready to import, or every problem found. */
    record Reading(List<ImportRow> rows, List<CellError> errors) {}

    private VolunteerCsv() {}

    static String write(List<Volunteer> volunteers) {
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        for (Volunteer v : volunteers) {
            out.append(Csv.line(Arrays.asList(v.id.toString(), text(v.firstName), text(v.lastName), text(v.phone),
                    text(v.email), str(v.dateOfBirth), v.ageBand, v.gender.name(), str(v.imdDecile), v.lsoaCode,
                    String.join(";", v.languages.stream().sorted().toList()),
                    String.join(";", v.conditionCodes.stream().sorted().toList()),
                    String.join(";", VolunteerView.windows(v).stream()
                            .map(w -> w.day() + " " + w.start() + "-" + w.end()).toList()),
                    String.valueOf(v.competenceLevel), text(v.coordinator), v.device.name(), str(v.loanedOn),
                    str(v.loanDueBack), text(v.livedExperienceNotes), v.status.name())));
        }
        return out.toString();
    }

    static Reading read(String text, Validator validator, Predicate<UUID> exists) {
        List<CellError> errors = new ArrayList<>();
        List<List<String>> records;
        try {
            records = Csv.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            return new Reading(List.of(), List.of(new CellError(0, "", "The file is not valid CSV: " + e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Reading(List.of(), List.of(new CellError(1, "", "The file is empty; the first row must be the header")));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new CellError(1, column, "is not a column of the volunteer layout"));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new CellError(1, required, "this column is required"));
            }
        }
        if (!header.contains("imdDecile") && !header.contains("lsoaCode")) {
            errors.add(new CellError(1, "imdDecile", "give an imdDecile or an lsoaCode column for the home area"));
        }
        if (records.size() == 1) {
            errors.add(new CellError(2, "", "The file has a header but no volunteers"));
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add(new CellError(MAX_ROWS + 2, "", "At most " + MAX_ROWS + " volunteers can be imported at once"));
        }
        if (!errors.isEmpty()) {
            return new Reading(List.of(), errors);
        }
        List<ImportRow> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            int rowNumber = r + 1;
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                errors.add(new CellError(rowNumber, "", "has " + cells.size() + " cells; the header has " + header.size()));
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = cells.get(c).strip();
                cell.put(header.get(c), value.isEmpty() ? null : value);
            }
            RowReader reader = new RowReader(rowNumber, cell, errors);
            UUID id = reader.uuid("id");
            if (id != null && !seen.add(id)) {
                errors.add(new CellError(rowNumber, "id", "this id is on an earlier row too"));
            } else if (id != null && !exists.test(id)) {
                errors.add(new CellError(rowNumber, "id", "no volunteer has this id; leave it empty to register someone new"));
            }
            VolunteerProfileBody body = reader.body();
            if (body == null) {
                continue;
            }
            List<ConstraintViolation<VolunteerProfileBody>> violations = new ArrayList<>(validator.validate(body));
            violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
            Set<String> reported = new HashSet<>();
            for (ConstraintViolation<VolunteerProfileBody> v : violations) {
                String path = v.getPropertyPath().toString();
                String column = path.replaceAll("[\\[.].*", "");
                // a list cell ("xx;zz") names the bad value itself, not its place in a Java list ("[0].<list element>")
                String detail = path.equals(column) || v.getInvalidValue() == null ? v.getMessage()
                        : v.getInvalidValue() + " " + v.getMessage();
                if (reported.add(column + detail)) {
                    errors.add(new CellError(rowNumber, column, detail));
                }
            }
            if (violations.isEmpty()) {
                rows.add(new ImportRow(id, body.toDomain()));
            }
        }
        errors.sort(Comparator.comparingInt(CellError::row).thenComparing(e -> COLUMNS.indexOf(e.column())));
        return new Reading(errors.isEmpty() ? rows : List.of(), errors);
    }

    /** Turns one row's cells into a profile body, noting each cell that cannot even be read. */
    private record RowReader(int row, Map<String, String> cell, List<CellError> errors) {

        VolunteerProfileBody body() {
            int before = errors.size();
            VolunteerProfileBody body = new VolunteerProfileBody(untext(cell.get("firstName")), untext(cell.get("lastName")),
                    untext(cell.get("phone")), untext(cell.get("email")), date("dateOfBirth"), cell.get("ageBand"),
                    choice("gender", Gender.class), integer("imdDecile"), cell.get("lsoaCode"), list("languages"),
                    list("conditionCodes"), untext(cell.get("livedExperienceNotes")), choice("device", Device.class),
                    date("loanedOn"), date("loanDueBack"), windows("callWindows"), integer("competenceLevel"),
                    untext(cell.get("coordinator")));
            return errors.size() == before ? body : null;
        }

        UUID uuid(String column) {
            String v = cell.get(column);
            if (v == null) {
                return null;
            }
            try {
                return UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(row, column, "must be a volunteer id (a UUID) or empty"));
                return null;
            }
        }

        LocalDate date(String column) {
            String v = cell.get(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                errors.add(new CellError(row, column, "must be a date written 2026-11-23"));
                return null;
            }
        }

        Integer integer(String column) {
            String v = cell.get(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                errors.add(new CellError(row, column, "must be a whole number"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String v = cell.get(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(row, column, "must be one of "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
                return null;
            }
        }

        List<String> list(String column) {
            String v = cell.get(column);
            if (v == null) {
                return List.of();
            }
            return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        List<CallWindowBody> windows(String column) {
            List<CallWindowBody> windows = new ArrayList<>();
            for (String w : list(column)) {
                String[] parts = w.split("[\\s-]+");
                try {
                    if (parts.length != 3) {
                        throw new IllegalArgumentException();
                    }
                    windows.add(new CallWindowBody(DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                            LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    errors.add(new CellError(row, column, "'" + w + "' must be written like TUESDAY 18:00-20:00"));
                }
            }
            return windows;
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A cell a spreadsheet would run as a formula is written with a leading apostrophe, and read back without it. */
    static String text(String s) {
        return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String untext(String s) {
        return s != null && s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0 ? s.substring(1) : s;
    }
}
