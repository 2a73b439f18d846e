package org.tandem.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the export endpoints answer in JSON, besides the data itself. */
final class ExportViews {
    private ExportViews() {}

    @Schema(name = "ExportCatalogue", description = "The datasets you may export, and the terms they come on")
    record Catalogue(
            @Schema(description = "The version of the data dictionary: the API's", examples = "1.0.0") String version,
            @Schema(description = "Counts of people from 1 up to this (exclusive) are withheld", examples = "5") int smallNumberThreshold,
            List<DatasetView> datasets) {}

    @Schema(name = "ExportDataset")
    record DatasetView(
            @Schema(description = "Its name in paths and file names", examples = "feedback") String name,
            @Schema(examples = "Feedback") String title,
            String description,
            @Schema(description = "Only admins export it") boolean adminsOnly,
            @Schema(description = "It takes partnershipId") boolean partnershipFilter,
            @Schema(description = "What from and to compare", examples = "the day it was received (receivedOn)") String dateFilter,
            @Schema(description = "It has a change feed") boolean changeFeed,
            @Schema(description = "Its fields, in order (the data package describes each)") List<String> fields) {

        static DatasetView of(Dataset dataset) {
            return new DatasetView(dataset.name(), dataset.title(), dataset.description(), dataset.audience() == Dataset.Audience.ADMINS,
                    dataset.partnershipCondition() != null, dataset.dateDescription(), dataset.hasFeed(),
                    dataset.fields().stream().map(Field::name).toList());
        }
    }

    @Schema(name = "ExportChanges", description = "A page of a dataset's change feed")
    record ChangesView(
            @Schema(examples = "feedback") String dataset,
            @Schema(description = "Each key at most once, with its rows as they are now: apply them in any order") List<ChangeView> changes,
            @Schema(description = "The cursor to ask from next time (the same as after when nothing changed)") String next,
            @Schema(description = "More changes are waiting: ask again from next at once") boolean hasMore) {}

    @Schema(name = "ExportChange", description = "Replace every row whose keyField is key with rows (none: they were deleted)")
    record ChangeView(
            @Schema(description = "The field the key is a value of", examples = "id") String keyField,
            @Schema(format = "uuid") String key,
            @Schema(description = "When the last change to them was made") OffsetDateTime changedAt,
            @Schema(description = "The rows with that key now, as the dataset's export writes them") List<Map<String, Object>> rows) {

        static ChangeView of(ChangeFeed.Change change) {
            return new ChangeView(change.keyField(), change.key(), change.changedAt(), change.rows());
        }
    }
}
