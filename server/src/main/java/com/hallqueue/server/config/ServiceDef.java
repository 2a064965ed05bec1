package com.hallqueue.server.config;

import java.time.Duration;

/**
 * A kind of business the hall handles (业务类型), known by a single letter that prefixes
 * its ticket numbers. {@code dailyCap} is the most tickets the kiosk issues for it a day.
 */
public record ServiceDef(String code, String name, String nameEn, Duration handleNorm, int dailyCap) {
}
