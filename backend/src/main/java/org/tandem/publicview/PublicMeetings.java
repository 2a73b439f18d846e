package org.tandem.publicview;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.meeting.PublishedNotes;

/** A partnership's published meeting notes, as anyone may read them. */
@Schema(name = "PublicMeetings")
public record PublicMeetings(UUID partnershipId, String partnershipName, List<PublishedNotes.PublishedMeeting> meetings) {}
