package io.provscan.source;

/**
 * Where a record sits in its WARC file, enough to find it again.
 *
 * @param recordId the {@code WARC-Record-ID}
 * @param type the {@code WARC-Type} ({@code response} or {@code resource})
 * @param date the {@code WARC-Date}, ISO-8601
 * @param offset the byte offset of the record in the (possibly compressed) file
 */
public record WarcInfo(String recordId, String type, String date, long offset) {}
