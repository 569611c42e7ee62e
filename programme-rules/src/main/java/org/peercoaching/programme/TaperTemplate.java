package org.peercoaching.programme;

import java.util.List;

/**
 * The programme's taper as data: for example 8 weekly calls, then 4 fortnightly, then 2 four-weekly,
 * then graduation. Pure; built from configuration.
 */
public record TaperTemplate(List<Stage> stages) {

    public record Stage(String name, int intervalWeeks, int calls) {
        public Stage {
            if (intervalWeeks < 1 || calls < 1) {
                throw new IllegalArgumentException("Stage " + name + " needs at least one call, one week apart");
            }
        }
    }

    public TaperTemplate {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("A taper needs at least one stage");
        }
        stages = List.copyOf(stages);
    }

    public Stage first() {
        return stages.get(0);
    }

    public Stage stage(int index) {
        return stages.get(index);
    }

    /** Whether a stage follows the one at this index (if not, the person graduates after it). */
    public boolean hasStageAfter(int index) {
        return index + 1 < stages.size();
    }

    public int totalCalls() {
        return stages.stream().mapToInt(Stage::calls).sum();
    }

    public int totalWeeks() {
        return stages.stream().mapToInt(s -> s.calls() * s.intervalWeeks()).sum();
    }
}
