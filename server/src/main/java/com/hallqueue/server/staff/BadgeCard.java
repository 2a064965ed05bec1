package com.hallqueue.server.staff;

import java.time.Instant;

/**
 * What the 胸牌 on a counter screen shows of the member working there: name, 工号 (badge) and
 * 职务 (title, null without one), and whether there is a photo, with when it was put in (so a
 * screen asks for a new one only when it changed).
 */
public record BadgeCard(String badge, String name, String title, boolean photo, Instant photoChangedAt) {
}
