package org.peercoaching.volunteer.domain;

import java.util.List;

public record RosterPage(List<RosterEntry> entries, int page, int size, int totalItems) {

    public int totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
