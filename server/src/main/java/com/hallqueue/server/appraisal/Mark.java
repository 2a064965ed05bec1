package com.hallqueue.server.appraisal;

import java.time.Instant;

/**
 * A manager's score of one assessed item of one staff member's sheet for a period, with the
 * note that says why (明察暗访, spot checks). Every mark is kept: the latest counts, the
 * earlier ones are the sheet's history.
 */
public record Mark(String period, String badge, String item, int score, String note, String markedBy,
                   Instant markedAt) {

    public static final int MAX_NOTE = 500;
}
