package com.hallqueue.server.appraisal;

import java.time.LocalDate;

/** A complaint as the manager or duty officer types it in, before it is checked and masked. */
public record ComplaintForm(String channel, Integer counter, String staff, String service, String what,
                            String contactName, String contactPhone, LocalDate dueDate, String handler) {
}
