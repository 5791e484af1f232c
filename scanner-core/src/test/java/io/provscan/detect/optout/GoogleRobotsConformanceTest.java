package io.provscan.detect.optout;

import static io.provscan.detect.optout.Policies.allowed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Google's robots.txt conformance cases that concern matching and precedence (google/robotstxt
 * {@code robots_test.cc}, as crawler-commons ports them in {@code GoogleRobotsTxtTest}), written
 * again here as a truth table and run through provscan's own path: one agent per crawler-commons
 * call, its name lower-cased, the verdict read from the robots-txt signal. Where crawler-commons
 * deliberately differs from Google (it matches the invalid token "Foo Bar" in full), the case is
 * left out; the expectation for each case kept is Google's.
 */
class GoogleRobotsConformanceTest {
  static Stream<Arguments> cases() {
    String groups =
        "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\n"
            + "disallow: /\nallow: /y/\n\n\nallow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\n"
            + "allow: /z/\ndisallow: /\n";
    String global = "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n";
    String specific =
        "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\n"
            + "disallow: /\n";
    String docs = "user-agent: FooBot\ndisallow: /\nallow: /fish\n";
    return Stream.of(
        // ID_LineSyntax_Line (lines 77-79): a missing colon is accepted
        Arguments.of("user-agent: FooBot\ndisallow: /\n", "FooBot", "http://foo.bar/x/y", false),
        Arguments.of("foo: FooBot\nbar: /\n", "FooBot", "http://foo.bar/x/y", true),
        Arguments.of("user-agent FooBot\ndisallow /\n", "FooBot", "http://foo.bar/x/y", false),
        // ID_LineSyntax_Groups (lines 112-123): groups for one agent merge; rules outside ignored
        Arguments.of(groups, "FooBot", "http://foo.bar/x/b", true),
        Arguments.of(groups, "FooBot", "http://foo.bar/z/d", true),
        Arguments.of(groups, "FooBot", "http://foo.bar/y/c", false),
        Arguments.of(groups, "BarBot", "http://foo.bar/y/c", true),
        Arguments.of(groups, "BarBot", "http://foo.bar/w/a", true),
        Arguments.of(groups, "BarBot", "http://foo.bar/z/d", false),
        Arguments.of(groups, "BazBot", "http://foo.bar/z/d", true),
        Arguments.of(groups, "FooBot", "http://foo.bar/foo/bar/", false),
        Arguments.of(groups, "BarBot", "http://foo.bar/foo/bar/", false),
        Arguments.of(groups, "BazBot", "http://foo.bar/foo/bar/", false),
        // ID_LineSyntax_Groups_OtherRules (lines 137-148): sitemap and unknown lines close nothing
        Arguments.of(
            "User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n",
            "FooBot",
            "http://foo.bar/",
            false),
        Arguments.of(
            "User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n",
            "BarBot",
            "http://foo.bar/",
            false),
        Arguments.of(
            "User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n",
            "FooBot",
            "http://foo.bar/",
            false),
        // ID_REPLineNamesCaseInsensitive (lines 170-175)
        Arguments.of(
            "USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "FooBot", "http://foo.bar/x/y", true),
        Arguments.of(
            "uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n", "FooBot", "http://foo.bar/x/y", true),
        Arguments.of(
            "USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "FooBot", "http://foo.bar/a/b", false),
        Arguments.of(
            "uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n", "FooBot", "http://foo.bar/a/b", false),
        // ID_UserAgentValueCaseInsensitive (lines 216-227): our registry token in any case
        Arguments.of(
            "User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "Foo", "http://foo.bar/x/y", true),
        Arguments.of(
            "User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "Foo", "http://foo.bar/a/b", false),
        Arguments.of(
            "uSeR-aGeNt: FoO bAr\nAllow: /x/\nDisallow: /\n", "foo", "http://foo.bar/a/b", false),
        // GoogleOnly_AcceptUserAgentUpToFirstSpace (line 246)
        Arguments.of(
            "User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\nAllow: /x/\nDisallow: /\n",
            "Foo",
            "http://foo.bar/x/y",
            true),
        // ID_GlobalGroups_Secondary (lines 271-274): * only when no group names the agent
        Arguments.of("", "FooBot", "http://foo.bar/x/y", true),
        Arguments.of(global, "FooBot", "http://foo.bar/x/y", false),
        Arguments.of(global, "BarBot", "http://foo.bar/x/y", true),
        Arguments.of(specific, "QuxBot", "http://foo.bar/x/y", true),
        // ID_AllowDisallow_Value_CaseSensitive (lines 289-290)
        Arguments.of("user-agent: FooBot\ndisallow: /x/\n", "FooBot", "http://foo.bar/x/y", false),
        Arguments.of("user-agent: FooBot\ndisallow: /X/\n", "FooBot", "http://foo.bar/x/y", true),
        // ID_LongestMatch (lines 306-385): longest match wins, Allow wins ties
        Arguments.of(
            "user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n",
            "FooBot",
            "http://foo.bar/x/page.html",
            false),
        Arguments.of(
            "user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n",
            "FooBot",
            "http://foo.bar/x/page.html",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n",
            "FooBot",
            "http://foo.bar/x/",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: \nallow: \n",
            "FooBot",
            "http://foo.bar/x/page.html",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /\n",
            "FooBot",
            "http://foo.bar/x/page.html",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x", false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x/", true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n",
            "FooBot",
            "http://foo.bar/x/page.html",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /page\ndisallow: /*.html\n",
            "FooBot",
            "http://foo.bar/page.html",
            false),
        Arguments.of(
            "user-agent: FooBot\nallow: /page\ndisallow: /*.html\n",
            "FooBot",
            "http://foo.bar/page",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n",
            "FooBot",
            "http://foo.bar/x/page.html",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n",
            "FooBot",
            "http://foo.bar/x/y.html",
            false),
        Arguments.of(
            "User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n",
            "FooBot",
            "http://foo.bar/x/page",
            true),
        Arguments.of(
            "User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n",
            "FooBot",
            "http://foo.bar/y/page",
            false),
        // ID_SpecialCharacters (lines 461-492)
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n",
            "FooBot",
            "http://foo.bar/foo/bar/quz",
            false),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n",
            "FooBot",
            "http://foo.bar/foo/quz",
            true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n",
            "FooBot",
            "http://foo.bar/foo//quz",
            true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n",
            "FooBot",
            "http://foo.bar/foo/bar",
            false),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n",
            "FooBot",
            "http://foo.bar/foo/bar/qux",
            true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n",
            "FooBot",
            "http://foo.bar/foo/bar/",
            true),
        Arguments.of(
            "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n",
            "FooBot",
            "http://foo.bar/foo/bar",
            true),
        Arguments.of(
            "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n",
            "FooBot",
            "http://foo.bar/foo/quz",
            false),
        // ID_Encoding (lines 405-443)
        Arguments.of(
            "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n",
            "FooBot",
            "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par",
            true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n",
            "FooBot",
            "http://foo.bar/foo/bar/%E3%83%84",
            true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n",
            "FooBot", "http://foo.bar/foo/bar/%E3%83%84", true),
        Arguments.of(
            "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n",
            "FooBot", "http://foo.bar/foo/bar/%62%61%7A", true),
        // GoogleOnly_IndexHTMLisDirectory (lines 505-513)
        Arguments.of(
            "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n",
            "foobot",
            "http://foo.com/allowed-slash/",
            true),
        Arguments.of(
            "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n",
            "foobot",
            "http://foo.com/allowed-slash/index.htm",
            false),
        Arguments.of(
            "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n",
            "foobot",
            "http://foo.com/allowed-slash/index.html",
            true),
        Arguments.of(
            "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n",
            "foobot",
            "http://foo.com/anyother-url",
            false),
        // GoogleOnly_DocumentationChecks (lines 580-761)
        Arguments.of(docs, "FooBot", "http://foo.bar/bar", false),
        Arguments.of(docs, "FooBot", "http://foo.bar/fish", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/fish.html", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/fish/salmon.html", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/fishheads", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/fishheads/yummy.html", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/fish.html?id=anything", true),
        Arguments.of(docs, "FooBot", "http://foo.bar/Fish.asp", false),
        Arguments.of(docs, "FooBot", "http://foo.bar/catfish", false),
        Arguments.of(docs, "FooBot", "http://foo.bar/?id=fish", false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish*\n",
            "FooBot",
            "http://foo.bar/fish.html",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish*\n",
            "FooBot",
            "http://foo.bar/catfish",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish/\n",
            "FooBot",
            "http://foo.bar/fish/?salmon",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish/\n",
            "FooBot",
            "http://foo.bar/fish",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish/\n",
            "FooBot",
            "http://foo.bar/Fish/Salmon.html",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php\n",
            "FooBot",
            "http://foo.bar/folder/filename.php?parameters",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php\n",
            "FooBot",
            "http://foo.bar//folder/any.php.file.html",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php\n",
            "FooBot",
            "http://foo.bar/index?php",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php\n",
            "FooBot",
            "http://foo.bar/windows.PHP",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php$\n",
            "FooBot",
            "http://foo.bar/folder/filename.php",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php$\n",
            "FooBot",
            "http://foo.bar/filename.php?parameters",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /*.php$\n",
            "FooBot",
            "http://foo.bar/filename.php5",
            false),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish*.php\n",
            "FooBot",
            "http://foo.bar/fishheads/catfish.php?parameters",
            true),
        Arguments.of(
            "user-agent: FooBot\ndisallow: /\nallow: /fish*.php\n",
            "FooBot",
            "http://foo.bar/Fish.PHP",
            false),
        Arguments.of(
            "user-agent: FooBot\nallow: /p\ndisallow: /\n",
            "FooBot",
            "http://example.com/page",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /folder\ndisallow: /folder\n",
            "FooBot",
            "http://example.com/folder/page",
            true),
        Arguments.of(
            "user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n",
            "FooBot",
            "http://example.com/page.htm",
            false),
        Arguments.of(
            "user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot", "http://example.com/", true),
        Arguments.of(
            "user-agent: FooBot\nallow: /$\ndisallow: /\n",
            "FooBot",
            "http://example.com/page.html",
            false));
  }

  @ParameterizedTest(name = "[{index}] {1} {2} -> allowed={3}")
  @MethodSource("cases")
  void matchesAsGoogleDoes(String robotsTxt, String agent, String url, boolean expected) {
    assertEquals(expected, allowed(robotsTxt, agent, url));
  }
}
