package org.tandem.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPreferencesRequest", description = "Your choices; kinds you leave out keep what they were")
public record NotificationPreferencesRequest(
        @Schema(description = "The version you loaded (or send If-Match)", nullable = true, examples = "0") Long version,
        @NotNull @Size(max = 20) @Valid List<@NotNull @Valid Choice> kinds) {

    @Schema(name = "NotificationKindDelivery")
    public record Choice(
            @NotNull @Size(max = 60) @Pattern(regexp = "^[a-z-]{1,60}$") @Schema(examples = "meeting-papers") String kind,
            @NotNull Delivery delivery) {}
}
