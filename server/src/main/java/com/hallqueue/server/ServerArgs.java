package com.hallqueue.server;

import java.nio.file.Path;

/** The options of {@code hallqueue server}. */
record ServerArgs(Path config, Path deployment, int port, Path data, String db, String host) {

    static ServerArgs parse(String[] args) {
        Path config = null;
        Path deployment = null;
        Path data = Path.of("data");
        String db = null;
        String host = "127.0.0.1";
        int port = 8080;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + ": needs a value");
            }
            switch (option) {
                case "--config" -> config = Path.of(value);
                case "--deployment" -> deployment = Path.of(value);
                case "--port" -> port = port(value);
                case "--data" -> data = Path.of(value);
                case "--db" -> db = value;
                case "--host" -> host = value;
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (config != null && deployment != null) {
            throw new UsageException("--config and --deployment: give one hall's file or the deployment's, not both");
        }
        return new ServerArgs(config, deployment, port, data, db, host);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port: must be 0 to 65535, got \"" + value + "\"");
        }
    }
}
