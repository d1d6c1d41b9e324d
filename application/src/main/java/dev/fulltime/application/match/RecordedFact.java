package dev.fulltime.application.match;

/**
 * Where a fact stands in its stream and the stream's version once it was appended (every command appends one fact, so
 * both are the same); a repeated fact answers as it did the first time.
 */
public record RecordedFact(String eventId, long sequence, long version) {
}
