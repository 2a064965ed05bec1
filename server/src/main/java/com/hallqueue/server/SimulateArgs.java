package com.hallqueue.server;

import com.hallqueue.server.http.Json;
import com.hallqueue.server.simulate.HallSimulation;
import com.hallqueue.server.simulate.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code hallqueue simulate --scenario FILE [--days N] [--seed N]}: one JSON object on standard output. */
record SimulateArgs(Path scenario, int days, long seed) {

    static SimulateArgs parse(String[] args) {
        Path scenario = null;
        int days = 1;
        long seed = 1;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + ": needs a value");
            }
            switch (option) {
                case "--scenario" -> scenario = Path.of(value);
                case "--days" -> days = (int) number(option, value, 1, 3650);
                case "--seed" -> seed = number(option, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (scenario == null) {
            throw new UsageException("simulate: --scenario FILE is required");
        }
        return new SimulateArgs(scenario, days, seed);
    }

    void run() {
        HallSimulation simulation = new HallSimulation(new ScenarioReader().read(scenario), seed);
        System.out.println(new String(Json.bytes(simulation.run(days)), StandardCharsets.UTF_8));
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": must be a whole number from " + min + " to " + max
                    + ", got \"" + value + "\"");
        }
    }
}
