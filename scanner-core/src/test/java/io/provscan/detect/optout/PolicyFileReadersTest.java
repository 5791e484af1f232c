package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.sitepolicy.PolicyKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of site policy file the sources gather has exactly one reader. */
class PolicyFileReadersTest {
  @ParameterizedTest
  @EnumSource(PolicyKind.class)
  void everyPolicyKindHasExactlyOneReader(PolicyKind kind) {
    List<PolicyFileReader> readers =
        PolicyFileReaders.ALL.stream().filter(r -> r.kind() == kind).toList();
    assertEquals(1, readers.size(), kind + " readers: " + readers);
  }

  @ParameterizedTest
  @EnumSource(PolicyKind.class)
  void anUnansweredFetchOfAnyKindIsReadWithoutThrowing(PolicyKind kind) {
    PolicyFileReader reader =
        PolicyFileReaders.ALL.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    List<String> warnings = new java.util.ArrayList<>();
    reader.read(
        Policies.file(kind, "https://example.org" + kind.path(), 0, ""),
        AgentRegistry.defaults(),
        warnings);
    assertEquals(kind == PolicyKind.ROBOTS_TXT ? 1 : 0, warnings.size(), warnings.toString());
  }
}
