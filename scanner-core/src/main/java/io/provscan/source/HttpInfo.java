package io.provscan.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP response that carried an item, as captured in a WARC file.
 *
 * @param status the HTTP status code
 * @param headers response headers in capture order, names as sent; credentials ({@code Set-Cookie},
 *     {@code Cookie}, {@code Authorization}) are dropped at the source
 */
public record HttpInfo(int status, Map<String, List<String>> headers) {
  /** Headers never kept: they carry credentials and session identifiers, not provenance. */
  static final Set<String> DROPPED =
      Set.of("set-cookie", "cookie", "authorization", "proxy-authorization");

  /** Most headers kept per response: {@value}. */
  static final int MAX_HEADERS = 100;

  /** Longest header value kept, in characters: {@value}. */
  static final int MAX_VALUE = 2000;

  /** Copies the headers so the record stays immutable, keeping their order. */
  public HttpInfo {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The response as captured, without credentials and within the size bounds above. */
  public static HttpInfo captured(int status, Map<String, List<String>> raw) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      if (kept.size() >= MAX_HEADERS || DROPPED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String v : e.getValue()) {
        values.add(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
      }
      kept.put(e.getKey(), List.copyOf(values));
    }
    return new HttpInfo(status, kept);
  }

  /** All values of a header, matching its name without regard to case. */
  public List<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }
}
