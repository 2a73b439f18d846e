package org.tandem.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.WebLink;

@CrossFieldRules
@Schema(name = "MeetingRequest", description = """
        A meeting to create, or its new state. Held by exactly one partnership or board, which cannot change later.
        A venue is required for in-person and hybrid meetings once the time is confirmed; the online link may
        follow later.""")
public record MeetingRequest(
        @Schema(description = "The partnership that holds the meeting (or give boardId)") UUID partnershipId,
        @Schema(description = "The board that holds the meeting (or give partnershipId)") UUID boardId,
        @NotBlank @Size(max = 300) @Schema(examples = "Lewisham People's Partnership") String title,
        @NotNull @Schema(description = "With an offset. While the time is TBC only its Europe/London date counts.",
                examples = "2024-07-17T13:45:00+01:00") OffsetDateTime startsAt,
        @Schema(description = "After startsAt; leave it out while the time is TBC", examples = "2024-07-17T16:00:00+01:00")
        OffsetDateTime endsAt,
        @Schema(description = "false when only the date is known (time TBC)", defaultValue = "true", examples = "true")
        Boolean timeConfirmed,
        @NotNull MeetingFormat format,
        @Size(max = 500) @Schema(examples = "Lewisham Civic Centre (Committee Room 3)") String venue,
        @WebLink @Size(max = 2000) @Schema(examples = "https://teams.microsoft.com/l/meetup-join/abc") String onlineLink,
        @Schema(description = "Notes never attribute comments to named people", defaultValue = "false", examples = "false")
        Boolean chathamHouse,
        @Size(max = 20000) @Schema(examples = "The meeting agreed to develop hubs.") String summary,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version)
        implements CrossFieldRules.Checked {

    boolean confirmed() {
        return timeConfirmed == null || timeConfirmed;
    }

    @Override
    public void check(CrossFieldRules.Violations violations) {
        violations.require(partnershipId != null || boardId != null, "partnershipId",
                "is required unless boardId is given");
        violations.require(partnershipId == null || boardId == null, "boardId",
                "must be left out when partnershipId is given: a meeting has one holder");
        violations.require(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt",
                "must be after startsAt");
        violations.require(confirmed() || endsAt == null, "endsAt", "must be left out while the time is not confirmed");
        violations.require(!confirmed() || format == null || format == MeetingFormat.ONLINE
                || venue != null && !venue.isBlank(), "venue",
                "is required for an in-person or hybrid meeting once its time is confirmed");
    }
}
