package com.hallqueue.server.matters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What the counter says at the end of a visit: the outcome, for NOTICE every missing material
 * at once (picked from the service's checklist or typed), and a note, which REFUSED requires
 * (不予受理 always says why). {@link #invalid()} names what is wrong with it, if anything.
 */
public record VisitEnd(Outcome outcome, List<String> materials, String note) {

    public static final int MAX_MATERIALS = 20;
    /** {@code matter_notice.materials} keeps them one a line. */
    public static final int MATERIAL_LENGTH = 100;
    /** {@code ticket.outcome_note} and {@code matter_notice.note}. */
    public static final int NOTE_LENGTH = 500;

    public static final VisitEnd DONE = new VisitEnd(Outcome.DONE, List.of(), null);

    /** Trimmed, blank note as none, each material once in the order given. */
    public VisitEnd {
        outcome = outcome == null ? Outcome.DONE : outcome;
        note = note == null || note.isBlank() ? null : note.strip();
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String m : materials == null ? List.<String>of() : materials) {
            if (m != null && !m.isBlank()) {
                kept.add(m.strip());
            }
        }
        materials = List.copyOf(kept);
    }

    /** A bad field and why, in the hall's words. */
    public record Invalid(String field, String message) {
    }

    public Optional<Invalid> invalid() {
        if (note != null && note.length() > NOTE_LENGTH) {
            return bad("note", "说明不超过" + NOTE_LENGTH + "字 / note: at most " + NOTE_LENGTH + " characters");
        }
        return switch (outcome) {
            case DONE -> materials.isEmpty() ? Optional.empty()
                    : bad("materials", "办结无需列出材料 / materials are only for a NOTICE");
            case REFUSED -> note == null
                    ? bad("note", "不予受理须说明理由 / a refusal needs a note saying why") : Optional.empty();
            case NOTICE -> invalidMaterials();
        };
    }

    private Optional<Invalid> invalidMaterials() {
        if (materials.isEmpty()) {
            return bad("materials", "一次性告知须列出所缺材料 / a NOTICE lists at least one missing material");
        }
        if (materials.size() > MAX_MATERIALS) {
            return bad("materials", "最多" + MAX_MATERIALS + "项 / at most " + MAX_MATERIALS + " materials");
        }
        for (String m : materials) {
            if (m.length() > MATERIAL_LENGTH || m.chars().anyMatch(Character::isISOControl)) {
                return bad("materials", "每项不超过" + MATERIAL_LENGTH + "字且为一行 / each material: one line of at most "
                        + MATERIAL_LENGTH + " characters");
            }
        }
        return Optional.empty();
    }

    /** What {@code asked} adds to what {@code told} already listed: 一次性告知 means this should be empty. */
    public static List<String> beyond(List<String> told, List<String> asked) {
        List<String> more = new ArrayList<>();
        for (String m : asked) {
            if (told.stream().noneMatch(t -> t.equalsIgnoreCase(m))) {
                more.add(m);
            }
        }
        return more;
    }

    private static Optional<Invalid> bad(String field, String message) {
        return Optional.of(new Invalid(field, message));
    }
}
