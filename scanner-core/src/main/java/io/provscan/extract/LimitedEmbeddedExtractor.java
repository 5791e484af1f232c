package io.provscan.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, OLE objects, images in a DOCX) into the parent's text, up
 * to a depth and a count; past them, embedded documents are skipped and the item gets a warning.
 * One instance per parse: it counts.
 */
final class LimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {
  private final ParsingEmbeddedDocumentExtractor delegate;
  private final ExtractionLimits limits;
  private final Deadline deadline;
  private int depth;
  private int count;
  private boolean limitReached;

  LimitedEmbeddedExtractor(ParseContext context, ExtractionLimits limits, Deadline deadline) {
    this.delegate = new ParsingEmbeddedDocumentExtractor(context);
    this.limits = limits;
    this.deadline = deadline;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (depth >= limits.maxEmbeddedDepth() || count >= limits.maxEmbeddedCount()) {
      limitReached = true;
      return false;
    }
    return !deadline.expired() && delegate.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    count++;
    depth++;
    try {
      delegate.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
  }

  /** A warning when embedded documents were skipped, else null. */
  String warning() {
    return limitReached
        ? "embedded documents past depth "
            + limits.maxEmbeddedDepth()
            + " or count "
            + limits.maxEmbeddedCount()
            + " were not parsed"
        : null;
  }
}
