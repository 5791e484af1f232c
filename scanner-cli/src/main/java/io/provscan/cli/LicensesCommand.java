package io.provscan.cli;

import io.provscan.internal.Json;
import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code provscan licenses}: lists the licence catalogue; {@code licenses show ID}: one entry. */
@Command(
    name = "licenses",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    subcommands = {LicensesCommand.Show.class},
    description = {
      "Lists the licence catalogue: the SPDX licence list (bundled, offline) and provscan's own"
          + " entries for model-weight and data licences, with their categories."
    },
    footer = {
      "",
      "Categories: permissive, weak-copyleft, strong-copyleft, network-copyleft, non-commercial,",
      "  no-derivatives, research-only, use-restricted, proprietary, public-domain, unknown.",
      "Examples:",
      "  provscan licenses --category non-commercial",
      "  provscan licenses show LicenseRef-llama2"
    })
final class LicensesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the entries as a JSON array.")
  boolean json;

  @Option(
      names = "--category",
      paramLabel = "C",
      description = "Only entries of this category (such as non-commercial).")
  String category;

  @Override
  public Integer call() throws Exception {
    Catalog catalog = Catalog.get();
    List<LicenseEntry> entries =
        category == null ? catalog.entries() : catalog.entries(LicenseCategory.fromId(category));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      entries.forEach(e -> rows.add(summary(e)));
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    } else {
      out.printf(
          Locale.ROOT,
          "%d licences (SPDX list %s and provscan's own entries)%n",
          entries.size(),
          catalog.spdxListVersion());
      for (LicenseEntry e : entries) {
        out.printf(
            Locale.ROOT,
            "%-40s %-16s %-8s %s%n",
            e.id(),
            e.category().id(),
            e.source(),
            e.name() + (e.deprecated() ? " (deprecated)" : ""));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static Map<String, Object> summary(LicenseEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("category", e.category().id());
    m.put("source", e.source());
    m.put("exception", e.exception());
    m.put("osiApproved", e.osiApproved());
    m.put("fsfLibre", e.fsfLibre());
    m.put("deprecated", e.deprecated());
    m.put("aliases", e.aliases());
    List<String> clauses = new ArrayList<>();
    e.clauses().forEach(c -> clauses.add(c.type().id()));
    m.put("clauses", clauses);
    return m;
  }

  /** {@code provscan licenses show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows one catalogue entry: names, category, flags, URLs and clauses.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "SPDX id or LicenseRef id (any case).")
    String id;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      LicenseEntry e =
          Catalog.get()
              .byId(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no licence '" + id + "' in the catalogue; see provscan licenses"));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> m = summary(e);
        m.put("version", e.version());
        m.put("date", e.date());
        m.put("urls", e.urls());
        m.put("supersedes", e.supersedes());
        m.put("notes", e.notes());
        m.put("file", e.file());
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (LicenseEntry.ClauseSpec c : e.clauses()) {
          Map<String, Object> cm = new LinkedHashMap<>();
          cm.put("id", c.type().id());
          cm.put("value", c.value());
          cm.put("phrase", c.phrase());
          clauses.add(cm);
        }
        m.put("clauses", clauses);
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
      } else {
        text(e, out);
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static void text(LicenseEntry e, PrintWriter out) {
      out.println(e.id() + " — " + e.name());
      line(out, "category", e.category().id());
      line(out, "source", e.isSpdx() ? "SPDX licence list" : "provscan entry " + e.file());
      line(out, "version", e.version());
      line(out, "date", e.date());
      if (e.isSpdx()) {
        line(
            out,
            "flags",
            (e.exception() ? "exception, " : "")
                + (e.osiApproved() ? "OSI-approved" : "not OSI-approved")
                + (e.fsfLibre() ? ", FSF libre" : "")
                + (e.deprecated() ? ", deprecated" : ""));
      }
      line(out, "aliases", e.aliases().isEmpty() ? null : String.join("; ", e.aliases()));
      e.urls().forEach(u -> line(out, "url", u));
      if (!e.clauses().isEmpty()) {
        out.println("  clauses:");
        for (LicenseEntry.ClauseSpec c : e.clauses()) {
          out.println("    " + c.type().id() + " = " + c.value());
          if (c.phrase() != null) {
            out.println("      stated as: \"" + c.phrase() + "\"");
          }
        }
      }
      line(out, "notes", e.notes());
    }

    private static void line(PrintWriter out, String name, String value) {
      if (value != null) {
        out.printf(Locale.ROOT, "  %-9s %s%n", name + ":", value);
      }
    }
  }
}
