package io.provscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@code provscan scan} in a JVM of its own, on the test's class path, to be killed for real. */
final class ChildScan implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildScan(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code provscan ARGS}; its output goes to {@code log}. */
  static ChildScan start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildScan(p, log);
  }

  Process process() {
    return process;
  }

  /** Waits until {@code file} holds at least {@code lines} complete lines, or the child ends. */
  boolean awaitLines(Path file, long lines, Duration limit) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end && process.isAlive()) {
      if (Files.isRegularFile(file) && completeLines(file) >= lines) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  static long completeLines(Path file) throws IOException {
    long n = 0;
    for (byte b : Files.readAllBytes(file)) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Kills the process the way the OOM killer does ({@code SIGKILL}) and waits for its end. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The child's output so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
