package com.hallqueue.server.notify;

/**
 * A citizen's consent, as the {@code notify.consented} event records it: tell them when
 * {@code aheadAt} or fewer are ahead and when called, on the phone kept under {@code holder}.
 * {@code near}: there were already that few ahead when they asked, so only the call is told.
 * {@code bookingCode}: a consent given when booking, for the ticket its check-in will issue.
 */
record Consent(int aheadAt, String holder, boolean near, String bookingCode) {

    String detail() {
        return aheadAt + " " + holder + " " + (near ? 1 : 0) + (bookingCode == null ? "" : " " + bookingCode);
    }

    static Consent parse(String detail) {
        String[] p = detail.split(" ");
        return new Consent(Integer.parseInt(p[0]), p[1], "1".equals(p[2]), p.length > 3 ? p[3] : null);
    }

    Consent forTicket(boolean nowNear) {
        return new Consent(aheadAt, holder, nowNear, null);
    }
}
