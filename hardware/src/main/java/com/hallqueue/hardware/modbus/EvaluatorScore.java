package com.hallqueue.hardware.modbus;

/** A rating from the satisfaction pad (评价器) at {@code unit}: 1 非常不满意 … 5 非常满意. */
public record EvaluatorScore(int unit, int score, int seq) {

    public EvaluatorScore {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5: " + score);
        }
    }
}
