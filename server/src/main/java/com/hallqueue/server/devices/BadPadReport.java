package com.hallqueue.server.devices;

/** A gateway's report refused, naming the field. */
public final class BadPadReport extends RuntimeException {

    private final String field;

    BadPadReport(String field, String detail) {
        super(detail, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
