package org.peercoaching.volunteer.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.volunteer.domain.RosterPage;

@Schema(requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record RosterPageView(List<RosterItemView> items, int page, int size, int totalItems, int totalPages) {

    static RosterPageView of(RosterPage p) {
        return new RosterPageView(p.entries().stream().map(RosterItemView::of).toList(), p.page(), p.size(),
                p.totalItems(), p.totalPages());
    }
}
