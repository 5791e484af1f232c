package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import io.provscan.sitepolicy.SiteFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed policies of one origin: robots.txt, tdmrep.json and ai.txt, each null when unknown,
 * with warnings about files that could not be read or understood. Built once per origin per scan;
 * immutable and shared by every worker.
 */
public final class SitePolicy {
  private final String origin;
  private final Map<PolicyKind, PolicyFile> files;
  private final ParsedRobotsTxt robots;
  private final TdmRepFile tdmrep;
  private final AiTxt aiTxt;
  private final List<String> warnings;

  private SitePolicy(SiteFiles found, List<String> problems, AgentRegistry registry) {
    this.origin = found.origin();
    this.files = found.files();
    List<String> w = new ArrayList<>(found.notes());
    w.addAll(problems);
    this.robots = found.file(PolicyKind.ROBOTS_TXT).map(f -> robots(f, registry, w)).orElse(null);
    this.tdmrep = found.file(PolicyKind.TDMREP).map(TdmRepFile::of).orElse(null);
    this.aiTxt = found.file(PolicyKind.AI_TXT).map(AiTxt::of).orElse(null);
    if (tdmrep != null) {
      w.addAll(tdmrep.warnings());
    }
    this.warnings = List.copyOf(w);
  }

  /** Parses the files found for an origin. */
  static SitePolicy of(SiteFiles found, AgentRegistry registry) {
    return new SitePolicy(found, List.of(), registry);
  }

  /** An origin whose files could not be had. */
  static SitePolicy failed(String origin, String why, AgentRegistry registry) {
    return new SitePolicy(SiteFiles.none(origin), List.of(why), registry);
  }

  private static ParsedRobotsTxt robots(
      PolicyFile file, AgentRegistry registry, List<String> warnings) {
    if (file.status() == 0) {
      warnings.add("robots.txt could not be fetched; unknown");
      return null;
    }
    return ParsedRobotsTxt.of(file, registry);
  }

  /** {@code scheme://host[:port]}. */
  public String origin() {
    return origin;
  }

  /** The files found, by kind (for explanations). */
  public Map<PolicyKind, PolicyFile> files() {
    return files;
  }

  /** Problems with the files: unreadable, not understood, not followed. */
  public List<String> warnings() {
    return warnings;
  }

  /** The robots.txt and ai.txt signals for a page of this origin. */
  List<Signal> judge(String pathAndQuery, String pageUrl) {
    List<Signal> signals = new ArrayList<>();
    if (robots != null) {
      signals.addAll(robots.judge(pathAndQuery, pageUrl));
    }
    if (aiTxt != null) {
      signals.add(aiTxt.judge(pathAndQuery, pageUrl));
    }
    return signals;
  }

  /** The tdmrep.json statement for a page, if a rule matches. */
  Optional<TdmRep.Statement> tdmrep(String pathAndQuery) {
    if (tdmrep == null) {
      return Optional.empty();
    }
    return tdmrep
        .match(pathAndQuery)
        .map(
            r ->
                new TdmRep.Statement(
                    "tdmrep.json",
                    r.reservation(),
                    "tdmrep.json rule {location: "
                        + r.location()
                        + ", tdm-reservation: "
                        + r.reservation()
                        + (r.policy() == null ? "" : ", tdm-policy: " + r.policy())
                        + "}",
                    tdmrep.url()));
  }

  /** How far robots.txt blocks each agent; empty when no robots.txt is known. */
  public Map<String, Blocking> blocking(AgentRegistry registry) {
    Map<String, Blocking> out = new LinkedHashMap<>();
    if (robots != null) {
      for (Agent a : registry.all()) {
        out.put(a.token(), robots.classify(a));
      }
    }
    return out;
  }
}
