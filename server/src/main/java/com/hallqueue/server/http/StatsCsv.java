package com.hallqueue.server.http;

import com.hallqueue.server.stats.By;
import com.hallqueue.server.stats.StatsRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The stats report as CSV with Chinese headers, with a byte-order mark so spreadsheet programs read UTF-8. */
final class StatsCsv {

    private StatsCsv() {
    }

    static byte[] render(List<StatsRow> rows, By by) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(keyHeader(by)).append(",取号数 issued,办结数 served,未到数 no-show,平均等候秒 avg wait s,")
                .append("90%等候秒 p90 wait s,平均办理秒 avg handle s,满意率 satisfaction,评分 score,等级 grade\r\n");
        for (StatsRow r : rows) {
            out.append(cell(r.key())).append(',').append(r.issued()).append(',').append(r.served()).append(',')
                    .append(r.noShow()).append(',').append(value(r.avgWaitSeconds())).append(',')
                    .append(value(r.p90WaitSeconds())).append(',').append(value(r.avgHandleSeconds())).append(',')
                    .append(r.satisfaction() == null ? "" : String.format(Locale.ROOT, "%.3f", r.satisfaction()))
                    .append(',').append(value(r.score())).append(',').append(value(r.grade())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String keyHeader(By by) {
        return switch (by) {
            case COUNTER -> "窗口 counter";
            case SERVICE -> "业务 service";
            case STAFF -> "工号 badge";
            case HOUR -> "时段 hour";
        };
    }

    private static String value(Object v) {
        return v == null ? "" : v.toString();
    }

    /** Keys are digits and letters; quote anyway, and defuse a leading formula character. */
    private static String cell(String s) {
        String safe = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
