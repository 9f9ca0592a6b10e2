package uk.gov.education.placements.gateway.client;

/** An answer and the version its ETag named (the School aggregate's sequence number). */
public record Versioned<T>(T value, long version) {
}
