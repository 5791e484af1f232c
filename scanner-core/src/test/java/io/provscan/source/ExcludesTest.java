package io.provscan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one glob translation behind {@code --exclude} and manifests' globs. */
class ExcludesTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data/train-*|data/train-0001.parquet|true",
        "data/train-*|data/sub/train-1|false",
        "**/*.parquet|a/b/c.parquet|true",
        "**/*.parquet|c.parquet|true",
        "data/?.csv|data/a.csv|true",
        "data/?.csv|data/ab.csv|false",
        "data/[!x]*.csv|data/a1.csv|true",
        "data/[!x]*.csv|data/x1.csv|false",
        "{train,test}/*.jsonl|test/0.jsonl|true",
        "{train,test}/*.jsonl|dev/0.jsonl|false",
        "a+b (1).txt|a+b (1).txt|true"
      })
  void translatesGlobs(String glob, String path, boolean matches) {
    assertEquals(matches, Pattern.compile(Excludes.toRegex(glob)).matcher(path).matches());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"a[bc|has an open '['", "a{b,c|has an open '{'", "a}b|has a stray '}'"})
  void aMalformedExcludeIsAUsageErrorNamingTheGlob(String glob, String problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Excludes.of(List.of(glob)));
    assertEquals("exclude glob '" + glob + "' " + problem, e.getMessage());
  }

  @Test
  void excludesByNameAnywhereAndByPathFromTheRoot() {
    Excludes x = Excludes.of(List.of("*.log", "/build/**"));
    assertTrue(x.matches("deep/down/run.log"));
    assertTrue(x.matches("build/classes/A.class"));
    assertFalse(x.matches("src/build/A.java"));
  }
}
