package io.provscan.scan;

/**
 * What an incremental rescan did, {@code summary.json}'s {@code rescan} section.
 *
 * @param reused records copied from the previous scan (findings kept, verdict judged again)
 * @param rescanned items the previous scan had, extracted again: their file changed, or they are
 *     links, special files or unreadable entries, which are always decided again
 * @param added items the previous scan did not have
 * @param removed items of the previous scan that are gone
 */
public record RescanCounts(long reused, long rescanned, long added, long removed) {}
