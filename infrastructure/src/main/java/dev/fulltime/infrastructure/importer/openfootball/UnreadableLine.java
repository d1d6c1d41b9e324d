package dev.fulltime.infrastructure.importer.openfootball;

/** A line of a Football.TXT file the parser could not read, numbered from 1 and given as it stands in the file. */
public record UnreadableLine(int lineNumber, String text) {
}
