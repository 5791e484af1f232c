package io.provscan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy's export.operators set the operators; --pii and --pii-type override them. */
class PiiOperatorsTest {
  @TempDir Path dir;

  private Policy policy() throws Exception {
    return PolicyLoader.read(
        Files.writeString(
            dir.resolve("p.yaml"),
            """
            export:
              operators:
                default: tag
                EMAIL_ADDRESS: hash
                PERSON: none
            """));
  }

  @Test
  void withoutAPolicyEveryTypeIsMasked() {
    PiiOperators o = PiiOperators.fromPolicy(null, null);
    assertEquals(Operator.MASK, o.of("EMAIL_ADDRESS"));
    assertEquals(Operator.MASK, o.of("PERSON"));
  }

  @Test
  void thePolicyChoosesPerTypeAndForTheRest() throws Exception {
    PiiOperators o = PiiOperators.fromPolicy(policy(), "a salt of sixteen or more");
    assertEquals(Operator.HASH, o.of("EMAIL_ADDRESS"));
    assertEquals(Operator.NONE, o.of("PERSON"));
    assertEquals(Operator.TAG, o.of("PHONE_NUMBER"));
    assertEquals("hash", o.describe().get("EMAIL_ADDRESS"));
  }

  @Test
  void aTypeOptionOverridesOnlyItsType() throws Exception {
    PiiOperators o =
        PiiOperators.fromPolicy(policy(), null)
            .overriddenBy(null, Map.of("PERSON", Operator.REDACT));
    assertEquals(Operator.REDACT, o.of("PERSON"));
    assertEquals(Operator.HASH, o.of("EMAIL_ADDRESS"), "kept from the policy");
    assertEquals(Operator.TAG, o.of("PHONE_NUMBER"), "kept from the policy");
  }

  @Test
  void theAllTypesOptionOverridesThePolicyEverywhereThenTypeOptionsApply() throws Exception {
    PiiOperators o =
        PiiOperators.fromPolicy(policy(), null)
            .overriddenBy(Operator.REDACT, Map.of("PHONE_NUMBER", Operator.MASK));
    assertEquals(Operator.REDACT, o.of("EMAIL_ADDRESS"));
    assertEquals(Operator.REDACT, o.of("PERSON"));
    assertEquals(Operator.MASK, o.of("PHONE_NUMBER"));
  }
}
