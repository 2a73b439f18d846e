package org.tandem.budget;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinanceExportLine", description = """
        An approved claim to pay. Personal data is limited to what paying needs: who to pay (the person's id, which
        finance matches to their payee record, and name). No contact details, needs or meeting notes.""")
public record ExportLine(
        UUID claimId,
        @Schema(description = "Quote it as the payment's reference", examples = "C000042") String reference,
        @Schema(description = "Send it back to mark the claim paid", examples = "4") long version,
        UUID payeePersonId,
        @Schema(examples = "Anne Hooper") String payeeName,
        UUID partnershipId,
        @Schema(examples = "Lewisham People's Partnership") String partnershipName,
        @Schema(examples = "2024-07-17") LocalDate meetingDate,
        @Schema(description = "The budget year it is paid from (the meeting's)", examples = "2024-25") String financialYear,
        @Schema(description = "Europe/London date", examples = "2024-08-02") LocalDate approvedOn,
        @Schema(examples = "7500") long involvementPence,
        @Schema(examples = "1194") long expensesPence,
        @Schema(examples = "8694") long totalPence) {}
