package com.hallqueue.server.forecast;

import java.util.SplittableRandom;

/**
 * Draws the times of one possible future from what the hall has learned: walk and handle
 * times, no-shows, the rest of a service already running, priority arrivals.
 */
final class TimeSampler {

    private final HallHistory history;
    private final SplittableRandom random;

    TimeSampler(HallHistory history, SplittableRandom random) {
        this.history = history;
        this.random = random;
    }

    /** Counter time for one ticket called after this wait: a no-show's wasted call, or walk and handle. */
    double ticket(String service, double waitedSeconds) {
        if (random.nextDouble() < history.noShowRate(waitedSeconds)) {
            return history.noShowCost();
        }
        return lognormal(history.walkMean(), 0.4) + lognormal(history.handleMean(service), history.handleCv(service));
    }

    /** The rest of a handle time that has run {@code elapsed} seconds: drawn beyond what has passed. */
    double restOfService(String service, double elapsed) {
        double mean = history.handleMean(service);
        double cv = history.handleCv(service);
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double mu = Math.log(mean) - sigma * sigma / 2;
        double passed = elapsed <= 0 ? 0 : Lognormal.phi((Math.log(elapsed) - mu) / sigma);
        double u = passed + (1 - passed) * random.nextDouble();
        double total = Math.exp(mu + sigma * Lognormal.inversePhi(Math.min(u, 1 - 1e-12)));
        return Math.max(total - elapsed, 1);
    }

    /** The rest of a call still unanswered after {@code elapsed} seconds. */
    double restOfCall(String service, double waitedSeconds, double elapsed) {
        for (int tries = 0; tries < 8; tries++) {
            double t = ticket(service, waitedSeconds);
            if (t > elapsed) {
                return t - elapsed;
            }
        }
        return lognormal(history.handleMean(service), history.handleCv(service));
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private double lognormal(double mean, double cv) {
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double mu = Math.log(mean) - sigma * sigma / 2;
        return Math.exp(mu + sigma * Lognormal.inversePhi(random.nextDouble()));
    }
}
