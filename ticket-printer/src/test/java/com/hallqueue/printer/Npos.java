package com.hallqueue.printer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent ESC/POS tokenizer (npm npos, under src/test/npm; bin/test installs it).
 * {@link #commandsOf} fails the test when npos finds a command it does not know.
 */
final class Npos {

    private static final Path DIR = Path.of("src/test/npm").toAbsolutePath();

    private Npos() {
    }

    static List<String> commandsOf(byte[] stream, Path scratch) throws IOException, InterruptedException {
        if (!Files.isDirectory(DIR.resolve("node_modules/npos"))) {
            throw new AssertionError("npos is not installed: run (cd ticket-printer/src/test/npm && npm ci)");
        }
        Path file = Files.createTempFile(scratch, "ticket", ".bin");
        Files.write(file, stream);
        Process node = new ProcessBuilder("node", DIR.resolve("check-escpos.js").toString(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new AssertionError("npos refused the stream: " + out);
        }
        List<String> commands = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(out)) {
            commands.add(c.asText());
        }
        return commands;
    }
}
