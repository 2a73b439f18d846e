package org.tandem.notification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPreferences", description = "How each kind of notification reaches you besides the notification centre")
public record NotificationPreferencesView(
        @Schema(description = "0 until you first save your choices", examples = "2") long version,
        @Schema(description = "Where mails go: your address in Tandem", nullable = true, maxLength = 320,
                examples = "sam.wilson@example.org") String email,
        @Schema(description = "false when you have no address in Tandem or did not agree to be contacted: then nothing is "
                + "mailed, whatever you choose, and everything stays in the notification centre") boolean canEmail,
        @Schema(maxItems = 20) List<KindChoice> kinds) {

    @Schema(name = "NotificationKindChoice")
    public record KindChoice(
            @Schema(examples = "meeting-papers", maxLength = 60) String kind,
            @Schema(examples = "Meeting papers", maxLength = 200) String label,
            @Schema(maxLength = 500) String description,
            @Schema(description = "IMMEDIATE: an email at once; DIGEST: in the daily digest email; NONE: only in Tandem")
            Delivery delivery) {}
}
