package com.hallqueue.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads a hall's YAML file, or the built-in demo hall, into a validated {@link HallConfig}. */
public final class HallConfigLoader {

    private static final String DEMO = "/demo-hall.yaml";
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The demo hall of the public contract: three services, six counters, open all day. */
    public HallConfig demo() {
        try (InputStream in = HallConfigLoader.class.getResourceAsStream(DEMO)) {
            return new ConfigReader().read(yaml.readValue(in, ConfigFile.class));
        } catch (IOException e) {
            throw new IllegalStateException("the demo hall is part of the server jar", e);
        }
    }

    public HallConfig load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads a hall from YAML text; {@code origin} names it in messages about the whole file. */
    public HallConfig parse(String text, String origin) {
        if (text.isBlank()) {
            throw new ConfigException(origin + ": the file is empty");
        }
        try {
            return new ConfigReader().read(yaml.readValue(text, ConfigFile.class));
        } catch (JsonMappingException e) {
            throw new ConfigException(field(e), firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "(top level)" : path.substring(path.startsWith(".") ? 1 : 0);
    }

    private static String firstLine(String message) {
        String line = message == null ? "invalid" : message.lines().findFirst().orElse("invalid");
        return line.replaceAll(" \\(class [^)]*\\)", "").replaceAll("`com\\.hallqueue[^`]*`", "this entry");
    }
}
