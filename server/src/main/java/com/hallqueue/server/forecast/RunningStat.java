package com.hallqueue.server.forecast;

/**
 * A mean and variance that follow recent observations: it starts from a prior worth
 * {@code priorWeight} observations and then weighs the last {@code window} or so most.
 */
final class RunningStat {

    private final double priorWeight;
    private final double window;
    private double mean;
    private double meanSquare;
    private long count;

    RunningStat(double prior, double priorCv, double priorWeight, double window) {
        this.priorWeight = priorWeight;
        this.window = window;
        this.mean = prior;
        this.meanSquare = prior * prior * (1 + priorCv * priorCv);
    }

    void add(double x) {
        count++;
        double alpha = Math.max(1.0 / (count + priorWeight), 1.0 / window);
        mean += alpha * (x - mean);
        meanSquare += alpha * (x * x - meanSquare);
    }

    double mean() {
        return mean;
    }

    double cv() {
        double variance = Math.max(0, meanSquare - mean * mean);
        return mean <= 0 ? 0 : Math.sqrt(variance) / mean;
    }

    long count() {
        return count;
    }
}
