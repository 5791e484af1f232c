package io.provscan.detect.optout;

import java.util.List;

/**
 * The page-level opt-out signals provscan reads, in the order their signals are reported. TDMRep
 * statements from several places are weighed by {@link TdmRep#decide} (TDMRep §4): a reader of a
 * new TDMRep place goes before it, in the priority TDMRep gives the place; any other new reader
 * goes at the end.
 */
final class PageSignalReaders {
  /** Every reader, in order. */
  static final List<PageSignalReader> ALL =
      List.of(
          new XRobotsTagHeader(),
          new TdmRepHeader(),
          new ContentUsageHeader(),
          new RobotsMeta(),
          new TdmRepMeta(),
          TdmRep::decide,
          new MediaMetadata(),
          new NoArchive());

  private PageSignalReaders() {}
}
