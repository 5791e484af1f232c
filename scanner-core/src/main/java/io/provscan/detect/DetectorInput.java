package io.provscan.detect;

import io.provscan.extract.Extracted;
import io.provscan.source.HttpInfo;
import io.provscan.source.Item;
import java.util.List;
import java.util.Map;

/**
 * What a detector sees of one item: its text and metadata, and where it came from by name only.
 *
 * @param path the item's path in the report (for name-based hints such as {@code LICENSE})
 * @param url the URL it was captured from, or null
 * @param http the HTTP response that carried it, or null
 * @param mediaType detected media type
 * @param language main language code, or null
 * @param text extracted text (bounded)
 * @param metadata Tika metadata (bounded)
 */
public record DetectorInput(
    String path,
    String url,
    HttpInfo http,
    String mediaType,
    String language,
    String text,
    Map<String, List<String>> metadata) {

  /**
   * What detectors see of an extracted item: its name, URL and HTTP response from the source, its
   * text and metadata from the extraction. The one way the scan and the commands that explain a
   * single item build an input, so they judge alike.
   */
  public static DetectorInput of(Item item, Extracted extracted) {
    return new DetectorInput(
        item.path(),
        item.url(),
        item.http(),
        extracted.mediaType(),
        extracted.language(),
        extracted.text(),
        extracted.metadata());
  }

  /** An input of text alone, for tests and library use. */
  public static DetectorInput ofText(String path, String text) {
    return new DetectorInput(path, null, null, "text/plain", null, text, Map.of());
  }

  /** The file name: the last segment of the path. */
  public String name() {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(cut + 1);
  }

  /** All values of a metadata name, or an empty list. */
  public List<String> meta(String name) {
    return metadata.getOrDefault(name, List.of());
  }
}
