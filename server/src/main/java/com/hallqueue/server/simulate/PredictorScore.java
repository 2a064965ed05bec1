package com.hallqueue.server.simulate;

/** How one forecast did over the called tickets: mean absolute error, share within ±5 minutes, bias. */
final class PredictorScore {

    private long n;
    private double absolute;
    private double signed;
    private long within5;
    private long banded;
    private long inBand;

    void add(double predictedSeconds, double actualSeconds) {
        double error = predictedSeconds - actualSeconds;
        n++;
        absolute += Math.abs(error);
        signed += error;
        within5 += Math.abs(error) <= 300 ? 1 : 0;
    }

    /** Also scores the range told beside the forecast: did the real wait fall inside it? */
    void add(double predictedSeconds, double actualSeconds, double lowSeconds, double highSeconds) {
        add(predictedSeconds, actualSeconds);
        banded++;
        inBand += actualSeconds >= lowSeconds - 0.5 && actualSeconds <= highSeconds + 0.5 ? 1 : 0;
    }

    double mae() {
        return n == 0 ? 0 : absolute / n;
    }

    Result result() {
        return new Result(round(mae()), n == 0 ? 0 : round3((double) within5 / n), round(n == 0 ? 0 : signed / n),
                banded == 0 ? null : round3((double) inBand / banded));
    }

    /**
     * As printed: seconds, share, seconds; bias is forecast minus actual. {@code bandCoverage},
     * only for a forecast that tells a range, is the share of real waits inside it.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Result(double maeSeconds, double within5Minutes, double biasSeconds, Double bandCoverage) {
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
