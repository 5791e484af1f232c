package io.provscan.extract;

import io.provscan.source.Item;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.utils.ParserUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The fast path for the HTML pages of a crawl. A WARC {@code response} whose HTTP Content-Type says
 * HTML and whose body opens as Tika's magic reads HTML goes straight to the HTML parser Tika would
 * pick ({@link JSoupParser}, with its encoding detectors), skipping type detection and the walk
 * over every parser of the composite: on a crawl they cost about a fifth of a page's extraction and
 * always end at the same parser. The wrappers the {@link AutoDetectParser} puts round a parse are
 * kept: the zip-bomb guard ({@link SecureContentHandler}), the composite's exception wrapping and
 * embedded-document bookkeeping, and the {@code X-TIKA:Parsed-By} metadata, so text, metadata and
 * failures are those of the full path. Anything not clearly HTML (an XHTML namespace, a body that
 * opens otherwise, bytes a binary format's magic could claim) takes the full path.
 */
final class HtmlCapture implements Parser {
  /** The type Tika's detector gives a page this class accepts. */
  static final MediaType TYPE = MediaType.TEXT_HTML;

  /** Bytes of the body examined, as far as the detector's widest magic reaches: {@value}. */
  static final int HEAD_BYTES = 8192 + 64;

  /** The doctypes Tika's HTML magic matches in the first 64 bytes (case as written there). */
  private static final List<String> DOCTYPES =
      List.of("<!DOCTYPE HTML", "<!DOCTYPE html", "<!doctype HTML", "<!doctype html");

  /** Opening tags Tika's HTML magic matches near the start. */
  private static final List<String> OPENINGS = List.of("<html", "<HTML");

  /** Furthest into the body the opening may sit, past a BOM and white space: {@value} bytes. */
  static final int MAX_OPENING_OFFSET = 32;

  /** XHTML's magic, which ties with HTML's and so is left to the detector. */
  private static final String XHTML_MAGIC = "<html xmlns=";

  private static final Set<String> DECLARED = Set.of("text/html", "application/xhtml+xml");

  private final CompositeParser html;
  private final List<String> outerParsers;
  private final AutoDetectParserConfig config;

  private HtmlCapture(
      CompositeParser html, List<String> outerParsers, AutoDetectParserConfig config) {
    this.html = html;
    this.outerParsers = List.copyOf(outerParsers);
    this.config = config;
  }

  /**
   * The fast path over {@code parser}'s own HTML parser, or empty when its configuration does not
   * end at a {@link JSoupParser} for {@code text/html} (then every page takes the full path).
   */
  static Optional<HtmlCapture> of(AutoDetectParser parser) {
    ParseContext context = new ParseContext();
    List<String> outer = new ArrayList<>();
    Parser at = parser;
    while (at instanceof CompositeParser composite) {
      Parser next = composite.getParsers(context).get(TYPE);
      if (next == null) {
        return Optional.empty();
      }
      if (at != parser) {
        outer.add(ParserUtils.getParserClassname(at));
      }
      at = next;
    }
    if (!(at instanceof JSoupParser)) {
      return Optional.empty();
    }
    CompositeParser html = new CompositeParser(parser.getMediaTypeRegistry(), at);
    return Optional.of(new HtmlCapture(html, outer, parser.getAutoDetectParserConfig()));
  }

  /**
   * True when {@code item} is a crawled page this path reads as the full path would: a WARC record,
   * HTTP Content-Type HTML or XHTML, and a body that opens with an HTML doctype or tag.
   */
  static boolean claims(Item item, TikaInputStream body) throws IOException {
    if (item.warc() == null || item.http() == null || !declaresHtml(item)) {
      return false;
    }
    byte[] head = new byte[HEAD_BYTES];
    int n = Math.max(0, body.peek(head));
    return opensAsHtml(head, n) && nothingElseMatches(head, n);
  }

  private static boolean declaresHtml(Item item) {
    List<String> declared = item.http().header("Content-Type");
    if (declared.isEmpty()) {
      return false;
    }
    MediaType type = MediaType.parse(declared.get(0).trim().toLowerCase(Locale.ROOT));
    return type != null && DECLARED.contains(type.getBaseType().toString());
  }

  /** A UTF-8 BOM and white space, then a doctype or html tag as Tika's magic spells it. */
  static boolean opensAsHtml(byte[] head, int n) {
    int at =
        n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
            ? 3
            : 0;
    while (at < n && isSpace(head[at])) {
      at++;
    }
    if (at > MAX_OPENING_OFFSET) {
      return false;
    }
    return startsWithAny(head, n, at, DOCTYPES) || startsWithAny(head, n, at, OPENINGS);
  }

  /**
   * No byte another type's magic could claim within the detector's reach: no NUL or 0xFF (UTF-16
   * and binary audio magic), no XHTML root, and no line opening like a header or robots rule
   * ({@code Name:}) or a {@code %} directive (mail, HTTP, robots.txt, EndNote, Illustrator magic).
   */
  static boolean nothingElseMatches(byte[] head, int n) {
    for (int i = 0; i < n; i++) {
      byte b = head[i];
      if (b == 0 || b == (byte) 0xFF) {
        return false;
      }
      if ((b == '\n' || b == '\r') && opensLikeField(head, n, i + 1)) {
        return false;
      }
      if (b == '<' && matches(head, n, i, XHTML_MAGIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensLikeField(byte[] head, int n, int at) {
    if (at < n && head[at] == '%') {
      return true;
    }
    int i = at;
    while (i < n
        && (isAsciiLetter(head[i]) || head[i] == '-' || head[i] >= '0' && head[i] <= '9')) {
      i++;
    }
    return i > at && i < n && head[i] == ':' && isAsciiLetter(head[at]);
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  /**
   * Parses a claimed page as {@link AutoDetectParser} would once it had detected {@link #TYPE}: the
   * same metadata set first, the same zip-bomb guard round the handler, the same parser.
   */
  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    TikaInputStream tis = TikaInputStream.get(stream);
    metadata.set(Metadata.CONTENT_TYPE, TYPE.toString());
    SecureContentHandler secure = secure(handler, tis);
    for (String parser : outerParsers) {
      ParserUtils.recordParserDetails(parser, metadata);
    }
    try {
      html.parse(tis, secure, metadata, context);
    } catch (SAXException e) {
      secure.throwIfCauseOf(e);
      throw e;
    } finally {
      parsedByFullSet(metadata);
    }
  }

  /** The guard {@code AutoDetectParser} puts round a handler, with the same settings. */
  private SecureContentHandler secure(ContentHandler handler, TikaInputStream tis) {
    SecureContentHandler secure = new SecureContentHandler(handler, tis);
    if (config.getOutputThreshold() != null) {
      secure.setOutputThreshold(config.getOutputThreshold());
    }
    if (config.getMaximumCompressionRatio() != null) {
      secure.setMaximumCompressionRatio(config.getMaximumCompressionRatio());
    }
    if (config.getMaximumDepth() != null) {
      secure.setMaximumDepth(config.getMaximumDepth());
    }
    if (config.getMaximumPackageEntryDepth() != null) {
      secure.setMaximumPackageEntryDepth(config.getMaximumPackageEntryDepth());
    }
    return secure;
  }

  /** The full path's set names the composites it went through before the HTML parser. */
  private void parsedByFullSet(Metadata metadata) {
    Set<String> all = new LinkedHashSet<>(outerParsers);
    String[] inner = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET);
    all.addAll(List.of(inner));
    metadata.set(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET, all.toArray(String[]::new));
  }

  private static boolean startsWithAny(byte[] head, int n, int at, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (matches(head, n, at, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] head, int n, int at, String ascii) {
    if (at + ascii.length() > n) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (head[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }

  private static boolean isAsciiLetter(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }
}
