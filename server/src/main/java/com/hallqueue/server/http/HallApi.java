package com.hallqueue.server.http;

import com.hallqueue.server.access.Caller;
import com.hallqueue.server.appointments.AppointmentRoutes;
import com.hallqueue.server.appointments.SlotCapacityRoutes;
import com.hallqueue.server.appraisal.AppraisalRoutes;
import com.hallqueue.server.appraisal.ComplaintRoutes;
import com.hallqueue.server.broadcast.BroadcastRoutes;
import com.hallqueue.server.bulletin.BulletinRoutes;
import com.hallqueue.server.calendar.CalendarRoutes;
import com.hallqueue.server.closing.EarlyCloseRoutes;
import com.hallqueue.server.devices.CallPadRoutes;
import com.hallqueue.server.devices.PadFaults;
import com.hallqueue.server.matters.MatterRoutes;
import com.hallqueue.server.notify.NotifyRoutes;
import com.hallqueue.server.printing.PrinterRoutes;
import com.hallqueue.server.staff.StaffRoutes;
import com.hallqueue.server.stats.StatsRoutes;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API without the network: routes a request, checks its token, runs it, and turns
 * every failure into a problem answer. The same routing serves production and tests.
 */
public final class HallApi {

    private static final Logger LOG = LoggerFactory.getLogger(HallApi.class);

    private final HallContext hall;
    private final Router router = new Router();
    private final BrowserPolicy browserPolicy;
    private final StaticSite site;

    public HallApi(HallContext hall) {
        this.hall = hall;
        this.browserPolicy = new BrowserPolicy(hall.config().screens().servers());
        this.site = new StaticSite(browserPolicy);
        new TicketRoutes(hall).register(router);
        new RatingRoutes(hall).register(router);
        new CounterRoutes(hall).register(router);
        new AuthRoutes(hall).register(router);
        new HallRoutes(hall).register(router);
        new StatsRoutes(hall).register(router);
        new PrinterRoutes(hall).register(router);
        new ScreenRoutes(hall).register(router);
        new AppointmentRoutes(hall).register(router);
        new MatterRoutes(hall).register(router);
        new StaffRoutes(hall).register(router);
        new CalendarRoutes(hall).register(router);
        new BulletinRoutes(hall).register(router);
        new BroadcastRoutes(hall).register(router);
        new SlotCapacityRoutes(hall).register(router);
        new CounterServicesRoutes(hall).register(router);
        new AppraisalRoutes(hall).register(router);
        new ComplaintRoutes(hall).register(router);
        new EarlyCloseRoutes(hall).register(router);
        new CallPadRoutes(hall, new PadFaults(Clock.systemUTC())).register(router);
        new NotifyRoutes(hall).register(router);
        router.add("GET", "/api/v1/openapi.json", r -> CompletableFuture.completedFuture(
                Response.ok(new OpenApiDocument(router.entries(), hall.basePath()).build())),
                RouteDoc.doc("anyone", "接口文档 This API as an OpenAPI 3 document, made from the routes as served"));
    }

    /** This is the home hall of a deployment: its district managers see {@code halls}, by id. */
    void serveDistrict(java.util.Map<String, HallContext> halls) {
        new DistrictRoutes(halls).register(router);
    }

    BrowserPolicy browserPolicy() {
        return browserPolicy;
    }

    StaticSite site() {
        return site;
    }

    /** A request as it came off the wire: before its token is checked and its route's parameters known. */
    record Incoming(String method, String path, Map<String, List<String>> query, byte[] body, String token,
                    String host, String client, String idempotencyKey) {
    }

    HallContext hall() {
        return hall;
    }

    /** The matched route's pattern (for metrics), or null when nothing matched. */
    Router.Lookup lookup(String method, String path) {
        return router.find(method, path);
    }

    /** Runs a matched route; blocking parts (token lookup, login) run here, so call it on a worker. */
    CompletableFuture<Response> handle(Router.Match match, Incoming in) {
        try {
            Caller caller = hall.authenticator().identify(in.token())
                    .orElseThrow(() -> ApiException.unauthorized("登录已失效或令牌无效 / Invalid or expired token"));
            Request request = new Request(in.method(), in.path(), match.params(), in.query(), in.body(), caller,
                    in.host(), in.client(), in.idempotencyKey());
            return match.entry().route().handle(request).exceptionally(HallApi::failure);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(e));
        }
    }

    static Response failure(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        Problem p = Problem.from(cause);
        if (p == null) {
            LOG.error("request failed", cause);
            p = Problem.of(HttpResponseStatus.INTERNAL_SERVER_ERROR, "服务器内部错误 / Internal error", null);
        }
        Response r = Response.problem(p);
        if (cause instanceof ApiException a && a.retryAfterSeconds > 0) {
            return r.with(Map.of("Retry-After", Long.toString(a.retryAfterSeconds)));
        }
        return r;
    }
}
