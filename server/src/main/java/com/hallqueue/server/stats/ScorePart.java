package com.hallqueue.server.stats;

/**
 * One part of an efficiency score, so staff can see why: its weight in the rubric, the
 * measured share (0 to 1; null when there was nothing to measure, and the part then leaves
 * the score), the points it earned ({@code weight × measure}) and how it was measured.
 */
public record ScorePart(String part, String name, int weight, Double measure, Double points, String how) {
}
