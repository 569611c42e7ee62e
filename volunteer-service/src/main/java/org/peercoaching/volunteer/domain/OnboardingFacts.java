package org.peercoaching.volunteer.domain;

import java.time.LocalDate;

/** What is recorded about a coach that decides whether a transition is allowed. */
public record OnboardingFacts(
        VolunteerStatus status,
        LocalDate trainingModulesCompletedOn,
        int practiceSessions,
        LocalDate dbsIssuedOn,
        LocalDate dbsRenewalDue) {}
