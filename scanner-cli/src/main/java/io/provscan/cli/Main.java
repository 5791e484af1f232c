package io.provscan.cli;

import io.provscan.scan.OutputInUseException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the provscan jar. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    String level = System.getenv("PROVSCAN_LOG");
    if (level != null && !level.isBlank()) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level.trim());
    }
    // UTF-8 always: paths and snippets are in any script, and the launcher sets a UTF-8 locale.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ProvscanCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof IllegalArgumentException) {
      err.println("provscan: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof OutputInUseException) {
      err.println("provscan: " + e.getMessage());
      return ExitCodes.BUSY;
    }
    if (e instanceof IOException) {
      err.println("provscan: cannot run: " + e.getMessage());
      return ExitCodes.CANNOT_RUN;
    }
    if (e instanceof InterruptedException) {
      err.println("provscan: " + (e.getMessage() == null ? "interrupted" : e.getMessage()));
      return ExitCodes.CANNOT_RUN;
    }
    err.println("provscan: internal error: " + e);
    if (System.getenv("PROVSCAN_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set PROVSCAN_DEBUG=1 for the stack trace)");
    }
    return ExitCodes.CANNOT_RUN;
  }
}
