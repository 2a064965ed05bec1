package com.hallqueue.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The halls one server serves, found by the start of the path: {@code /halls/<id>/…} is
 * that hall, with the rest of the path; every other path is the home hall's (the first), so
 * a server of one hall answers exactly as before. The home hall also answers the district
 * managers' {@code /api/v1/district/…}.
 */
public final class HallDirectory {

    private static final String PREFIX = "/halls/";

    /** A request's hall (its id in the deployment, for the logs), and its path within that hall. */
    record Target(String id, HallApi api, WebSocketUpgrade upgrade, String path) {
    }

    private record Entry(HallApi api, WebSocketUpgrade upgrade) {
    }

    private final Map<String, Entry> halls = new LinkedHashMap<>();
    private final Entry home;
    private final String homeId;

    /** The halls by id, in order; the first is the home hall. */
    public HallDirectory(Map<String, HallApi> byId) {
        byId.forEach((id, api) -> halls.put(id, new Entry(api, new WebSocketUpgrade(api, api.hall().desk()))));
        home = halls.values().iterator().next();
        homeId = halls.keySet().iterator().next();
        Map<String, HallContext> contexts = new LinkedHashMap<>();
        byId.forEach((id, api) -> contexts.put(id, api.hall()));
        home.api().serveDistrict(contexts);
    }

    /** The hall a path is for, or null for {@code /halls/<id>} of a hall this server does not have. */
    Target resolve(String path) {
        if (!path.startsWith(PREFIX)) {
            return new Target(homeId, home.api(), home.upgrade(), path);
        }
        int end = path.indexOf('/', PREFIX.length());
        String id = path.substring(PREFIX.length(), end < 0 ? path.length() : end);
        Entry hall = halls.get(id);
        if (hall == null) {
            return null;
        }
        return new Target(id, hall.api(), hall.upgrade(), end < 0 ? "/" : path.substring(end));
    }

    HallApi home() {
        return home.api();
    }
}
