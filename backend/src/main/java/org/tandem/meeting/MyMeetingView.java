package org.tandem.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyMeeting", description = "A meeting of a partnership you belong to, with your own answer to it.")
public record MyMeetingView(
        @JsonUnwrapped MeetingSummary meeting,
        @Schema(description = "The partnership holding it", examples = "Lewisham People's Partnership") String holderName,
        @Schema(description = "Your answer; null until you give one", nullable = true) MeetingResponseKind myResponse,
        @Schema(description = "True while it is planned, so you may still answer or change your answer")
        boolean canRespond) {

    static MyMeetingView of(HeldMeeting held, MeetingResponseKind mine) {
        Meeting m = held.meeting();
        return new MyMeetingView(MeetingSummary.of(m), held.holderName(), mine, m.status == MeetingStatus.PLANNED);
    }
}
