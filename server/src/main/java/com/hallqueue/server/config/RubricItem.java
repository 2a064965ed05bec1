package com.hallqueue.server.config;

/** One line of the rubric: its points, and how it is measured ({@code measure}), or null when a manager assesses it. */
public record RubricItem(String id, String name, int points, Measure measure) {

    public boolean measured() {
        return measure != null;
    }

    public String source() {
        return measured() ? "measured" : "assessed";
    }

    public String method() {
        return measured() ? measure.method()
                : "管理人员评定（明察暗访、抽查），附说明 / Scored by a manager (visits, spot checks), with a note";
    }
}
