package io.provscan.extract;

import io.provscan.internal.Hashing;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemContent;
import io.provscan.source.ItemError;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * The {@link Extractor} over Apache Tika's {@link AutoDetectParser}, configured from the bundled
 * {@code tika-config.xml} (OCR off) with explicit limits. Thread-safe: the parser is shared, every
 * parse gets its own handler, context and embedded-document counter. A crawled page that is clearly
 * HTML skips detection and goes straight to Tika's HTML parser ({@link HtmlCapture}).
 */
public final class TikaExtractor implements Extractor {
  /** Bytes examined to tell binary data from text: {@value}. */
  static final int HEAD_BYTES = 8192;

  /** Most metadata names kept per item: {@value}. */
  static final int MAX_METADATA_NAMES = 200;

  private final ExtractionLimits limits;
  private final LanguageGuesser languages = new LanguageGuesser();
  private final AtomicBoolean modelLoading = new AtomicBoolean();
  private final Supplier<AutoDetectParser> source;
  private volatile Parsers parsers;

  /** The parser, its detector and the HTML fast path, made together on first use. */
  private record Parsers(AutoDetectParser parser, Detector detector, HtmlCapture html) {
    static Parsers of(AutoDetectParser parser) {
      return new Parsers(parser, parser.getDetector(), HtmlCapture.of(parser).orElse(null));
    }
  }

  /**
   * An extractor with the bundled Tika configuration. Tika's parsers are made when the first file
   * is extracted (about a tenth of a second of CPU and hundreds of classes): a scan of record
   * shards whose rows are text never needs them.
   */
  public TikaExtractor(ExtractionLimits limits) {
    this.limits = limits;
    this.source = () -> bundledParser(limits);
  }

  /** An extractor over a given parser (tests use hostile parsers). */
  public TikaExtractor(ExtractionLimits limits, AutoDetectParser parser) {
    this.limits = limits;
    this.source = () -> parser;
    this.parsers = Parsers.of(parser);
  }

  private Parsers parsers() {
    Parsers p = parsers;
    if (p == null) {
      synchronized (this) {
        if (parsers == null) {
          parsers = Parsers.of(source.get());
        }
        p = parsers;
      }
    }
    return p;
  }

  static AutoDetectParser bundledParser(ExtractionLimits limits) {
    try (InputStream xml = TikaExtractor.class.getResourceAsStream("tika-config.xml")) {
      AutoDetectParser parser = new AutoDetectParser(new TikaConfig(xml));
      AutoDetectParserConfig config = new AutoDetectParserConfig();
      config.setOutputThreshold(ExtractionLimits.BOMB_GRACE_CHARS);
      config.setMaximumCompressionRatio(limits.maxCompressionRatio());
      config.setMaximumPackageEntryDepth(limits.maxEmbeddedDepth());
      config.setThrowOnZeroBytes(false);
      parser.setAutoDetectParserConfig(config);
      return parser;
    } catch (IOException | TikaException | SAXException e) {
      throw new IllegalStateException("the bundled tika-config.xml does not load", e);
    }
  }

  @Override
  public Extracted extract(Item item, Deadline deadline) {
    if (!modelLoading.get() && modelLoading.compareAndSet(false, true)) {
      // Loaded beside the first extraction, not before: a rescan that reuses every item never
      // loads it (about 1.5 s of CPU).
      LanguageGuesser.preload();
    }
    if (item.row() != null) {
      return RecordText.extract(item, limits, languages);
    }
    ItemContent content = item.content();
    String sha;
    long size = content.size();
    try {
      sha = content.knownSha256().orElse(null);
      if (sha == null) {
        try (InputStream in = content.open()) {
          Hashing.Digest digest = Hashing.digest(in);
          sha = digest.sha256();
          size = digest.size();
        }
      }
    } catch (IOException e) {
      return Extracted.failed(null, size, null, unreadable(e));
    }
    if (size > limits.maxItemSize()) {
      String why = "larger than --max-item-size; hashed, not extracted";
      return Extracted.failed(sha, size, null, ItemError.of(ErrorKind.TOO_LARGE, why));
    }
    Metadata metadata = new Metadata();
    try (TikaInputStream tis = open(content, metadata)) {
      hints(item, metadata, size);
      HtmlCapture html = parsers().html();
      if (html != null && size > 0 && HtmlCapture.claims(item, tis)) {
        return parse(tis, metadata, sha, size, deadline, HtmlCapture.TYPE, html);
      }
      return parse(tis, metadata, sha, size, deadline);
    } catch (IOException e) {
      return Extracted.failed(sha, size, null, unreadable(e));
    }
  }

  private static TikaInputStream open(ItemContent content, Metadata metadata) throws IOException {
    if (content.file().isPresent()) {
      return TikaInputStream.get(content.file().get(), metadata);
    }
    return TikaInputStream.get(
        content.open(), new org.apache.tika.io.TemporaryResources(), metadata);
  }

  /** File name and declared type: Tika's detector weighs them against the magic bytes. */
  private static void hints(Item item, Metadata metadata, long size) {
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, NameHint.of(item));
    metadata.set(Metadata.CONTENT_LENGTH, Long.toString(size));
    if (item.http() != null) {
      List<String> declared = item.http().header("Content-Type");
      if (!declared.isEmpty()) {
        metadata.set(TikaCoreProperties.CONTENT_TYPE_HINT, declared.get(0));
      }
    }
  }

  private Extracted parse(
      TikaInputStream tis, Metadata metadata, String sha, long size, Deadline deadline)
      throws IOException {
    MediaType detected = parsers().detector().detect(tis, metadata);
    List<String> warnings = new ArrayList<>();
    if (size == 0) {
      return done(sha, size, detected, metadata, "", false, warnings, null);
    }
    if (isPlainText(detected) && looksBinary(tis)) {
      warnings.add("binary content under a text name; not decoded");
      detected = MediaType.OCTET_STREAM;
      return done(sha, size, detected, metadata, "", false, warnings, null);
    }
    return parse(tis, metadata, sha, size, deadline, detected, parsers().parser());
  }

  /** Parses with {@code via}: the auto-detecting parser, or the fast path for crawled HTML. */
  private Extracted parse(
      TikaInputStream tis,
      Metadata metadata,
      String sha,
      long size,
      Deadline deadline,
      MediaType detected,
      Parser via) {
    List<String> warnings = new ArrayList<>();
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, detected.toString());
    StringWriter text = new StringWriter();
    ParseContext context = new ParseContext();
    LimitedEmbeddedExtractor embedded = new LimitedEmbeddedExtractor(context, limits, deadline);
    context.set(Parser.class, parsers().parser());
    context.set(EmbeddedDocumentExtractor.class, embedded);
    context.set(PDFParserConfig.class, pdfConfig());
    boolean truncated = false;
    ItemError error = null;
    try {
      WriteOutContentHandler limited = new WriteOutContentHandler(text, limits.maxChars());
      via.parse(
          tis, new DeadlineHandler(new BodyContentHandler(limited), deadline), metadata, context);
    } catch (Throwable t) { // a parser may throw anything; one item must not stop the scan
      if (WriteLimitReachedException.isWriteLimitReached(t)) {
        truncated = true;
      } else {
        error = Failures.classify(t, deadline);
        Failures.rethrowIfFatal(t);
      }
    }
    if (embedded.warning() != null) {
      warnings.add(embedded.warning());
    }
    return done(sha, size, detected, metadata, text.toString(), truncated, warnings, error);
  }

  private Extracted done(
      String sha,
      long size,
      MediaType detected,
      Metadata metadata,
      String text,
      boolean truncated,
      List<String> warnings,
      ItemError error) {
    MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    if (type == null || error != null && type.equals(MediaType.OCTET_STREAM)) {
      type = detected;
    }
    String charset = metadata.get(Metadata.CONTENT_ENCODING);
    if (charset == null) {
      charset = type.getParameters().get("charset");
    }
    String language = text.isEmpty() ? null : languages.guess(text);
    return new Extracted(
        sha,
        size,
        type.getBaseType().toString(),
        charset,
        language,
        text,
        truncated,
        toMap(metadata),
        warnings,
        error);
  }

  private static PDFParserConfig pdfConfig() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    return pdf;
  }

  private static boolean isPlainText(MediaType type) {
    return type.getBaseType().equals(MediaType.TEXT_PLAIN);
  }

  private static boolean looksBinary(TikaInputStream tis) throws IOException {
    byte[] head = new byte[HEAD_BYTES];
    int n = tis.peek(head);
    return BinarySniff.looksBinary(head, Math.max(0, n));
  }

  private static Map<String, List<String>> toMap(Metadata metadata) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    String[] names = metadata.names();
    Arrays.sort(names);
    for (String name : names) {
      map.put(name, Arrays.asList(metadata.getValues(name)));
    }
    return ProvenanceMetadata.bounded(map, MAX_METADATA_NAMES);
  }

  private static ItemError unreadable(IOException e) {
    return ItemError.of(ErrorKind.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
