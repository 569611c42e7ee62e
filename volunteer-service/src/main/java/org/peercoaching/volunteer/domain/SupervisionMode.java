package org.peercoaching.volunteer.domain;

/** How a coach is supervised: new coaches one-to-one, more experienced coaches in a group. */
public enum SupervisionMode {
    ONE_TO_ONE,
    GROUP;

    public static SupervisionMode forCompetence(int competenceLevel, int groupFromCompetence) {
        return competenceLevel >= groupFromCompetence ? GROUP : ONE_TO_ONE;
    }
}
