package org.tandem.notification;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "Something Tandem told you, newest first in your notification centre")
public record NotificationView(
        UUID id,
        @Schema(description = "The kind's key; GET /api/v1/notification-preferences lists them", examples = "meeting-invitation",
                maxLength = 60) String kind,
        @Schema(examples = "Meeting invitations", maxLength = 200) String kindLabel,
        @Schema(examples = "Invitation: Partnership meeting, Wednesday 10 February 2027 at 10:00am", maxLength = 400) String title,
        @Schema(description = "Plain text; paragraphs are separated by a blank line", maxLength = 8000) String body,
        @Schema(description = "What it is about: a path of the web client (/meetings/{id}) or an absolute URL (the public page)",
                nullable = true, maxLength = 2000, examples = "/meetings/8f14e45f-ceea-4e6b-9d2c-1f8b2c3d4e5f") String link,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(nullable = true, maxLength = 200, examples = "Lewisham People's Partnership") String partnershipName,
        OffsetDateTime createdAt,
        @Schema(description = "When you marked it read; null while unread", nullable = true) OffsetDateTime readAt) {}
