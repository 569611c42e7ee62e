package org.peercoaching.volunteer.api;

import java.util.List;
import org.peercoaching.volunteer.domain.RosterPage;

public record RosterPageView(List<RosterItemView> items, int page, int size, int totalItems, int totalPages) {

    static RosterPageView of(RosterPage p) {
        return new RosterPageView(p.entries().stream().map(RosterItemView::of).toList(), p.page(), p.size(),
                p.totalItems(), p.totalPages());
    }
}
