package org.peercoaching.matching.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.ProgrammeCompletedV1;
import org.peercoaching.events.schedule.StageChangedV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.matching.domain.match.Matchmaker;

/** Taper stages (for the cap) and graduations, from schedule-service; each event applied once. */
@ApplicationScoped
public class ScheduleEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final Matchmaker matchmaker;

    public ScheduleEventsConsumer(EventJson json, Inbox inbox, Matchmaker matchmaker) {
        this.json = json;
        this.inbox = inbox;
        this.matchmaker = matchmaker;
    }

    @Incoming("schedule")
    @RetryTransient
    @Blocking
    @Transactional
    public void onScheduleEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (event.is(EventTypes.STAGE_CHANGED)) {
            StageChangedV1 s = event.data(EventTypes.STAGE_CHANGED);
            matchmaker.stageChanged(s.matchId(), s.fromStage(), s.toStage());
        } else if (event.is(EventTypes.PROGRAMME_COMPLETED)) {
            ProgrammeCompletedV1 p = event.data(EventTypes.PROGRAMME_COMPLETED);
            matchmaker.programmeCompleted(p.referralId(), new Matchmaker.Outcome(p.callsCompleted(), p.callsMissed(),
                    p.escalations(), p.activationInstrument(), p.activationScoreAfter(), p.activationLevelAfter(),
                    p.completedAt()));
        }
        // calls and escalations, and types this version does not know, are not matching's business
    }
}
