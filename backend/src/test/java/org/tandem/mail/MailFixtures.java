package org.tandem.mail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mail queued as a feature queues it, and the row as the sender left it. */
final class MailFixtures {
    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Test//EN\r\nMETHOD:REQUEST\r\n"
            + "BEGIN:VEVENT\r\nUID:test@tandem\r\nDTSTAMP:20261203T090000Z\r\nDTSTART:20261209T180000Z\r\n"
            + "SUMMARY:Board meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private MailFixtures() {}

    static OutgoingMail mail(String address, String subject) {
        return new OutgoingMail(address, "Amara Okafor", "test-mail", subject,
                MailBodies.of("Dear Amara Okafor,", List.of("The board meets on Tuesday 9 December at 6pm."),
                        List.of(new MailLink("See the meeting", "https://tandem.example.org/meetings/1")),
                        "You get this because you are a member of the board."),
                List.of(), null, "test/" + UUID.randomUUID());
    }

    static UUID enqueue(OutgoingMail mail) {
        MailQueue queue = Arc.container().instance(MailQueue.class).get();
        return QuarkusTransaction.requiringNew().call(() -> queue.enqueue(mail));
    }

    /** The row's columns by name. */
    static Map<String, Object> row(UUID id) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM mail_message WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                return columns;
            }
        }
    }

    /** Runs a statement (with the mail's id as its one parameter) as time passing or a stuck sender would leave the row. */
    static void update(String sql, UUID id) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }
}
