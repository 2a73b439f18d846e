package org.tandem.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every dataset analysts export, in the order the data dictionary lists them. */
final class Datasets {
    /** The names, as the contract lists them for the {dataset} of the export paths (a test keeps the two the same). */
    static final String[] NAMES = {"organisations", "partnerships", "partnership-organisations", "boards", "board-organisations",
        "partnership-boards", "meetings", "agenda-items", "decisions", "attendance", "attendance-counts", "actions", "activities",
        "feedback", "feedback-themes", "themes", "outcomes", "outcome-status-changes", "outcome-feedback", "outcome-themes",
        "claim-totals", "budgets", "audit-trail"};

    private static final Map<String, Dataset> ALL = index();

    private Datasets() {}

    static List<Dataset> all() {
        return List.copyOf(ALL.values());
    }

    static Optional<Dataset> named(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    private static Map<String, Dataset> index() {
        List<Dataset> datasets = new ArrayList<>();
        Stream.of(DirectoryDatasets.all(), MeetingDatasets.all(), EngagementDatasets.all(), MoneyDatasets.all(),
                List.of(AuditDataset.auditTrail())).forEach(datasets::addAll);
        Map<String, Dataset> byName = new LinkedHashMap<>();
        datasets.forEach(dataset -> byName.put(dataset.name(), dataset));
        return byName;
    }
}
