package com.hallqueue.server.appraisal;

import java.util.Map;

/**
 * A staff member's appraisal sheet for a period: every item of the rubric by id, the total
 * (unscored items count 0), its grade, and whether every assessed item has been scored.
 */
public record SheetRow(String badge, String name, Map<String, SheetItem> items, double total, String grade,
                       boolean complete) {
}
