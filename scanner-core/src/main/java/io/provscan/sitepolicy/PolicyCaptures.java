package io.provscan.sitepolicy;

import io.provscan.internal.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy files captured in the scan's WARC files, by origin and kind. When an origin's file was
 * captured more than once, the latest capture (WARC-Date) wins: it is what the site said last. A
 * 3xx capture is followed to its target's capture, at most {@value #MAX_REDIRECTS} times (RFC 9309
 * §2.3.1.2); a target the crawl did not capture leaves the file unknown, with a note.
 */
public final class PolicyCaptures implements SiteSource, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Redirects followed per file (RFC 9309 §2.3.1.2 asks for at least five): {@value}. */
  static final int MAX_REDIRECTS = 5;

  private final Map<String, Map<PolicyKind, PolicyFile>> byOrigin = new ConcurrentHashMap<>();
  private final ArrayList<String> notes = new ArrayList<>();

  /** Adds a capture, keeping the latest per origin and kind. */
  synchronized void add(PolicyFile file) {
    String origin = Origins.of(file.url()).orElseThrow();
    Map<PolicyKind, PolicyFile> files =
        byOrigin.computeIfAbsent(origin, o -> new EnumMap<>(PolicyKind.class));
    PolicyFile old = files.get(file.kind());
    if (old == null
        || old.date() == null
        || (file.date() != null && !file.date().isBefore(old.date()))) {
      files.put(file.kind(), file);
    }
  }

  /** SHA-256 over every capture kept (origin, kind, URL, status, date, redirect, body). */
  synchronized String digest() {
    MessageDigest md = Hashing.sha256();
    for (String origin : new TreeSet<>(byOrigin.keySet())) {
      for (PolicyFile f : byOrigin.get(origin).values()) {
        String head =
            origin
                + ' '
                + f.kind()
                + ' '
                + f.url()
                + ' '
                + f.status()
                + ' '
                + f.date()
                + ' '
                + f.redirect()
                + '\n';
        md.update(head.getBytes(StandardCharsets.UTF_8));
        md.update(f.body() == null ? new byte[0] : f.body());
      }
    }
    return Hashing.hex(md.digest());
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  /** Notes on WARC files that could not be read to their end. */
  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  @Override
  public synchronized SiteFiles files(String origin) {
    Map<PolicyKind, PolicyFile> files = byOrigin.get(origin);
    if (files == null) {
      return SiteFiles.none(origin);
    }
    Map<PolicyKind, PolicyFile> resolved = new EnumMap<>(PolicyKind.class);
    List<String> siteNotes = new ArrayList<>();
    for (PolicyFile file : files.values()) {
      PolicyFile end = follow(file, siteNotes);
      if (end != null) {
        resolved.put(file.kind(), end);
      }
    }
    return new SiteFiles(origin, resolved, siteNotes);
  }

  private PolicyFile follow(PolicyFile file, List<String> siteNotes) {
    PolicyFile current = file;
    for (int hops = 0; current.status() / 100 == 3; hops++) {
      if (current.redirect() == null || hops >= MAX_REDIRECTS) {
        siteNotes.add(file.url() + " redirects and no end was captured; treated as unknown");
        return null;
      }
      PolicyFile next = target(current);
      if (next == null) {
        siteNotes.add(
            file.url()
                + " redirects to "
                + current.redirect()
                + ", which the crawl did not capture");
        return null;
      }
      current = next;
    }
    return current;
  }

  private PolicyFile target(PolicyFile file) {
    String origin = Origins.of(file.redirect()).orElse(null);
    if (origin == null || !file.kind().path().equals(Origins.path(file.redirect()))) {
      return null;
    }
    Map<PolicyKind, PolicyFile> files = byOrigin.get(origin);
    return files == null ? null : files.get(file.kind());
  }
}
