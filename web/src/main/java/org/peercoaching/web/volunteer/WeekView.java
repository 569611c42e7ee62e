package org.peercoaching.web.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A coach's calls for one ISO week, as schedule-service lists them. */
public record WeekView(UUID coachId, String week, String timeZone, List<Call> calls) {

    public record Goals(String topic, String goal, String reality, String options, String wayForward) {}

    public record LastCall(OffsetDateTime on, Goals goals) {}

    public record Call(UUID callId, String personFirstName, String phone, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String stage, int callNumber, int totalCalls, String status, LastCall lastCall) {

        public boolean toRecord() {
            return "SCHEDULED".equals(status);
        }
    }
}
