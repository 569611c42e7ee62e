package org.peercoaching.volunteer.domain;

/** Where a coach is in their volunteering. Onboarding steps before ACTIVE arrive with the lifecycle work. */
public enum VolunteerStatus {
    APPLICANT,
    IN_TRAINING,
    READY,
    ACTIVE,
    PAUSED,
    LEFT
}
