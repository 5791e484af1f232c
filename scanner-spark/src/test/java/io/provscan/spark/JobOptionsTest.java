package io.provscan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.policy.Action;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: the CLI's names and value syntax, and every bad value on the driver. */
class JobOptionsTest {
  @TempDir Path dir;

  @Test
  void readsTheOptionsItSharesWithTheCli() {
    JobOptions o =
        JobOptions.parse(
            "scan",
            "--out",
            "o",
            "--exclude",
            "*.log",
            "--exclude",
            "build/**",
            "--pii-types",
            "EMAIL_ADDRESS,PHONE_NUMBER",
            "--max-item-size",
            "10MB",
            "--item-timeout",
            "2m",
            "--max-text",
            "1000",
            "--no-media-metadata",
            "--no-optout",
            "in");
    assertEquals(List.of("*.log", "build/**"), o.excludes());
    assertEquals(List.of("EMAIL_ADDRESS", "PHONE_NUMBER"), o.detect().piiTypes());
    assertEquals(10L * 1024 * 1024, o.limits().maxItemSize());
    assertEquals(Duration.ofMinutes(2), o.limits().timeout());
    assertEquals(1000, o.limits().maxText());
    assertEquals(false, o.detect().mediaMetadata());
    assertEquals(false, o.detect().optOut());
    assertEquals(false, o.gates());
    assertEquals(Action.BLOCK, o.failOn());
  }

  @Test
  void aBadValueIsNamedBeforeAnyTaskStarts() {
    assertMessage("unknown option --bogus", "--bogus");
    assertMessage("--max-item-size", "--max-item-size", "ten");
    assertMessage("--item-timeout", "--item-timeout", "soon");
    assertMessage("NOT_A_TYPE", "--pii-types", "NOT_A_TYPE");
    assertMessage("exclude glob '[a'", "--exclude", "[a");
    assertMessage("--fail-on needs --policy", "--fail-on", "review");
    assertMessage("--fail-on must be block or review", "--policy", "p.yaml", "--fail-on", "x");
  }

  @Test
  void thePolicyIsReadOnTheDriverAndTravelsWithTheOptions() throws Exception {
    Path policy =
        Files.writeString(
            dir.resolve("p.yaml"),
            "version: 1\noptout:\n  reserved: review\n",
            StandardCharsets.UTF_8);
    JobOptions parsed =
        JobOptions.parse(
            "scan", "--out", "o", "--policy", policy.toString(), "--fail-on", "review", "in");
    assertThrows(IllegalStateException.class, parsed::judgingPolicy, "not read yet");
    JobOptions read = parsed.readPolicy(new Configuration());
    assertEquals(Action.REVIEW, read.failOn());
    assertTrue(read.gates());
    assertEquals(policy.toString(), read.judgingPolicy().origin());

    // what an executor receives: a copy equal to the driver's, so it keeps its scanner
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(read);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    assertNotSame(read, copy);
    assertEquals(read, copy);
    assertEquals(read.hashCode(), copy.hashCode());
  }

  @Test
  void aBadPolicyFileFailsOnTheDriverNamingItsLine() throws Exception {
    Path policy =
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nopt_out:\n  reserved: block\n");
    JobOptions parsed = JobOptions.parse("scan", "--out", "o", "--policy", policy.toString(), "in");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parsed.readPolicy(new Configuration()));
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("opt_out"), e.getMessage());
  }

  @Test
  void anExcludedFolderLeavesOutWhatItHolds() {
    io.provscan.source.Excludes ex = io.provscan.source.Excludes.of(List.of("build", "*.log"));
    assertTrue(Inputs.excluded("build/a.txt", ex));
    assertTrue(Inputs.excluded("src/build/deep/a.txt", ex));
    assertTrue(Inputs.excluded("logs/x.log", ex));
    assertEquals(false, Inputs.excluded("src/builder.txt", ex));
    assertEquals(false, Inputs.excluded("src/a.txt", ex));
  }

  private static void assertMessage(String expected, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "scan";
    args[1] = "--out";
    args[2] = "o";
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = "in";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
