package com.hallqueue.server;

import com.hallqueue.server.http.Json;
import com.hallqueue.server.simulate.HallSimulation;
import com.hallqueue.server.simulate.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code hallqueue simulate --scenario FILE [--days N] [--seed N]}: one JSON object on standard output. */
record SimulateArgs(Path scenario, int days, long seed) {

    static SimulateArgs parse(String[] args) {
        Options given = Options.read(args, "--scenario", "--days", "--seed");
        Path scenario = given.path("--scenario");
        int days = (int) given.number("--days", 1, 1, 3650);
        long seed = given.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        if (scenario == null) {
            throw new UsageException("simulate: --scenario FILE is required");
        }
        return new SimulateArgs(scenario, days, seed);
    }

    void run() {
        HallSimulation simulation = new HallSimulation(new ScenarioReader().read(scenario), seed);
        System.out.println(new String(Json.bytes(simulation.run(days)), StandardCharsets.UTF_8));
    }
}
