package com.hallqueue.server.notify;

import com.hallqueue.server.config.HallConfig;

/** The texts of the hall's config, filled in: {hall} {hallEn} {number} {ahead} {counter}. */
final class Templates {

    private final HallConfig config;

    Templates(HallConfig config) {
        this.config = config;
    }

    String text(MessageKind kind, String number, int place) {
        String template = kind == MessageKind.AHEAD ? config.notifier().aheadText() : config.notifier().calledText();
        String hallEn = config.hall().nameEn().isEmpty() ? config.hall().name() : config.hall().nameEn();
        return template.replace("{hall}", config.hall().name()).replace("{hallEn}", hallEn)
                .replace("{number}", number).replace("{ahead}", Integer.toString(place))
                .replace("{counter}", Integer.toString(place));
    }
}
