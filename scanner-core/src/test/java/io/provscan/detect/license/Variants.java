package io.provscan.detect.license;

/** Reformattings that must not change what a licence text is. */
final class Variants {
  private Variants() {}

  /** Every paragraph re-flowed to lines of about {@code width} characters. */
  static String rewrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      int col = 0;
      for (String word : paragraph.trim().split("\\s+")) {
        if (col > 0 && col + word.length() > width) {
          out.append('\n');
          col = 0;
        } else if (col > 0) {
          out.append(' ');
          col++;
        }
        out.append(word);
        col += word.length();
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  /** The first line a heading, paragraphs as Markdown with some bold and escaped dots. */
  static String markdown(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder("# ").append(lines[0].strip()).append("\n\n");
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i];
      if (l.matches("\\s*\\d+\\.\\s.*")) {
        l = l.replaceFirst("(\\d+)\\.", "$1\\\\.");
      }
      if (l.length() > 20 && i % 7 == 0) {
        l = "**" + l.strip() + "**";
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }
}
