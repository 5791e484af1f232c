package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "/, /anything, true",
    "/, /, true",
    "/fish, /fish.html, true",
    "/fish, /Fish.html, false",
    "/fish/, /fish, false",
    "/*.php, /dir/file.php?x=1, true",
    "/*.php$, /dir/file.php?x=1, false",
    "/*.php$, /dir/file.php, true",
    "/directory-b/images/*.jpg, /directory-b/images/cat.jpg, true",
    "/directory-b/images/*.jpg, /directory-b/html/cat.html, false",
    "*.jpg, /a/b.jpg, true",
    "/a/%62, /a/b, true",
    "/a/b, /a/%62c, true",
    "/a/%2F, /a/%2f, false",
    "/x$, /x, true",
    "/x$, /x/, false",
    "/a*b*c$, /aXbYc, true",
    "/a*b*c$, /aXcYb, false"
  })
  void matchesLikeRobotsTxt(String pattern, String path, boolean expected) {
    assertEquals(expected, PathPattern.of(pattern).matches(path));
  }

  @ParameterizedTest
  @CsvSource({"'', /"})
  void anEmptyPatternMatchesNothing(String pattern, String path) {
    assertEquals(false, PathPattern.of(pattern).matches(path));
  }
}
