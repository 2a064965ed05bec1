package com.hallqueue.server.queue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Ticket numbers per service per hall day, from 001: A001, A002 … A999, A1000. Seeded from
 * the stored tickets at start, so a restart never repeats a number.
 */
final class Numbering {

    private final Map<String, Integer> last = new HashMap<>();

    int issued(LocalDate day, String service) {
        return last.getOrDefault(key(day, service), 0);
    }

    int next(LocalDate day, String service) {
        return last.merge(key(day, service), 1, Integer::sum);
    }

    void seen(LocalDate day, String service, int seq) {
        last.merge(key(day, service), seq, Math::max);
    }

    void forgetBefore(LocalDate day) {
        last.keySet().removeIf(k -> LocalDate.parse(k.substring(0, 10)).isBefore(day));
    }

    static String number(String service, int seq) {
        return service + (seq < 1000 ? String.format("%03d", seq) : Integer.toString(seq));
    }

    private static String key(LocalDate day, String service) {
        return day + service;
    }
}
