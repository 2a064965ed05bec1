package com.hallqueue.server.appraisal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One item on a staff member's sheet: its score (null while an assessed item is unscored),
 * whether it was measured or assessed, the manager's note, and for a measured item how the
 * records gave the score; who marked it and when.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SheetItem(Double score, String source, String note, int points, String how, String markedBy,
                        Instant markedAt) {
}
