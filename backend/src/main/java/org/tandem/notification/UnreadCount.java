package org.tandem.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount", description = "How many of your notifications are unread")
public record UnreadCount(@Schema(examples = "3", minimum = "0") long count) {}
