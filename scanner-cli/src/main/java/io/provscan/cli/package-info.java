/**
 * The command line: thin picocli commands over scanner-core. Each command is a {@code
 * Callable<Integer>}; exit codes are 0 (done), 1 (a gate blocked), 2 (usage or configuration error,
 * with a message naming the bad value) and 3 (the command could not run).
 */
package io.provscan.cli;
