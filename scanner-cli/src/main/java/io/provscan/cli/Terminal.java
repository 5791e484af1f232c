package io.provscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is an interactive terminal (live progress) or a file or pipe. */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    if (System.getenv("PROVSCAN_PROGRESS") != null) {
      return "tty".equals(System.getenv("PROVSCAN_PROGRESS"));
    }
    return isTerminal(2);
  }

  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
