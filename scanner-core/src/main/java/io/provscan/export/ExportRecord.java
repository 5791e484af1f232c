package io.provscan.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One record of the exported set: the de-identified text and where it came from. The fields, in
 * this order, are the columns of every shard format and the fields of the manifest's record set.
 *
 * @param text the text, personal data replaced per type
 * @param source the data source's id in the scan
 * @param path the item's path under its scan root ({@code !/} into archives, {@code #n} records)
 * @param url the URL it was captured from (personal data in it replaced too), or null
 * @param sha256 SHA-256 of the item's bytes, as the scan recorded and the export checked
 * @param license the licences as an SPDX expression, or null when none is known
 * @param licenseCategory the most restrictive category of those licences, or null
 * @param optOut {@code reserved} when the publisher reserved AI training or TDM, else {@code none}
 * @param verdict the policy's verdict ({@code allow}, or {@code review} when included)
 * @param language the main language of the text, or null
 * @param pii where each replaced value now sits, with its type and operator
 */
record ExportRecord(
    String text,
    String source,
    String path,
    String url,
    String sha256,
    String license,
    String licenseCategory,
    String optOut,
    String verdict,
    String language,
    List<Deidentifier.Span> pii) {

  /** The field names, in order. */
  static final List<String> FIELDS =
      List.of(
          "text",
          "source",
          "path",
          "url",
          "sha256",
          "license",
          "licenseCategory",
          "optOut",
          "verdict",
          "language",
          "pii");

  private static final JsonFactory JSON = new JsonFactory();

  /** The record as one line of JSON with its newline, UTF-8. */
  byte[] jsonLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 512);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeStringField("text", text);
      g.writeStringField("source", source);
      g.writeStringField("path", path);
      g.writeStringField("url", url);
      g.writeStringField("sha256", sha256);
      g.writeStringField("license", license);
      g.writeStringField("licenseCategory", licenseCategory);
      g.writeStringField("optOut", optOut);
      g.writeStringField("verdict", verdict);
      g.writeStringField("language", language);
      g.writeFieldName("pii");
      writeSpans(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** The spans as a JSON array (also the Parquet column's value). */
  String piiJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      writeSpans(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private void writeSpans(JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Deidentifier.Span s : pii) {
      g.writeStartObject();
      g.writeStringField("type", s.type());
      g.writeStringField("operator", s.operator().id());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
