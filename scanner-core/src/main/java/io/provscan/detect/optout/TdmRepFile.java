package io.provscan.detect.optout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provscan.sitepolicy.PolicyFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An origin's {@code /.well-known/tdmrep.json} (W3C TDMRep, §3.1): a JSON array of rules {@code
 * {location, tdm-reservation, tdm-policy}}. A location is a robots.txt-style pattern; unlike
 * robots.txt, "the most specific match is the first in sequence": the first rule whose location
 * matches wins. A rule whose {@code tdm-reservation} is not the number 1 or 0 is a protocol error
 * and treated as unset (TDMRep §2), so it is skipped and the next rule may match. A file that is
 * not JSON, or not an array, gives no rules and a warning: it is reported, never thrown.
 */
final class TdmRepFile implements ParsedPolicy {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One rule.
   *
   * @param location the pattern as written
   * @param pattern the pattern
   * @param reservation 1 or 0
   * @param policy the {@code tdm-policy} URL, or null
   */
  record Rule(String location, PathPattern pattern, int reservation, String policy) {}

  private final String url;
  private final List<Rule> rules;
  private final List<String> warnings;

  private TdmRepFile(String url, List<Rule> rules, List<String> warnings) {
    this.url = url;
    this.rules = List.copyOf(rules);
    this.warnings = List.copyOf(warnings);
  }

  /** The {@link PolicyFileReader.Parser} of tdmrep.json: {@link #of}, its warnings noted. */
  static TdmRepFile read(PolicyFile file, AgentRegistry agents, List<String> warnings) {
    TdmRepFile parsed = of(file);
    warnings.addAll(parsed.warnings());
    return parsed;
  }

  /** Reads a served file; other statuses mean no file (TDMRep has no rule for them). */
  static TdmRepFile of(PolicyFile file) {
    List<Rule> rules = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (!file.ok()) {
      return new TdmRepFile(file.url(), rules, warnings);
    }
    JsonNode root;
    try {
      root = JSON.readTree(PolicyText.decode(file.body()));
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      warnings.add("tdmrep.json is not valid JSON (" + Signals.cut(why) + "); no rule read");
      return new TdmRepFile(file.url(), rules, warnings);
    }
    if (root == null || !root.isArray()) {
      warnings.add("tdmrep.json is not a JSON array (TDMRep §3.1 requires one); no rule read");
      return new TdmRepFile(file.url(), rules, warnings);
    }
    int n = 0;
    for (JsonNode node : root) {
      n++;
      rule(node, n, warnings).ifPresent(rules::add);
    }
    return new TdmRepFile(file.url(), rules, warnings);
  }

  private static Optional<Rule> rule(JsonNode node, int n, List<String> warnings) {
    JsonNode location = node.get("location");
    JsonNode reservation = node.get("tdm-reservation");
    if (location == null || !location.isTextual()) {
      warnings.add("tdmrep.json rule " + n + " has no location; skipped");
      return Optional.empty();
    }
    if (reservation == null
        || !reservation.isIntegralNumber()
        || (reservation.asInt() != 0 && reservation.asInt() != 1)) {
      warnings.add(
          "tdmrep.json rule "
              + n
              + ": tdm-reservation "
              + reservation
              + " is not 1 or 0, so it is unset (TDMRep §2); skipped");
      return Optional.empty();
    }
    JsonNode policy = node.get("tdm-policy");
    String p = policy != null && policy.isTextual() ? policy.asText() : null;
    String loc = location.asText();
    return Optional.of(new Rule(loc, PathPattern.of(loc), reservation.asInt(), p));
  }

  /** Adds the statement of the first rule matching the page, if any. */
  @Override
  public void judge(String pathAndQuery, String pageUrl, ItemEvidence found) {
    match(pathAndQuery).map(this::statement).ifPresent(found::tdm);
  }

  private TdmRep.Statement statement(Rule r) {
    String evidence =
        "tdmrep.json rule {location: "
            + r.location()
            + ", tdm-reservation: "
            + r.reservation()
            + (r.policy() == null ? "" : ", tdm-policy: " + r.policy())
            + "}";
    return new TdmRep.Statement("tdmrep.json", r.reservation(), evidence, url);
  }

  /** The first rule matching the page, if any (TDMRep §3.1: first match wins). */
  Optional<Rule> match(String pathAndQuery) {
    for (Rule rule : rules) {
      if (rule.pattern().matches(pathAndQuery)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  String url() {
    return url;
  }

  List<Rule> rules() {
    return rules;
  }

  List<String> warnings() {
    return warnings;
  }
}
