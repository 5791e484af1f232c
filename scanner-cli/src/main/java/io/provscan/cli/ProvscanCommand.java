package io.provscan.cli;

import io.provscan.scan.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; does nothing by itself but show help. */
@Command(
    name = "provscan",
    mixinStandardHelpOptions = true,
    versionProvider = ProvscanCommand.Version.class,
    description = {
      "Scans training-data corpora for their provenance: licences, opt-out reservations and"
          + " personal data, with a report a data team can gate on and a lawyer can read.",
      ""
    },
    footer = {
      "",
      "Start with:  provscan scan            (scans the bundled demo corpus)",
      "Then:        provscan search \"apache license\"",
      "             provscan report          (re-renders report.html, provenance.spdx.json, sources.csv)",
      "Gate:        provscan gate --policy my-policy.yaml provscan-out",
      "Export:      provscan export provscan-out --to clean/   (the records that pass, de-identified)",
      "Licences:    provscan licenses; provscan licenses show ID; provscan explain FILE",
      "Opt-outs:    provscan optout URL      (robots.txt, TDMRep, ai.txt for one page)",
      "Exit codes:  0 done, 1 blocked by policy, 2 usage error, 3 could not run,"
          + " 4 another scan or export is writing into the folder."
    },
    subcommands = {
      ScanCommand.class,
      SearchCommand.class,
      GateCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      LicensesCommand.class,
      ExplainCommand.class,
      OptOutCommand.class
    })
public final class ProvscanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version with the versions of the libraries that shape results. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "provscan " + ToolVersion.get(),
        org.apache.tika.Tika.getString(),
        "Apache Lucene " + org.apache.lucene.util.Version.LATEST,
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
