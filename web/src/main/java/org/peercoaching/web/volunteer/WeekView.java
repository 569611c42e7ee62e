package org.peercoaching.web.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.peercoaching.web.pages.IsoWeek;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.PagesClock;

/** A coach's calls for one ISO week, as schedule-service lists them. */
public record WeekView(UUID coachId, String week, String timeZone, List<Call> calls, NextCall nextCall) {

    /** The coach's next call from now, in any week; null when none is booked. */
    public record NextCall(UUID callId, String personFirstName, OffsetDateTime startsAt) {

        /** The ISO week it falls in (Europe/London), for its page's way back. */
        public IsoWeek week() {
            return IsoWeek.containing(startsAt.atZoneSameInstant(London.ZONE).toLocalDate());
        }
    }

    public record Goals(String topic, String goal, String reality, String options, String wayForward) {}

    public record LastCall(OffsetDateTime on, Goals goals) {}

    public record Call(UUID callId, String personFirstName, String phone, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String stage, int callNumber, int totalCalls, String status, LastCall lastCall,
            OffsetDateTime recordFrom) {

        public boolean toRecord() {
            return "SCHEDULED".equals(status);
        }

        /** Whether "how it went" can be recorded now (schedule-service's rule: from an hour before the call). */
        public boolean recordableNow() {
            return CallPage.recordable(recordFrom, PagesClock.nowInLondon());
        }

        /** "5pm on Tuesday 1 December". */
        public String recordFromWords() {
            return CallPage.words(recordFrom);
        }
    }
}
