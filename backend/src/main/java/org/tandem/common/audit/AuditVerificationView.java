package org.tandem.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditVerification", description = "The result of checking the whole trail's hash chain.")
public record AuditVerificationView(
        @Schema(description = "True when every sealed entry is in place, links to the one before and matches its hash, "
                + "and every other entry is waiting for its seal") boolean intact,
        @Schema(examples = "1042") long entriesChecked,
        @Schema(description = "The first entry that breaks the chain, when it is broken", nullable = true) Long firstBrokenSeq,
        @Schema(description = "How it is broken", examples = "its content does not match its hash: it was changed after it was written", nullable = true) String problem,
        @Schema(description = "The last entry, when intact: record it elsewhere to detect a rewritten trail later", nullable = true) Long headSeq,
        @Schema(nullable = true) String headHash,
        @Schema(description = "Entries written in the last moments, not sealed yet (the check seals what it finds first)") long awaitingSeal) {

    static AuditVerificationView of(AuditChain.Verification v) {
        return new AuditVerificationView(v.intact(), v.entriesChecked(), v.firstBrokenSeq(), v.problem(), v.headSeq(), v.headHash(), v.awaitingSeal());
    }
}
