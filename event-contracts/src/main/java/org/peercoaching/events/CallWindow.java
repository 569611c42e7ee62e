package org.peercoaching.events;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window when someone can take or make a call, in Europe/London local time. */
public record CallWindow(DayOfWeek day, LocalTime start, LocalTime end) {}
