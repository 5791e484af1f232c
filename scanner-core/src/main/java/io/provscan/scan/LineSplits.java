package io.provscan.scan;

import io.provscan.internal.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a JSONL corpus into runs of whole lines of about a given size, in one read that also hashes
 * it and counts its records, so that the runs can be scanned apart ({@link ScanInput.Lines}) and
 * still be numbered, and the file reported ({@link ScanInput.Corpus}), as one read of the file
 * would. Lines end at {@code \n}; a line is a record unless it is blank, or is longer than the
 * record limit (then it is a failed record), as the JSONL reader counts them.
 */
public final class LineSplits {
  private static final int CHUNK = 64 * 1024;

  private LineSplits() {}

  /**
   * Where a run starts.
   *
   * @param offset its first byte in the file
   * @param firstLine the 1-based number of its first line
   */
  public record Split(long offset, long firstLine) {}

  /**
   * The cut of one file.
   *
   * @param size bytes read
   * @param sha256 the file's SHA-256 in hex
   * @param members records (lines not blank, or too long)
   * @param splits the runs in file order; the first starts at 0, each ends where the next starts
   */
  public record Plan(long size, String sha256, long members, List<Split> splits) {}

  /**
   * Reads {@code in} to its end.
   *
   * @param splitBytes the size a run reaches before the next starts (at the next line)
   * @param maxRecordBytes the longest line read as a record (the scan's in-memory limit)
   */
  public static Plan plan(InputStream in, long splitBytes, int maxRecordBytes) throws IOException {
    MessageDigest sha = Hashing.sha256();
    List<Split> splits = new ArrayList<>(List.of(new Split(0, 1)));
    byte[] chunk = new byte[CHUNK];
    long offset = 0;
    long line = 1;
    long lineLength = 0;
    boolean blank = true;
    long members = 0;
    long nextCut = splitBytes;
    for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
      sha.update(chunk, 0, n);
      for (int i = 0; i < n; i++) {
        byte b = chunk[i];
        if (b != '\n') {
          lineLength++;
          blank &= Character.isWhitespace(b);
          continue;
        }
        members += !blank || lineLength > maxRecordBytes ? 1 : 0;
        line++;
        lineLength = 0;
        blank = true;
        long start = offset + i + 1;
        if (start >= nextCut) {
          splits.add(new Split(start, line));
          nextCut = start + splitBytes;
        }
      }
      offset += n;
    }
    members += !blank || lineLength > maxRecordBytes ? 1 : 0;
    if (splits.size() > 1 && splits.get(splits.size() - 1).offset() == offset) {
      splits.remove(splits.size() - 1); // a cut at the very end would start an empty run
    }
    return new Plan(offset, Hashing.hex(sha.digest()), members, List.copyOf(splits));
  }
}
