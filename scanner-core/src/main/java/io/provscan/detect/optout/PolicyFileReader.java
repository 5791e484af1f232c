package io.provscan.detect.optout;

import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import java.util.List;

/**
 * How one kind of site policy file is read: the kind (its path on the origin and its name in a
 * {@code --site-policies} folder, which {@code io.provscan.sitepolicy} needs to gather the bytes)
 * and the parser that turns the bytes into rules. Registered in {@link PolicyFileReaders}.
 *
 * @param kind the file it reads
 * @param parser its parser
 */
record PolicyFileReader(PolicyKind kind, Parser parser) {
  /** Parses one file of the kind. */
  @FunctionalInterface
  interface Parser {
    /**
     * The rules of a file as found (any HTTP status); never throws on the file's content.
     *
     * @param file the file and how it was answered
     * @param agents the AI agents judged
     * @param warnings where problems with the file are noted
     * @return the parsed file, or null when it states nothing a page can be judged by
     */
    ParsedPolicy parse(PolicyFile file, AgentRegistry agents, List<String> warnings);
  }

  /** Parses {@code file}, which must be of this reader's kind. */
  ParsedPolicy read(PolicyFile file, AgentRegistry agents, List<String> warnings) {
    return parser.parse(file, agents, warnings);
  }
}
