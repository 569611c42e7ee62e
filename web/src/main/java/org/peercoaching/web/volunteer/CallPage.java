package org.peercoaching.web.volunteer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peercoaching.web.pages.London;
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

    /** "Tuesdays, 5pm to 7pm; Thursdays, 6pm to 8pm". */
    public String usualTimeWords() {
        return usualTimes == null ? "" : usualTimes.stream().map(Window::words).collect(Collectors.joining("; "));
    }

    public String moveWindowWords() {
        return limits == null || limits.moveWindows() == null ? ""
                : limits.moveWindows().stream().map(Window::words).collect(Collectors.joining("; "));
    }

    public boolean hasLastGoals() {
        return lastCall != null && lastCall.goals() != null;
    }

    /** Whether "We talked" and "No answer" can be recorded yet (from an hour before the call, by the service's rule). */
    public boolean recordable(OffsetDateTime now) {
        return limits == null || limits.recordFrom() == null || !now.isBefore(limits.recordFrom());
    }

    /** "5pm on Tuesday 1 December": when recording opens. */
    public String recordFromWords() {
        return limits == null || limits.recordFrom() == null ? ""
                : London.time(limits.recordFrom()) + " on " + London.day(limits.recordFrom());
    }
}
