package io.provscan.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration used for every file provscan writes and reads back. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  /**
   * Writes one object per line of a record file: fields whose value is null are left out, at every
   * depth, so a line of {@code items.jsonl} holds only what was found (the format documents which
   * fields may be absent; a reader treats absent as null).
   */
  private static final ObjectWriter COMPACT =
      MAPPER.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL).writer();

  private Json() {}

  /** The shared writer of compact lines: null fields left out. */
  public static ObjectWriter compact() {
    return COMPACT;
  }

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
