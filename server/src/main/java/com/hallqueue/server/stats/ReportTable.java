package com.hallqueue.server.stats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as a table with Chinese headers (English beside), the one layout both exports
 * use. The contract's ten columns come first, in their order, so older readers still work.
 */
record ReportTable(String title, List<String> headers, List<List<Object>> rows) {

    private record Column<T>(String header, Function<T, Object> value) {
    }

    private static final List<Column<StatsRow>> ROW_COLUMNS = List.of(
            new Column<>("取号数 issued", StatsRow::issued), new Column<>("办结数 served", StatsRow::served),
            new Column<>("未到数 no-show", StatsRow::noShow), new Column<>("平均等候秒 avg wait s", StatsRow::avgWaitSeconds),
            new Column<>("90%等候秒 p90 wait s", StatsRow::p90WaitSeconds),
            new Column<>("平均办理秒 avg handle s", StatsRow::avgHandleSeconds),
            new Column<>("满意率 satisfaction", StatsRow::satisfaction), new Column<>("评分 score", StatsRow::score),
            new Column<>("等级 grade", StatsRow::grade), new Column<>("转办数 transfers", StatsRow::transfers),
            new Column<>("等候中位秒 median wait s", StatsRow::medianWaitSeconds),
            new Column<>("超时等候占比 share over target", StatsRow::overTargetShare),
            new Column<>("平均到窗秒 avg walk s", StatsRow::avgWalkSeconds),
            new Column<>("办理中位秒 median handle s", StatsRow::medianHandleSeconds),
            new Column<>("90%办理秒 p90 handle s", StatsRow::p90HandleSeconds),
            new Column<>("评价数 ratings", StatsRow::ratings), new Column<>("平均评价 avg rating", StatsRow::averageRating),
            new Column<>("办理时长秒 serving s", r -> time(r, CounterTime::servingSeconds)),
            new Column<>("有人等候时空闲秒 idle while waiting s", r -> time(r, CounterTime::idleWhileWaitingSeconds)),
            new Column<>("暂停秒 paused s", r -> time(r, CounterTime::pausedSeconds)),
            new Column<>("暂停原因 pause reasons", r -> r.time() == null ? null : reasons(r.time().pauseReasons())),
            new Column<>("未开窗秒 closed s", r -> time(r, CounterTime::closedSeconds)),
            new Column<>("一次办结率 one-visit share", StatsRow::oneVisitShare),
            new Column<>("一次性告知数 notices", StatsRow::notices), new Column<>("不予受理数 refused", StatsRow::refused));

    static ReportTable of(List<StatsRow> rows, By by) {
        List<String> headers = new ArrayList<>(List.of(keyHeader(by)));
        ROW_COLUMNS.forEach(c -> headers.add(c.header()));
        List<List<Object>> cells = rows.stream().map(r -> {
            List<Object> line = new ArrayList<>(List.of(r.key()));
            ROW_COLUMNS.forEach(c -> line.add(c.value().apply(r)));
            return line;
        }).toList();
        return new ReportTable("报表 " + by.name().toLowerCase(java.util.Locale.ROOT), headers, cells);
    }

    static final String TICKETS_TITLE = "取号明细 tickets";
    static final List<String> TICKET_HEADERS = List.of("号码 number", "业务 service", "结果 outcome", "取号时间 issued",
            "首次叫号 first call", "窗口 counter", "工号 badge", "等候秒 wait s", "到窗秒 walk s", "办理秒 handle s",
            "转办次数 transfers", "评价 rating");

    /** One line of the tickets' sheet, times in the hall's zone as {@code at} formats them. */
    static List<Object> ticketLine(TicketTimes t, DateTimeFormatter at) {
        return java.util.Arrays.asList(t.number(), t.service(), t.outcome(), format(at, t.issuedAt()),
                format(at, t.firstCalledAt()), t.counter(), t.staff(), t.waitSeconds(), t.walkSeconds(),
                t.handleSeconds(), t.transfers(), t.rating());
    }

    static DateTimeFormatter times(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    private static Object format(DateTimeFormatter f, Instant t) {
        return t == null ? null : f.format(t);
    }

    private static Object time(StatsRow r, Function<CounterTime, Long> part) {
        return r.time() == null ? null : part.apply(r.time());
    }

    private static String reasons(Map<String, Long> reasons) {
        return reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "s")
                .collect(Collectors.joining("; "));
    }

    private static String keyHeader(By by) {
        return switch (by) {
            case COUNTER -> "窗口 counter";
            case SERVICE -> "业务 service";
            case STAFF -> "工号 badge";
            case HOUR -> "时段 hour";
            case DAY -> "日期 day";
        };
    }
}
