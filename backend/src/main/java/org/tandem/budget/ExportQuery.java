package org.tandem.budget;

import org.tandem.common.persistence.SqlValues;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tandem.common.web.LondonTime;

/**
 * Approved claims of one organisation, read from the claim_ledger view as a stream (a cursor fetching 500 rows at a
 * time), so an export of any size holds only a few rows in memory.
 */
record ExportQuery(UUID organisationId, UUID partnershipId, FinancialYear year) {

    void forEach(Consumer<ExportLine> action) {
        StringBuilder sql = new StringBuilder("""
                select l.claim_id, l.number, l.version, l.claimant_person_id, pe.display_name, l.partnership_id, pa.name,
                       l.meeting_date, l.decided_at, l.involvement_pence, l.expenses_pence, l.total_pence
                from claim_ledger l
                join person pe on pe.id = l.claimant_person_id
                join partnership pa on pa.id = l.partnership_id
                where l.organisation_id = :organisation and l.status = 'APPROVED'""");
        if (partnershipId != null) {
            sql.append(" and l.partnership_id = :partnership");
        }
        if (year != null) {
            sql.append(" and l.meeting_date between :first and :last");
        }
        sql.append(" order by l.number");
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString())
                .setParameter("organisation", organisationId)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true);
        if (partnershipId != null) {
            query.setParameter("partnership", partnershipId);
        }
        if (year != null) {
            query.setParameter("first", year.firstDay()).setParameter("last", year.lastDay());
        }
        try (Stream<?> rows = query.getResultStream()) {
            rows.map(row -> line((Object[]) row)).forEach(action);
        }
    }

    private static ExportLine line(Object[] r) {
        LocalDate meetingDate = r[7] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[7];
        // The same reference as Claim.reference(), which the claims feature shows.
        return new ExportLine((UUID) r[0], String.format("C%06d", ((Number) r[1]).longValue()), ((Number) r[2]).longValue(),
                (UUID) r[3], (String) r[4], (UUID) r[5], (String) r[6], meetingDate, FinancialYear.of(meetingDate).label(),
                LondonTime.dateOf(SqlValues.instant(r[8])), ((Number) r[9]).longValue(), ((Number) r[10]).longValue(),
                ((Number) r[11]).longValue());
    }
}
