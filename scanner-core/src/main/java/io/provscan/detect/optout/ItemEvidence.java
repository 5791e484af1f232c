package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * The opt-out evidence gathered for one item while its readers run: the signals found so far, in
 * the order they will be reported, and the TDMRep statements, which are weighed together once all
 * four places are read (TDMRep §4, {@link TdmRep#signals}). One per item, used by one thread.
 */
final class ItemEvidence {
  private final AgentRegistry agents;
  private final List<Signal> signals = new ArrayList<>();
  private final List<TdmRep.Statement> tdmStatements = new ArrayList<>();

  /** Evidence judged for the agents of {@code agents}. */
  ItemEvidence(AgentRegistry agents) {
    this.agents = agents;
  }

  /** The AI agents a reader may find addressed by name (a {@code <meta name="GPTBot">}). */
  AgentRegistry agents() {
    return agents;
  }

  void add(Signal signal) {
    signals.add(signal);
  }

  void addAll(List<Signal> found) {
    signals.addAll(found);
  }

  /** Adds a TDMRep statement; readers add them in TDMRep's order of priority. */
  void tdm(TdmRep.Statement statement) {
    tdmStatements.add(statement);
  }

  /** The TDMRep statements so far, lowest priority first. */
  List<TdmRep.Statement> tdmStatements() {
    return List.copyOf(tdmStatements);
  }

  /** The signals so far, in order. */
  List<Signal> signals() {
    return List.copyOf(signals);
  }
}
