package org.tandem.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.common.events.DomainEvent;

/**
 * The active subscriptions that want an event and whose organisation may see its record: the record is the
 * organisation's own, or belongs to a partnership or board it owns or takes part in (OrganisationScope's rule), or is
 * an organisation's public facts, or is a theme of an organisation whose partnerships it takes part in (partners tag
 * with those). It only reads other features' tables; the fan-out writes the deliveries.
 */
final class WebhookAudience {
    private static final String AUDIENCE = """
            SELECT s.id FROM webhook_subscription s
            WHERE s.status = 'ACTIVE' AND (? = ANY (s.event_types) OR ? = ANY (s.event_types))
              AND (s.organisation_id = ? OR ? = 'organisation'
                OR s.organisation_id IN (SELECT p.owner_organisation_id FROM partnership p WHERE p.id = ?
                    UNION SELECT po.organisation_id FROM partnership_organisation po WHERE po.partnership_id = ?
                    UNION SELECT b.owner_organisation_id FROM board b WHERE b.id = ?
                    UNION SELECT bo.organisation_id FROM board_organisation bo WHERE bo.board_id = ?)
                OR ? = 'theme' AND s.organisation_id IN (SELECT po.organisation_id FROM partnership_organisation po
                    JOIN partnership p ON p.id = po.partnership_id WHERE p.owner_organisation_id = ?))""";

    private WebhookAudience() {}

    static List<UUID> of(DomainEvent event, Connection connection) throws SQLException {
        String wildcard = event.entityType() + "." + WebhookEventTypes.ANY_ACTION;
        List<UUID> audience = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(AUDIENCE)) {
            int i = 0;
            select.setString(++i, event.type());
            select.setString(++i, wildcard);
            select.setObject(++i, event.organisationId(), Types.OTHER);
            select.setString(++i, event.entityType());
            for (UUID scopedBy : new UUID[] {event.partnershipId(), event.partnershipId(), event.boardId(), event.boardId()}) {
                select.setObject(++i, scopedBy, Types.OTHER);
            }
            select.setString(++i, event.entityType());
            select.setObject(++i, event.organisationId(), Types.OTHER);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    audience.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return audience;
    }
}
