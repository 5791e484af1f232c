package io.provscan.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;

/**
 * Field names and how each is analysed. Keyword fields match whole values without regard to case
 * ({@code license:mit} finds {@code MIT}); {@code text}, {@code title} and {@code meta} are full
 * text (Lucene's standard tokenizer: words, and one token per Han character, so Chinese phrases
 * match as sequences); {@code size} and {@code chars} are numbers for range queries.
 */
public final class IndexSchema {
  /** The default search field: the extracted text. */
  public static final String TEXT = "text";

  /** Full-text fields besides {@link #TEXT}. */
  public static final List<String> FULL_TEXT = List.of(TEXT, "title", "meta");

  /** Whole-value fields, matched without regard to case. */
  public static final List<String> KEYWORDS =
      List.of(
          "path",
          "parent",
          "url",
          "host",
          "sha256",
          "mediaType",
          "charset",
          "language",
          "status",
          "error",
          "container",
          "truncated",
          "duplicate",
          "license",
          "licenseCategory",
          "licenseBasis",
          "clause",
          "reserved",
          "signal",
          "agent",
          "pii",
          "sensitive",
          "verdict");

  /** Numeric fields, for ranges such as {@code size:[1000 TO 5000]}. */
  public static final List<String> NUMBERS = List.of("size", "chars");

  /** The item's {@link io.provscan.internal.ItemKey}, exact and not stored. */
  public static final String KEY = "key";

  /** Stored only: where to find the item again. */
  public static final String ROOT = "root";

  /** Keyword fields: one lower-cased token, stored as given, no positions. */
  static final FieldType KEYWORD = keywordType();

  private IndexSchema() {}

  /** The analyzer for indexing and for parsing queries. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    Analyzer keyword = lowercaseKeyword();
    for (String field : KEYWORDS) {
      perField.put(field, keyword);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  /** How the query parser reads numeric fields. */
  public static Map<String, PointsConfig> points() {
    Map<String, PointsConfig> points = new HashMap<>();
    for (String field : NUMBERS) {
      points.put(
          field,
          new PointsConfig(
              new java.text.DecimalFormat(
                  "0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)),
              Long.class));
    }
    return points;
  }

  private static Analyzer lowercaseKeyword() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(KeywordTokenizerFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType keywordType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
