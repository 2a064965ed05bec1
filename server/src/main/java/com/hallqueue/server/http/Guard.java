package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;

/**
 * The transport a feature's routes use to check the caller. Who may call what: anonymous
 * callers are told to log in (401); the wrong role gets 403.
 */
public final class Guard {

    private Guard() {
    }

    public static Caller.Kiosk kiosk(Request r) {
        if (r.caller() instanceof Caller.Kiosk k) {
            return k;
        }
        throw refuse(r, "只有取号机可以取号 / Only a kiosk may issue tickets");
    }

    public static Caller.Staff staff(Request r) {
        if (r.caller() instanceof Caller.Staff s) {
            return s;
        }
        throw refuse(r, "请以工作人员身份登录 / Staff login required");
    }

    public static Caller.Staff manager(Request r) {
        Caller.Staff s = staff(r);
        if (!s.isManager()) {
            throw ApiException.forbidden("仅限管理人员 / Managers only");
        }
        return s;
    }

    public static Caller.Staff districtManager(Request r) {
        Caller.Staff s = staff(r);
        if (!s.isDistrictManager()) {
            throw ApiException.forbidden("仅限区域管理人员 / District managers only");
        }
        return s;
    }

    /** The printer agent of {@code kiosk}, and nobody else. */
    public static Caller.Printer printer(Request r, String kiosk) {
        if (r.caller() instanceof Caller.Printer p && p.kioskId().equals(kiosk)) {
            return p;
        }
        throw refuse(r, "只有" + kiosk + "取号机的打印程序可以操作 / Only the printer agent of kiosk " + kiosk + " may do this");
    }

    private static ApiException refuse(Request r, String detail) {
        return r.caller() instanceof Caller.Anonymous ? ApiException.unauthorized(detail) : ApiException.forbidden(detail);
    }
}
