package io.provscan.cli;

/** The exit codes of every command. */
public final class ExitCodes {
  /** Finished; failed items are reported in the output, not fatal. */
  public static final int OK = 0;

  /** A gate found something its policy blocks. */
  public static final int BLOCKED = 1;

  /** Usage or configuration error; the message names the bad value. */
  public static final int USAGE = 2;

  /** The command could not run (output not writable, index missing, internal failure). */
  public static final int CANNOT_RUN = 3;

  /** Another scan is writing into the same output folder; nothing was changed. */
  public static final int BUSY = 4;

  private ExitCodes() {}
}
