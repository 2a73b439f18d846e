package org.tandem.claim;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.reimbursement.InvolvementDuration;

@Schema(name = "ClaimLineRequest", description = """
        One line of a claim. Give what its category needs, and nothing else: an INVOLVEMENT_PAYMENT takes a duration
        (and hours for HOURS), MILEAGE takes miles, every other category takes amountPence. The server works out
        involvement payments and mileage from the claim's policy, rounding half-up to the penny. A TAXI needs a reason;
        OTHER needs a description.""")
public record ClaimLineRequest(
        @NotNull @Schema(examples = "MILEAGE") ClaimCategory category,
        @Size(max = 500) @Schema(examples = "Home to Lewisham Civic Centre and back") String description,
        @Size(max = 500) @Schema(description = "Why a taxi was needed", examples = "No step-free route by bus or train") String reason,
        @Min(1) @Max(1_000_000) @Schema(description = "What was spent, in pence (not for INVOLVEMENT_PAYMENT or MILEAGE)", examples = "640") Long amountPence,
        @DecimalMin("0.01") @DecimalMax("2000") @Digits(integer = 4, fraction = 2) @Schema(description = "For MILEAGE", examples = "12.3") BigDecimal miles,
        @Schema(description = "For INVOLVEMENT_PAYMENT", examples = "HALF_DAY") InvolvementDuration duration,
        @DecimalMin("0.01") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(description = "For an INVOLVEMENT_PAYMENT of HOURS", examples = "2.5") BigDecimal hours,
        @Schema(description = "When changing a line: the claim's version you loaded (or send If-Match)", examples = "3") Long version) {}
