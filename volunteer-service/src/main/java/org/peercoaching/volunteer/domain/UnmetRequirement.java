package org.peercoaching.volunteer.domain;

/** One reason a transition was refused: what it is about ("dbs") and what is missing, in plain English. */
public record UnmetRequirement(String requirement, String message) {}
