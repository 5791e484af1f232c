package io.provscan.sitepolicy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sources of one scan, asked in order of trust: captures from the scan's own WARC files first
 * (what the crawler saw when it took the pages), then the {@code --site-policies} folder, then a
 * live fetch (only with {@code --fetch-site-policies}). A later source fills only the kinds the
 * earlier ones lack. The captures are set once, by the pre-pass, before any page is judged.
 */
public final class SiteSourceChain implements SiteSource {
  private final AtomicReference<SiteSource> captured = new AtomicReference<>(SiteSource.none());
  private final List<SiteSource> others;

  /** Sources after the captures, in order (a folder, a fetcher); may be empty. */
  public SiteSourceChain(List<SiteSource> others) {
    this.others = List.copyOf(others);
  }

  /** Sets the captures found by the pre-pass over the scan's WARC files. */
  public void captured(SiteSource captures) {
    captured.set(captures);
  }

  @Override
  public SiteFiles files(String origin) throws InterruptedException {
    SiteFiles files = captured.get().files(origin);
    for (SiteSource source : others) {
      if (files.files().size() == PolicyKind.values().length) {
        break;
      }
      files = files.orElse(source.files(origin));
    }
    return files;
  }
}
