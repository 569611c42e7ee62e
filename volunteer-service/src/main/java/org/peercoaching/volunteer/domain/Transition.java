package org.peercoaching.volunteer.domain;

/** The moves a coordinator can make in a coach's volunteering; {@link LifecycleRules} says when each is allowed. */
public enum Transition {
    START_TRAINING(VolunteerStatus.IN_TRAINING, "start training"),
    COMPLETE_TRAINING(VolunteerStatus.READY, "mark training complete"),
    ACTIVATE(VolunteerStatus.ACTIVE, "activate"),
    PAUSE(VolunteerStatus.PAUSED, "pause"),
    RESUME(VolunteerStatus.ACTIVE, "resume"),
    LEAVE(VolunteerStatus.LEFT, "record as left");

    private final VolunteerStatus target;
    private final String verb;

    Transition(VolunteerStatus target, String verb) {
        this.target = target;
        this.verb = verb;
    }

    public VolunteerStatus target() {
        return target;
    }

    public String verb() {
        return verb;
    }
}
