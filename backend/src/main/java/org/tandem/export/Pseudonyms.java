package org.tandem.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import org.tandem.common.security.HmacSha256;

/**
 * Pseudonymous person ids: HMAC-SHA256 of the person's id under a secret of the exporting organisation, so that an
 * analyst counts repeat participation without learning who took part. The same person has the same pseudonym in
 * every export of one organisation and a different one in any other's; without the secret (which stays in the
 * database) a pseudonym cannot be turned back into the person.
 */
@ApplicationScoped
public class Pseudonyms {
    static final String DESCRIPTION = "A pseudonym (\"p\" and 32 hex digits): the same person has the same one in every export "
            + "of your organisation and a different one in any other organisation's; it cannot be traced back to them without "
            + "your organisation's secret, which never leaves Tandem.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource dataSource;
    private final Map<UUID, byte[]> secrets = new ConcurrentHashMap<>();

    Pseudonyms(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The organisation's pseudonymiser (its secret is made on first use); one per export, as a Mac is not shareable. */
    Pseudonymiser of(UUID organisationId) throws SQLException {
        byte[] secret = secrets.get(organisationId);
        if (secret == null) {
            secret = load(organisationId);
            secrets.put(organisationId, secret);
        }
        return new Pseudonymiser(HmacSha256.keyed(secret));
    }

    private byte[] load(UUID organisationId) throws SQLException {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO export_pseudonym_key (organisation_id, secret) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setObject(1, organisationId);
                insert.setBytes(2, fresh);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM export_pseudonym_key WHERE organisation_id = ?")) {
                select.setObject(1, organisationId);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getBytes(1);
                }
            }
        }
    }

    static final class Pseudonymiser {
        private static final HexFormat HEX = HexFormat.of();
        private final Mac mac;

        private Pseudonymiser(Mac mac) {
            this.mac = mac;
        }

        /** @param id a person's id (or, in the audit trail, an account's) */
        String of(String id) {
            if (id == null) {
                return null;
            }
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return "p" + HEX.formatHex(digest, 0, 16);
        }
    }
}
