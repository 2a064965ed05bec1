package com.hallqueue.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a deployment file: the halls of a central deployment, each with its id and its own
 * hall file (a path relative to the deployment file).
 *
 * <pre>
 * halls:
 *   - {id: pudong, config: pudong.yaml}
 *   - {id: minhang, config: minhang.yaml}
 * </pre>
 */
public final class DeploymentLoader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record File(List<Entry> halls) {
    }

    record Entry(String id, String config) {
    }

    public Deployment load(Path file) {
        File parsed = parse(file);
        if (parsed == null || parsed.halls() == null || parsed.halls().isEmpty()) {
            throw new ConfigException("halls", "list at least one hall: - {id: ..., config: ...}");
        }
        List<Deployment.Member> halls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < parsed.halls().size(); i++) {
            Entry e = parsed.halls().get(i);
            String at = "halls[" + i + "]";
            if (e == null || e.id() == null || !Deployment.ID.matcher(e.id()).matches()) {
                throw new ConfigException(at + ".id", "must be a lower-case letter then up to 23 letters, digits or _");
            }
            if (!ids.add(e.id())) {
                throw new ConfigException(at + ".id", "\"" + e.id() + "\" is listed twice");
            }
            if (e.config() == null || e.config().isBlank()) {
                throw new ConfigException(at + ".config", "the hall's own file is required");
            }
            halls.add(new Deployment.Member(e.id(), hall(dir.resolve(e.config()), at), "hall_" + e.id()));
        }
        return new Deployment(halls, true);
    }

    private File parse(Path file) {
        try {
            return yaml.readValue(Files.readString(file), File.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not a deployment file: " + e.getOriginalMessage().lines().findFirst()
                    .orElse("invalid"));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The hall's file, with the hall named in any message about it. */
    private static HallConfig hall(Path file, String at) {
        try {
            return new HallConfigLoader().load(file);
        } catch (ConfigException e) {
            throw new ConfigException(at + ".config (" + file.getFileName() + "): " + e.getMessage());
        }
    }
}
