package org.tandem.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The events a webhook may subscribe to: those of docs/events.md about records a partner may read (no people,
 * registers, claims, money or audit). A subscription names event types ("outcome.published") or every event of an
 * entity type ("outcome.*").
 */
final class WebhookEventTypes {
    static final String ANY_ACTION = "*";

    /** An entity type, where the API serves its records, and its actions besides created, updated and deleted. */
    private record Entity(String name, String description, String path, boolean partOfMeeting, List<String> actions) {}

    private static final List<Entity> ENTITIES = List.of(
            new Entity("organisation", "an organisation's public facts", "/api/v1/organisations/", false, List.of()),
            new Entity("partnership", "a partnership", "/api/v1/partnerships/", false, List.of("archived", "restored")),
            new Entity("board", "a board", "/api/v1/boards/", false, List.of("archived", "restored")),
            new Entity("meeting", "a meeting", "/api/v1/meetings/", false,
                    List.of("cancelled", "held", "notes-published", "notes-unpublished", "agenda-reordered")),
            new Entity("agenda-item", "an item of a meeting's agenda (with its decisions)", "agenda-items/", true, List.of()),
            new Entity("meeting-document", "a document of a meeting", "documents", true, List.of()),
            new Entity("action", "an action a meeting asked for", "/api/v1/actions/", false, List.of("closed", "reopened")),
            new Entity("activity", "an engagement activity", "/api/v1/activities/", false, List.of()),
            new Entity("feedback", "a piece of feedback", "/api/v1/feedback/", false, List.of("tagged", "untagged")),
            new Entity("theme", "a theme of the theme tree", "/api/v1/themes/", false, List.of("retired", "merged")),
            new Entity("outcome", "a \"you said, we did\" outcome", "/api/v1/outcomes/", false,
                    List.of("published", "unpublished", "started", "completed", "marked-not-possible", "reopened")));
    private static final Map<String, Entity> BY_NAME = ENTITIES.stream()
            .collect(Collectors.toMap(Entity::name, e -> e, (a, b) -> a, LinkedHashMap::new));

    private WebhookEventTypes() {}

    static List<EventTypeView> catalogue() {
        List<EventTypeView> types = new ArrayList<>();
        for (Entity entity : ENTITIES) {
            types.add(new EventTypeView(entity.name() + "." + ANY_ACTION, entity.name(),
                    "Every event of " + entity.description()));
            for (String action : actions(entity)) {
                types.add(new EventTypeView(entity.name() + "." + action, entity.name(),
                        capitalised(entity.description()) + ": " + action.replace('-', ' ')));
            }
        }
        return types;
    }

    /** True when {@code pattern} is an event type of the catalogue or an entity type's wildcard. */
    static boolean isKnown(String pattern) {
        int dot = pattern.lastIndexOf('.');
        Entity entity = dot < 0 ? null : BY_NAME.get(pattern.substring(0, dot));
        if (entity == null) {
            return false;
        }
        String action = pattern.substring(dot + 1);
        return action.equals(ANY_ACTION) || actions(entity).contains(action);
    }

    /** Where the partner reads the record the event is about (its meeting, for parts of a meeting). */
    static String href(String entityType, UUID entityId, UUID parentId) {
        Entity entity = BY_NAME.get(entityType);
        if (entity == null) {
            return null;
        }
        if (entity.partOfMeeting()) {
            return parentId == null ? null : "/api/v1/meetings/" + parentId + "/" + entity.path()
                    + (entity.path().endsWith("/") ? entityId : "");
        }
        return entity.path() + entityId;
    }

    private static List<String> actions(Entity entity) {
        List<String> actions = new ArrayList<>(List.of("created", "updated", "deleted"));
        actions.addAll(entity.actions());
        return actions;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
