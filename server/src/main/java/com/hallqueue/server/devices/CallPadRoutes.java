package com.hallqueue.server.devices;

import static com.hallqueue.server.http.RouteDoc.doc;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.config.Devices;
import com.hallqueue.server.http.ApiException;
import com.hallqueue.server.http.Guard;
import com.hallqueue.server.http.HallContext;
import com.hallqueue.server.http.Request;
import com.hallqueue.server.http.Response;
import com.hallqueue.server.http.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The call pads' device faults: each gateway reports its silent pads, staff read them. */
public final class CallPadRoutes {

    private final HallContext hall;
    private final PadFaults faults;

    public CallPadRoutes(HallContext hall, PadFaults faults) {
        this.hall = hall;
        this.faults = faults;
    }

    public void register(Router router) {
        router.add("POST", "/api/v1/call-pads/status", this::status,
                        doc("a display token that drives pads",
                                "呼叫器状态 The gateway's silent pads now: {\"silent\":[{counter,unit,role,since}]}"))
                .add("GET", "/api/v1/call-pads/faults", this::all,
                        doc("staff", "设备故障 Call pads and evaluators not answering, and the latest back in service"));
    }

    private CompletableFuture<Response> status(Request r) {
        Devices.Display gateway = gateway(r);
        try {
            List<PadFault> now = faults.report(gateway.id(), r.body(), gateway::drivesPadOf);
            return CompletableFuture.completedFuture(Response.ok(Map.of("faults", json(now))));
        } catch (BadPadReport e) {
            throw ApiException.badInput(e.field(), e.getMessage());
        }
    }

    private Devices.Display gateway(Request r) {
        if (r.caller() instanceof Caller.Display d) {
            return hall.config().devices().display(d.id()).filter(x -> !x.padCounters().isEmpty())
                    .orElseThrow(() -> ApiException.forbidden("此显示令牌不驱动呼叫器 / This display drives no call pads"));
        }
        throw r.caller() instanceof Caller.Anonymous
                ? ApiException.unauthorized("需要网关令牌 / The gateway's token is required")
                : ApiException.forbidden("只有网关可以报告呼叫器状态 / Only a gateway reports its call pads");
    }

    private CompletableFuture<Response> all(Request r) {
        Guard.staff(r);
        return CompletableFuture.completedFuture(Response.ok(Map.of(
                "faults", json(faults.open()), "cleared", json(faults.cleared()))));
    }

    private static List<Map<String, Object>> json(List<PadFault> list) {
        return list.stream().map(CallPadRoutes::json).toList();
    }

    private static Map<String, Object> json(PadFault f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gateway", f.gateway());
        m.put("counter", f.counter());
        m.put("unit", f.unit());
        m.put("role", f.role());
        m.put("since", f.since().toString());
        if (f.clearedAt() != null) {
            m.put("clearedAt", f.clearedAt().toString());
        }
        return m;
    }
}
