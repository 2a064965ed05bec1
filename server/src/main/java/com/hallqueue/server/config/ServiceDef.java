package com.hallqueue.server.config;

import java.time.Duration;
import java.util.List;

/**
 * A kind of business the hall handles (业务类型), known by a single letter that prefixes
 * its ticket numbers. {@code dailyCap} is the most tickets the kiosk issues for it a day.
 * {@code materials} is its 办事指南 checklist, what a NOTICE picks from; {@code timeLimitDays}
 * the working days within which a matter left open must be finished (限时办结). {@code afterVisit}
 * marks a service whose work goes on behind the counter after a DONE visit (后台办理): its
 * matter stays open, due in {@code timeLimitDays}, until a manager or the counter closes it.
 */
public record ServiceDef(String code, String name, String nameEn, Duration handleNorm, int dailyCap,
                         List<String> materials, int timeLimitDays, boolean afterVisit) {

    /** Without a checklist of its own a service gets this many working days. */
    public static final int DEFAULT_TIME_LIMIT_DAYS = 5;

    public ServiceDef {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public ServiceDef(String code, String name, String nameEn, Duration handleNorm, int dailyCap) {
        this(code, name, nameEn, handleNorm, dailyCap, List.of(), DEFAULT_TIME_LIMIT_DAYS, false);
    }
}
