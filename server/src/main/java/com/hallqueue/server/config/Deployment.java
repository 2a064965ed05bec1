package com.hallqueue.server.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The halls one server runs. A plain hall server runs one hall in the database's own
 * tables. A central deployment runs several, each in a schema of its own ({@code hall_<id>})
 * and under {@code /halls/<id>/}; the first is the home hall, also served at the root, whose
 * district managers see every hall.
 */
public record Deployment(List<Member> halls, boolean central) {

    /** Hall ids: short, lower case, safe in a URL and as a schema name. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,23}");

    /** One hall: its id, its configuration, and the schema its tables live in (null: the default). */
    public record Member(String id, HallConfig config, String schema) {
    }

    public Deployment {
        halls = List.copyOf(halls);
        if (halls.isEmpty()) {
            throw new ConfigException("halls", "a deployment needs at least one hall");
        }
    }

    /** One hall on its own, as {@code --config} (or the demo) gives it. */
    public static Deployment single(HallConfig config) {
        return new Deployment(List.of(new Member("hall", config, null)), false);
    }

    public Member home() {
        return halls.get(0);
    }
}
