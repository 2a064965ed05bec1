package com.hallqueue.server.simulate;

import java.util.Map;
import java.util.SplittableRandom;

/** The simulation's one source of randomness, seeded, so a run can be repeated exactly. */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean happens(double probability) {
        return random.nextDouble() < probability;
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A lognormal draw with the given mean and coefficient of variation. */
    double lognormal(double mean, double cv) {
        if (cv <= 0) {
            return mean;
        }
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * gaussian());
    }

    <K> K pick(Map<K, Double> shares) {
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = random.nextDouble() * total;
        K last = null;
        for (Map.Entry<K, Double> e : shares.entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
