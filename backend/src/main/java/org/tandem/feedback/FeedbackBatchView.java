package org.tandem.feedback;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackBatch", description = "Feedback items, in the order sent: those a bulk import created, or those a bulk tagging changed")
public record FeedbackBatchView(List<FeedbackView> items) {}
