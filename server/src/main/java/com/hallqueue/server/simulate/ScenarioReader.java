package com.hallqueue.server.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.server.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads a scenario file and checks it, naming the first bad field. */
public final class ScenarioReader {

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Scenario read(Path file) {
        try {
            return check(json.readValue(Files.readString(file), Scenario.class));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw new ConfigException(field.isEmpty() ? file.toString() : field.substring(1),
                    e.getOriginalMessage().lines().findFirst().orElse("invalid"));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Scenario check(Scenario s) {
        require(s.services() != null && !s.services().isEmpty(), "services", "must list at least one service");
        require(s.counters() != null && !s.counters().isEmpty(), "counters", "must list at least one counter");
        require(s.arrivals() != null, "arrivals", "is missing");
        require(s.arrivals().slotMinutes() > 0, "arrivals.slotMinutes", "must be more than 0");
        require(s.arrivals().perMinute() != null && !s.arrivals().perMinute().isEmpty(), "arrivals.perMinute",
                "must list at least one rate");
        require(s.arrivals().perMinute().stream().allMatch(r -> r != null && r >= 0), "arrivals.perMinute",
                "rates must be 0 or more");
        require(s.arrivals().serviceShare() != null && !s.arrivals().serviceShare().isEmpty(),
                "arrivals.serviceShare", "is missing");
        for (int i = 0; i < s.services().size(); i++) {
            Scenario.Service svc = s.services().get(i);
            require(svc.handleMinutes() != null && svc.handleMinutes().mean() > 0 && svc.handleMinutes().cv() >= 0,
                    "services[" + i + "].handleMinutes", "needs a mean above 0 and a cv of 0 or more");
        }
        share(s.priorityShare(), "priorityShare");
        share(s.noShowShare(), "noShowShare");
        require(s.patienceMinutes() == null || s.patienceMinutes() > 0, "patienceMinutes", "must be more than 0");
        return s;
    }

    private static void share(Double value, String field) {
        require(value == null || (value >= 0 && value <= 1), field, "must be between 0 and 1");
    }

    private static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new ConfigException(field, problem);
        }
    }
}
