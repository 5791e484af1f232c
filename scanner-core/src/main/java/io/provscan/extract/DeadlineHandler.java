package io.provscan.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse at its deadline by failing the next SAX event. Parsers that emit text as they go
 * stop within one event of the deadline; one that loops without emitting is left to the pipeline's
 * watchdog.
 */
final class DeadlineHandler extends ContentHandlerDecorator {
  private final Deadline deadline;

  DeadlineHandler(ContentHandler handler, Deadline deadline) {
    super(handler);
    this.deadline = deadline;
  }

  private void check() throws SAXException {
    if (deadline.expired()) {
      throw new SAXException("provscan: item time limit reached");
    }
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    check();
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    check();
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    check();
    super.ignorableWhitespace(ch, start, length);
  }
}
