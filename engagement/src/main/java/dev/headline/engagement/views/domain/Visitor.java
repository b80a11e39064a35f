package dev.headline.engagement.views.domain;

/**
 * A reader as the counters know them: the first 128 bits of a keyed hash of their address and
 * User-Agent. Not reversible, and meaningless once its day's key is forgotten.
 */
public record Visitor(long high, long low) {}
