package org.tandem.feedback;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackBatch", description = "Every item created by a bulk import, in the order sent")
public record FeedbackBatchView(List<FeedbackView> items) {}
