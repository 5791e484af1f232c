package io.provscan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscapeTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain text|plain text",
        "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
        "a & b|a &amp; b",
        "\" onmouseover=\"x|&quot; onmouseover=&quot;x",
        "it's|it&#39;s",
        "&amp;|&amp;amp;",
        "漢字 ünïcödé 😀|漢字 ünïcödé 😀",
        "`tab\tand\nnewline`|`tab\tand\nnewline`"
      })
  void escapesEveryCharacterHtmlGivesMeaningTo(String in, String out) {
    assertEquals(out, Escape.html(in));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "0008", "001b", "007f", "0085", "d800", "dc00"})
  void replacesCharactersHtmlForbidsWithTheReplacementCharacter(String hex) {
    String bad = String.valueOf((char) Integer.parseInt(hex, 16));
    assertEquals("a\uFFFDb", Escape.html("a" + bad + "b"));
  }

  @ParameterizedTest(name = "null is empty")
  @CsvSource({"x"})
  void writesNullAsNothing(String ignored) {
    assertEquals("", Escape.html(null));
  }
}
