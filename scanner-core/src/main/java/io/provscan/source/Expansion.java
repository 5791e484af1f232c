package io.provscan.source;

import io.provscan.internal.Hashing;
import io.provscan.source.Item.Preset;
import io.provscan.source.SourceWalker.Sink;
import io.provscan.source.Spooler.Held;
import io.provscan.source.Spooler.Spooled;
import io.provscan.source.Spooler.TooLarge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Expands one top-level archive tree: emits every member as an item (recursing into nested archives
 * up to the depth limit), then the container itself with its outcome. One instance per top-level
 * file, used on the producer thread only; its {@link TreeBudget} bounds the whole tree.
 */
final class Expansion {
  private final String root;
  private final SourceLimits limits;
  private final Spooler spooler;
  private final Sink sink;
  private final LongAdder excluded;
  private final TreeBudget budget;
  private final ArchiveFormats formats = new ArchiveFormats(this);
  private final RecordFiles records;

  Expansion(
      String root,
      SourceLimits limits,
      Spooler spooler,
      Sink sink,
      LongAdder excluded,
      RecordFormat recordFormat) {
    this.root = root;
    this.limits = limits;
    this.spooler = spooler;
    this.sink = sink;
    this.excluded = excluded;
    this.budget = new TreeBudget(limits);
    this.records = new RecordFiles(this, recordFormat);
  }

  /** Where a member came from on the web, for WARC records; null for archive members. */
  record Capture(String url, HttpInfo http, WarcInfo warc, List<String> notes) {}

  SourceLimits limits() {
    return limits;
  }

  TreeBudget budget() {
    return budget;
  }

  String root() {
    return root;
  }

  Sink sink() {
    return sink;
  }

  /**
   * Expands a file whose records are items of their own (a URL list, a JSONL corpus): its records,
   * then itself. False, having emitted nothing, when no record format claims it.
   */
  boolean expandRecords(
      ItemContent content, String path, String parent, int depth, ContainerFormat format)
      throws InterruptedException {
    return records.expand(content, path, parent, depth, format);
  }

  /**
   * Expands a file of the scan. Returns false, having emitted nothing, when the file turns out to
   * be a document in a container format (a DOCX or EPUB is a zip) that belongs to the extractor.
   */
  boolean expandFile(Path file, String path, long size, ContainerFormat format)
      throws InterruptedException {
    return expand(Contents.file(file, size), path, null, 0, format);
  }

  /**
   * Expands a container whose bytes are {@code content}: its members at {@code depth + 1}, then
   * itself at {@code depth}. False when it is a document, not a container.
   */
  boolean expand(ItemContent content, String path, String parent, int depth, ContainerFormat format)
      throws InterruptedException {
    ContainerOutcome outcome = new ContainerOutcome();
    ContainerFormat reported = format;
    try {
      reported = formats.read(content, path, depth, format, outcome);
      if (reported == null) {
        return false;
      }
    } catch (IOException | RuntimeException e) {
      outcome.failOn(e);
    }
    emitContainer(content, path, parent, depth, reported.mediaTypeFor(path), outcome);
    return true;
  }

  /** Emits a container after its members, with its hash, media type and member count. */
  void emitContainer(
      ItemContent content,
      String path,
      String parent,
      int depth,
      String mediaType,
      ContainerOutcome outcome)
      throws InterruptedException {
    emitContainer(content, path, parent, depth, mediaType, outcome, null);
  }

  /** The same, with the SHA-256 its expansion already computed, or null to hash it here. */
  void emitContainer(
      ItemContent content,
      String path,
      String parent,
      int depth,
      String mediaType,
      ContainerOutcome outcome,
      String hashed)
      throws InterruptedException {
    String sha = hashed != null ? hashed : content.knownSha256().orElse(null);
    if (sha == null) {
      try (InputStream in = content.open()) {
        sha = Hashing.digest(in).sha256();
      } catch (IOException e) {
        outcome.fail(ErrorKind.UNREADABLE, ContainerOutcome.message(e));
      }
    }
    ItemStatus status = outcome.error == null ? ItemStatus.OK : ItemStatus.FAILED;
    Preset preset = new Preset(status, outcome.error, sha, mediaType, outcome.members);
    sink.accept(Item.preset(root, path, parent, depth, content.size(), preset));
  }

  /**
   * Reads one member from {@code in} and emits it (or expands it when it is itself a container).
   * When {@code streaming}, a read failure also ends the container, since the rest of a stream
   * cannot be reached; the exception is then rethrown after the member is reported.
   */
  void member(
      String path,
      String parent,
      int depth,
      InputStream in,
      ContainerOutcome outcome,
      boolean streaming,
      Capture capture)
      throws IOException, InterruptedException {
    if (capture == null && limits.excludes().matches(path)) {
      excluded.increment();
      return;
    }
    if (capture == null && !budget.takeEntry()) {
      throw new LimitException(ErrorKind.LIMIT, budget.entriesMessage());
    }
    outcome.members++;
    Spooled spooled;
    try {
      spooled = spooler.spool(in);
    } catch (IOException e) {
      ErrorKind kind = e instanceof LimitException le ? le.kind() : ContainerOutcome.kindOf(e);
      emit(
          Item.judged(
              root, path, parent, depth, -1, ItemError.of(kind, ContainerOutcome.message(e))),
          capture);
      if (streaming || budget.exhausted()) {
        throw e;
      }
      return;
    }
    if (spooled instanceof TooLarge big) {
      String why = "larger than --max-item-size; hashed, not extracted";
      Preset preset =
          new Preset(
              ItemStatus.FAILED, ItemError.of(ErrorKind.TOO_LARGE, why), big.sha256(), null, -1);
      emit(Item.preset(root, path, parent, depth, big.size(), preset), capture);
      return;
    }
    held(((Held) spooled).content(), path, parent, depth, capture);
  }

  private void held(ItemContent content, String path, String parent, int depth, Capture capture)
      throws InterruptedException {
    ContainerFormat inner = ContainerStreams.sniff(content);
    if (capture == null && expandRecords(content, path, parent, depth, inner)) {
      content.release();
      return;
    }
    if (inner != ContainerFormat.NONE && capture == null) {
      if (depth >= limits.maxArchiveDepth()) {
        String why =
            "archive nested deeper than " + limits.maxArchiveDepth() + " (--max-archive-depth)";
        Preset preset =
            new Preset(
                ItemStatus.FAILED,
                ItemError.of(ErrorKind.LIMIT, why),
                content.knownSha256().orElse(null),
                inner.mediaTypeFor(path),
                -1);
        content.release();
        sink.accept(Item.preset(root, path, parent, depth, content.size(), preset));
        return;
      }
      if (expand(content, path, parent, depth, inner)) {
        content.release();
        return;
      }
    }
    emit(Item.of(root, path, parent, depth, content), capture);
  }

  /**
   * Emits a member that is reported without being read (a link, a device, an encrypted entry); it
   * counts against the tree's entry budget like any member.
   */
  void judged(
      String member,
      String parent,
      int depth,
      ContainerOutcome outcome,
      ErrorKind kind,
      String message)
      throws InterruptedException, LimitException {
    if (!budget.takeEntry()) {
      throw new LimitException(ErrorKind.LIMIT, budget.entriesMessage());
    }
    outcome.members++;
    sink.accept(Item.judged(root, member, parent, depth + 1, -1, ItemError.of(kind, message)));
  }

  /** Guards a decoded stream: compression ratio against the raw bytes read, and the tree budget. */
  GuardedStream guard(InputStream decoded, LongSupplier rawBytes) {
    return new GuardedStream(decoded, rawBytes, limits.maxCompressionRatio(), budget);
  }

  private void emit(Item item, Capture capture) throws InterruptedException {
    sink.accept(
        capture == null
            ? item
            : item.withCapture(capture.url(), capture.http(), capture.warc(), capture.notes()));
  }
}
