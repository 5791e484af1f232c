package io.provscan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable document in one language, as blocks, so that one text renders both as a section of
 * {@code report.html} and as a Markdown file. Strings are plain text: each renderer escapes them.
 *
 * @param title the document's title
 * @param blocks its content, in order
 */
public record Doc(String title, List<Block> blocks) {
  /** Copies the blocks. */
  public Doc {
    blocks = List.copyOf(blocks);
  }

  /** One block of a document. */
  public sealed interface Block permits Heading, Para, Bullets, Table, Blank {}

  /** A heading, level 2 or 3. */
  public record Heading(int level, String text) implements Block {}

  /** A paragraph. */
  public record Para(String text) implements Block {}

  /** A list. */
  public record Bullets(List<String> items) implements Block {
    /** Copies the items. */
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** A table. */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {
    /** Copies the rows. */
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A fact the scan cannot know, left for the provider to fill in: rendered as a marked blank.
   *
   * @param marker the marker text ("to be completed by the provider")
   * @param field what is to be filled in
   */
  public record Blank(String marker, String field) implements Block {}

  /** Builds a document. */
  public static final class Builder {
    private final Messages m;
    private final List<Block> blocks = new ArrayList<>();

    /** A builder writing in the language of {@code m}. */
    public Builder(Messages m) {
      this.m = m;
    }

    /** A level-2 heading from a message key. */
    public Builder h2(String key) {
      blocks.add(new Heading(2, m.get(key)));
      return this;
    }

    /** A level-3 heading from a message key. */
    public Builder h3(String key) {
      blocks.add(new Heading(3, m.get(key)));
      return this;
    }

    /** A paragraph from a message pattern. */
    public Builder para(String key, Object... args) {
      blocks.add(new Para(m.format(key, args)));
      return this;
    }

    /** A list. */
    public Builder bullets(List<String> items) {
      blocks.add(new Bullets(items));
      return this;
    }

    /** A table with headers from message keys; an empty table becomes the word "none". */
    public Builder table(List<String> headerKeys, List<List<String>> rows) {
      if (rows.isEmpty()) {
        blocks.add(new Para(m.get("table.none")));
        return this;
      }
      blocks.add(new Table(headerKeys.stream().map(m::get).toList(), rows));
      return this;
    }

    /** A marked blank for the provider, its field named by a message key. */
    public Builder blank(String fieldKey) {
      blocks.add(new Blank(m.get("doc.blank"), m.get(fieldKey)));
      return this;
    }

    /** The document. */
    public Doc build(String titleKey) {
      return new Doc(m.get(titleKey), blocks);
    }
  }
}
