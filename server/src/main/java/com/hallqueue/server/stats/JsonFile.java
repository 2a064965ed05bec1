package com.hallqueue.server.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.hallqueue.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A large JSON answer (every ticket of a year) written as it is produced to a temporary
 * file, which the answer then sends from the disk: the heap holds one value at a time.
 */
final class JsonFile {

    private JsonFile() {
    }

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static Path write(Body body) {
        try {
            Path file = Files.createTempFile("hallqueue-answer-", ".json");
            try (JsonGenerator json = Json.mapper().createGenerator(Files.newOutputStream(file))) {
                body.write(json);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each value given as the next element of the array {@code json} is in. */
    static <T> Consumer<T> each(JsonGenerator json) {
        return value -> {
            try {
                json.writeObject(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
