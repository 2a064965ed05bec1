package com.hallqueue.server.config;

import java.util.List;

/**
 * Who may be served first (老年人、残疾人、孕妇…) and how many priority calls a counter makes
 * in a row before the longest-waiting normal ticket gets its turn, so nobody is starved.
 */
public record PriorityRules(int maxConsecutive, List<String> kinds) {
}
