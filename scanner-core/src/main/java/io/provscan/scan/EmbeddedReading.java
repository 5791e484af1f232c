package io.provscan.scan;

import io.provscan.extract.Deadline;
import io.provscan.extract.Extracted;
import io.provscan.extract.Extractor;
import io.provscan.media.EmbeddedRights;
import io.provscan.modelfile.ModelHeaders;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extraction plus what a file says about itself that Tika does not expose: the rights embedded in
 * media files ({@link EmbeddedRights}, off with {@code --no-media-metadata}), the header of a GGUF
 * or safetensors file and the lineage hints of a model's {@code config.json} ({@link
 * ModelHeaders}). Their entries join the item's metadata, where the detectors read them. A weights
 * file larger than {@code --max-item-size} is hashed by the extractor (the one full read of its
 * bytes) and its header is still read: for a model file the header is what there is to extract.
 */
final class EmbeddedReading implements Extractor {
  /** Media types whose files are walked for embedded rights. */
  static final Set<String> MEDIA =
      Set.of(
          "image/jpeg",
          "image/png",
          "image/webp",
          "image/tiff",
          "image/gif",
          "image/heif",
          "image/heic",
          "image/avif",
          "video/mp4",
          "video/quicktime",
          "application/mp4",
          "application/pdf");

  /** Largest member of an archive copied into memory to read its embedded rights: {@value}. */
  static final int MAX_IN_MEMORY = 64 << 20;

  private final Extractor extractor;
  private final boolean media;

  EmbeddedReading(Extractor extractor, boolean media) {
    this.extractor = extractor;
    this.media = media;
  }

  @Override
  public Extracted extract(Item item, Deadline deadline) {
    Extracted ex = extractor.extract(item, deadline);
    if (item.row() != null || item.content() == null || ex.sha256() == null) {
      return ex;
    }
    try {
      return withEntries(ex, entries(item, ex));
    } catch (IOException e) {
      List<String> warnings = new ArrayList<>(ex.warnings());
      warnings.add("embedded metadata not read: " + e.getMessage());
      return ex.with(ex.text(), ex.metadata(), warnings, ex.error());
    }
  }

  private Map<String, List<String>> entries(Item item, Extracted ex) throws IOException {
    ItemContent content = item.content();
    String name = item.name();
    byte[] head;
    try (InputStream in = content.open()) {
      head = in.readNBytes(1024);
    }
    String model = ModelHeaders.format(name, head);
    if (model != null) {
      try (InputStream in = content.open()) {
        return ModelHeaders.read(in, model);
      }
    }
    if (ModelHeaders.isConfig(name) && content.size() <= ModelHeaders.MAX_CONFIG_BYTES) {
      try (InputStream in = content.open()) {
        return ModelHeaders.hints(in.readNBytes(ModelHeaders.MAX_CONFIG_BYTES));
      }
    }
    if (!media || !isMedia(ex.mediaType()) && !name.endsWith(".c2pa")) {
      return Map.of();
    }
    // a file Tika could not parse is still walked (its own walk is bounded); one too large is
    // not, but its sidecars are read, as they are for media whose own format is read nowhere here
    boolean tooLarge = ex.error() != null && ex.error().kind() == ErrorKind.TOO_LARGE;
    boolean walked = !tooLarge && (MEDIA.contains(ex.mediaType()) || name.endsWith(".c2pa"));
    if (content.file().isPresent()) {
      Path file = content.file().get();
      return walked ? EmbeddedRights.ofFile(file) : EmbeddedRights.ofSidecars(file);
    }
    if (!walked || content.size() > MAX_IN_MEMORY) {
      return Map.of(); // a member of an archive has no sidecars
    }
    try (InputStream in = content.open()) {
      return EmbeddedRights.ofBytes(in.readNBytes(MAX_IN_MEMORY));
    }
  }

  /** Images, audio, video, and the types whose own bytes are walked ({@link #MEDIA}). */
  static boolean isMedia(String type) {
    return type != null
        && (MEDIA.contains(type)
            || type.startsWith("image/")
            || type.startsWith("video/")
            || type.startsWith("audio/"));
  }

  /**
   * The extraction with {@code extra} merged into its metadata; a model file's size limit lifted.
   */
  private static Extracted withEntries(Extracted ex, Map<String, List<String>> extra) {
    if (extra.isEmpty()) {
      return ex;
    }
    Map<String, List<String>> metadata = new LinkedHashMap<>(ex.metadata());
    extra.forEach(
        (k, v) ->
            metadata.merge(
                k,
                v,
                (a, b) -> {
                  List<String> all = new ArrayList<>(a);
                  b.stream().filter(x -> !all.contains(x)).forEach(all::add);
                  return all;
                }));
    boolean header = extra.keySet().stream().anyMatch(ModelHeaders::isHeaderEntry);
    if (header && ex.error() != null && ex.error().kind() == ErrorKind.TOO_LARGE) {
      List<String> warnings = new ArrayList<>(ex.warnings());
      warnings.add("larger than --max-item-size: hashed, header read, tensor data not parsed");
      return ex.with(ex.text(), metadata, warnings, null);
    }
    return ex.with(ex.text(), metadata, ex.warnings(), ex.error());
  }
}
