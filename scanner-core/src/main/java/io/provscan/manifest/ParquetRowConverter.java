package io.provscan.manifest;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Assembles of each Parquet row only what the scan reads: the strings of the text columns, the
 * first string of the URL and licence columns, and the other scalar columns as strings. Parquet's
 * example {@code Group} API would build an object per value of every column first; here a value
 * goes straight to its role, and a dictionary-encoded string is decoded once per dictionary entry.
 * Values arrive in the row's document order (a list's elements, a struct's fields in schema order),
 * which is the order the scan joins them in.
 */
final class ParquetRowConverter extends RecordMaterializer<ParquetRowConverter.Row> {
  /**
   * What one row gave.
   *
   * @param texts per text column, its strings in order
   * @param url the URL column's first string, or null
   * @param license the licence column's first string, or null
   * @param scalars per scalar column, its value as a string, or null
   */
  record Row(List<List<String>> texts, String[] url, String[] license, String[] scalars) {}

  private final Root root;

  /**
   * A converter for rows of {@code projection}.
   *
   * @param texts the top-level names of the text columns
   * @param url the URL column's field names (one or two), or null
   * @param license the licence column's field names, or null
   * @param scalars the top-level scalar columns kept as metadata
   */
  ParquetRowConverter(
      MessageType projection,
      List<String> texts,
      List<String> url,
      List<String> license,
      List<String> scalars) {
    this.root = new Root(projection, new Roles(texts, url, license, scalars));
  }

  @Override
  public Row getCurrentRecord() {
    return root.row;
  }

  @Override
  public GroupConverter getRootConverter() {
    return root;
  }

  /** The columns' roles, by field path. */
  private record Roles(
      List<String> texts, List<String> url, List<String> license, List<String> scalars) {
    Row empty() {
      List<List<String>> t = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        t.add(new ArrayList<>(1));
      }
      return new Row(t, new String[1], new String[1], new String[scalars.size()]);
    }

    /** The leaf at {@code path}: what it feeds. */
    Leaf leaf(List<String> path, PrimitiveType type) {
      boolean string = ParquetRecords.isString(type);
      int text = string && path.size() >= 1 ? texts.indexOf(path.get(0)) : -1;
      boolean isUrl = string && under(path, url);
      boolean isLicense = string && under(path, license);
      int scalar = path.size() == 1 ? scalars.indexOf(path.get(0)) : -1;
      return new Leaf(text, isUrl, isLicense, scalar, string);
    }

    private static boolean under(List<String> path, List<String> column) {
      return column != null
          && path.size() >= column.size()
          && path.subList(0, column.size()).equals(column);
    }
  }

  /** The root: starts a fresh row for each record. */
  private static final class Root extends GroupConverter {
    private final Roles roles;
    private final Converter[] fields;
    Row row;

    Root(MessageType schema, Roles roles) {
      this.roles = roles;
      this.fields = children(schema, List.of(), this);
    }

    @Override
    public Converter getConverter(int field) {
      return fields[field];
    }

    @Override
    public void start() {
      row = roles.empty();
    }

    @Override
    public void end() {}
  }

  private static Converter[] children(GroupType type, List<String> path, Root root) {
    Converter[] out = new Converter[type.getFieldCount()];
    for (int i = 0; i < out.length; i++) {
      Type t = type.getType(i);
      List<String> p = new ArrayList<>(path);
      p.add(t.getName());
      out[i] =
          t.isPrimitive()
              ? new LeafConverter(root.roles.leaf(p, t.asPrimitiveType()), root)
              : new Nested(t.asGroupType(), p, root);
    }
    return out;
  }

  /** A struct or list inside a row: its values go to the leaves. */
  private static final class Nested extends GroupConverter {
    private final Converter[] fields;

    Nested(GroupType type, List<String> path, Root root) {
      this.fields = children(type, path, root);
    }

    @Override
    public Converter getConverter(int field) {
      return fields[field];
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  }

  /**
   * What a leaf column feeds.
   *
   * @param text the text column it belongs to, or -1
   * @param url true when it is (inside) the URL column
   * @param license true when it is (inside) the licence column
   * @param scalar the scalar column it is, or -1
   * @param string true when its values are strings
   */
  private record Leaf(int text, boolean url, boolean license, int scalar, boolean string) {
    boolean feedsNothing() {
      return text < 0 && !url && !license && scalar < 0;
    }
  }

  /** A leaf column's values, as strings, handed to their roles. */
  private static final class LeafConverter extends PrimitiveConverter {
    private final Leaf leaf;
    private final Root root;
    private Dictionary dictionary;
    private String[] decoded;

    LeafConverter(Leaf leaf, Root root) {
      this.leaf = leaf;
      this.root = root;
    }

    @Override
    public boolean hasDictionarySupport() {
      return leaf.string() && !leaf.feedsNothing();
    }

    @Override
    public void setDictionary(Dictionary dictionary) {
      this.dictionary = dictionary;
      this.decoded = new String[dictionary.getMaxId() + 1];
    }

    @Override
    public void addValueFromDictionary(int id) {
      String s = decoded[id];
      if (s == null) {
        s = dictionary.decodeToBinary(id).toStringUsingUTF8();
        decoded[id] = s;
      }
      add(s);
    }

    @Override
    public void addBinary(Binary value) {
      if (!leaf.feedsNothing()) {
        add(value.toStringUsingUTF8());
      }
    }

    @Override
    public void addBoolean(boolean value) {
      scalar(String.valueOf(value));
    }

    @Override
    public void addDouble(double value) {
      scalar(String.valueOf(value));
    }

    @Override
    public void addFloat(float value) {
      scalar(String.valueOf(value));
    }

    @Override
    public void addInt(int value) {
      scalar(String.valueOf(value));
    }

    @Override
    public void addLong(long value) {
      scalar(String.valueOf(value));
    }

    private void add(String s) {
      Row row = root.row;
      if (leaf.text() >= 0) {
        row.texts().get(leaf.text()).add(s);
      }
      if (leaf.url() && row.url()[0] == null) {
        row.url()[0] = s;
      }
      if (leaf.license() && row.license()[0] == null) {
        row.license()[0] = s;
      }
      scalar(s);
    }

    private void scalar(String s) {
      if (leaf.scalar() >= 0 && root.row.scalars()[leaf.scalar()] == null) {
        root.row.scalars()[leaf.scalar()] = s;
      }
    }
  }
}
