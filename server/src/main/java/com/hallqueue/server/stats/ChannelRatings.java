package com.hallqueue.server.stats;

/** The ratings of a report row that came by one channel, and the share of them that were not 差评 (3 to 5). */
public record ChannelRatings(int ratings, double satisfaction) {
}
