package com.hallqueue.server.access;

/** Who is asking, as established from the bearer token. */
public sealed interface Caller {

    Anonymous ANONYMOUS = new Anonymous();

    record Anonymous() implements Caller {
    }

    /** A logged-in member of staff; the role decides what they may read. */
    record Staff(String badge, String name, String role, String tokenHash) implements Caller {
        public boolean isManager() {
            return "MANAGER".equals(role) || isDistrictManager();
        }

        /** Sees every hall of a central deployment, from their home hall. */
        public boolean isDistrictManager() {
            return "DISTRICT_MANAGER".equals(role);
        }
    }

    /** A ticket dispenser. */
    record Kiosk(String id) implements Caller {
    }

    /** The printer agent beside a kiosk. */
    record Printer(String kioskId) implements Caller {
    }

    /** A hall or counter screen, or the device gateway. */
    record Display(String id) implements Caller {
    }
}
