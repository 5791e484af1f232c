package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: policy files from strings, one-agent registries. */
final class Policies {
  private Policies() {}

  static PolicyFile file(PolicyKind kind, String url, int status, String body) {
    return file(kind, url, status, body.getBytes(StandardCharsets.UTF_8));
  }

  static PolicyFile file(PolicyKind kind, String url, int status, byte[] body) {
    return new PolicyFile(kind, url, status, "text/plain", body, null, "test", null);
  }

  static AgentRegistry only(String... tokens) {
    return new AgentRegistry(
        java.util.Arrays.stream(tokens).map(t -> new Agent(t, "op", "training", "")).toList());
  }

  /** The judgement of an item that has only metadata (no URL, no headers). */
  static io.provscan.detect.OptOut metadataOnly(java.util.Map<String, List<String>> metadata) {
    OptOutDetector d =
        new OptOutDetector(
            new io.provscan.sitepolicy.SiteSourceChain(List.of()), AgentRegistry.defaults());
    return d.detect(
            new io.provscan.detect.DetectorInput(
                "item", null, null, "image/jpeg", null, "", metadata))
        .optOut();
  }

  /** The robots.txt signals for a page, through ParsedRobotsTxt as the detector uses it. */
  static List<Signal> robots(String robotsTxt, AgentRegistry registry, String pageUrl) {
    String origin = io.provscan.sitepolicy.Origins.of(pageUrl).orElseThrow();
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            file(PolicyKind.ROBOTS_TXT, origin + "/robots.txt", 200, robotsTxt), registry);
    return r.judge(io.provscan.sitepolicy.Origins.pathAndQuery(pageUrl), pageUrl);
  }

  /** True when robots.txt allows the one agent to fetch the URL. */
  static boolean allowed(String robotsTxt, String agent, String url) {
    List<Signal> signals = robots(robotsTxt, only(agent), url);
    Signal s =
        signals.stream().filter(x -> x.type().equals("robots-txt")).findFirst().orElseThrow();
    return s.value().equals("allow");
  }
}
