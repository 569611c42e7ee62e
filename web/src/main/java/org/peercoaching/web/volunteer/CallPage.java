package org.peercoaching.web.volunteer;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.PagesClock;
import org.peercoaching.web.pages.Words;

/** One call as schedule-service gives it to its coach (GET /api/v1/calls/{callId}), with the page's words for it. */
public record CallPage(UUID callId, String personFirstName, String phone, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String status, Stage stage, int callNumber, int totalCalls, List<Condition> conditions,
        String language, List<Window> usualTimes, LastCall lastCall, NextCall nextCall, Limits limits,
        UUID movedTo) {

    public record Stage(String name, int intervalWeeks, int callInStage, int callsInStage) {}

    public record Condition(String code, String name) {}

    public record Window(DayOfWeek day, LocalTime start, LocalTime end) {

        /** "Tuesdays, 5pm to 7pm". */
        public String words() {
            return day.getDisplayName(TextStyle.FULL, Locale.UK) + "s, " + Words.clockTime(start.toString()) + " to "
                    + Words.clockTime(end.toString());
        }
    }

    public record LastCall(OffsetDateTime on, WeekView.Goals goals, Integer confidence) {}

    public record NextCall(UUID callId, OffsetDateTime startsAt, int callNumber, String stage) {}

    public record Limits(OffsetDateTime recordFrom, int callMinutes, List<Window> moveWindows) {}

    public boolean toRecord() {
        return "SCHEDULED".equals(status);
    }

    /** "Call 3 of 8, weekly". */
    public String stageWords() {
        return "Call " + stage.callInStage() + " of " + stage.callsInStage() + ", " + every(stage);
    }

    static String every(Stage stage) {
        return switch (stage.intervalWeeks()) {
            case 1 -> "weekly";
            case 2 -> "fortnightly";
            case 4 -> "monthly";
            default -> stage.intervalWeeks() > 0 ? "every " + stage.intervalWeeks() + " weeks"
                    : Words.plain(stage.name()).toLowerCase(Locale.UK);
        };
    }

    /** "Rheumatoid arthritis, Asthma" (each name as the catalogue writes it); empty when none is known. */
    public String conditionWords() {
        return conditions == null ? "" : conditions.stream()
                .map(c -> c.name() == null ? "A condition coded " + c.code() : c.name())
                .collect(Collectors.joining(", "));
    }

    public String conditionLabel() {
        return conditions != null && conditions.size() > 1 ? "Conditions" : "Condition";
    }

    public String languageWords() {
        return Words.language(language);
    }

    /** "Tuesdays, 5pm to 7pm; Thursdays, 6pm to 8pm"; "Every day, 7am to 9pm"; "Monday to Friday, 6pm to 8pm". */
    public String usualTimeWords() {
        return words(usualTimes);
    }

    public String moveWindowWords() {
        return limits == null ? "" : words(limits.moveWindows());
    }

    /** Windows in words, days with the same times said once: a run of three or more days as "Monday to Friday". */
    static String words(List<Window> windows) {
        if (windows == null || windows.isEmpty()) {
            return "";
        }
        java.util.Map<String, java.util.TreeSet<DayOfWeek>> daysByTimes = new java.util.LinkedHashMap<>();
        windows.stream().sorted(java.util.Comparator.comparing(Window::day).thenComparing(Window::start))
                .forEach(w -> daysByTimes.computeIfAbsent(Words.clockTime(w.start().toString()) + " to "
                        + Words.clockTime(w.end().toString()), t -> new java.util.TreeSet<>()).add(w.day()));
        return daysByTimes.entrySet().stream().map(e -> days(e.getValue()) + ", " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    private static String days(java.util.TreeSet<DayOfWeek> days) {
        if (days.size() == 7) {
            return "Every day";
        }
        boolean run = days.size() >= 3 && days.last().getValue() - days.first().getValue() == days.size() - 1;
        if (run) {
            return name(days.first()) + " to " + name(days.last());
        }
        List<String> names = days.stream().map(d -> name(d) + "s").toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public boolean hasLastGoals() {
        return lastCall != null && lastCall.goals() != null;
    }

    /** Whether "We talked" and "No answer" can be recorded yet (schedule-service's rule: from an hour before). */
    public boolean recordableNow() {
        return recordable(limits == null ? null : limits.recordFrom(), PagesClock.nowInLondon());
    }

    static boolean recordable(OffsetDateTime recordFrom, OffsetDateTime now) {
        return recordFrom == null || !now.isBefore(recordFrom);
    }

    /** "5pm on Tuesday 1 December": when recording opens. */
    public String recordFromWords() {
        return words(limits == null ? null : limits.recordFrom());
    }

    static String words(OffsetDateTime time) {
        return time == null ? "" : London.time(time) + " on " + London.day(time);
    }

    /** "You can record how it went from 5pm on Tuesday 1 December". */
    public String notYetMessage() {
        return "You can record how it went from " + recordFromWords();
    }

    /** Whether a call starting then fits whole in one of the times both are free (the service's move windows). */
    public boolean fitsMoveWindows(LocalDateTime start) {
        if (limits == null || limits.moveWindows() == null || limits.moveWindows().isEmpty()) {
            return true; // nothing to check against here: the service decides
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = from.plusMinutes(limits.callMinutes());
        return limits.moveWindows().stream().anyMatch(w -> w.day() == start.getDayOfWeek() && !from.isBefore(w.start())
                && !to.isAfter(w.end()) && to.isAfter(from));
    }

    /** The hint under the new time, and the start of any message about it. */
    public String moveHint() {
        String windows = moveWindowWords();
        return windows.isEmpty() ? "UK time." : "Times you are both free: " + windows + ". The call takes "
                + limits.callMinutes() + " minutes, so it must end by the end of that time. UK time.";
    }
}
