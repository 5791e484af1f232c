package io.provscan.detect.optout;

import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import io.provscan.sitepolicy.SiteFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed policies of one origin: each file found, read by its {@link PolicyFileReader} (an
 * unknown file is simply absent), with warnings about files that could not be read or understood.
 * Built once per origin per scan; immutable and shared by every worker.
 */
public final class SitePolicy {
  private final String origin;
  private final Map<PolicyKind, PolicyFile> files;
  private final List<ParsedPolicy> parsed = new ArrayList<>();
  private final List<String> warnings;

  private SitePolicy(SiteFiles found, List<String> problems, AgentRegistry registry) {
    this.origin = found.origin();
    this.files = found.files();
    List<String> w = new ArrayList<>(found.notes());
    w.addAll(problems);
    for (PolicyFileReader reader : PolicyFileReaders.ALL) {
      found.file(reader.kind()).map(f -> reader.read(f, registry, w)).ifPresent(parsed::add);
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

  /** Adds every file's signals and TDMRep statements for a page of this origin. */
  void judge(String pathAndQuery, String pageUrl, ItemEvidence found) {
    for (ParsedPolicy policy : parsed) {
      policy.judge(pathAndQuery, pageUrl, found);
    }
  }

  /** How far robots.txt blocks each agent; empty when no robots.txt is known. */
  public Map<String, Blocking> blocking(AgentRegistry registry) {
    Map<String, Blocking> out = new LinkedHashMap<>();
    for (ParsedPolicy policy : parsed) {
      if (policy instanceof ParsedRobotsTxt robots) {
        registry.all().forEach(a -> out.put(a.token(), robots.classify(a)));
      }
    }
    return out;
  }
}
