package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real model-licence text in {@code shared/realworld/model-licenses} (read from there, never
 * copied) is identified as its licence with its clauses, as published and re-wrapped, turned into
 * Markdown, and with CRLF line ends and a BOM.
 */
@RealWorld
class ModelLicenseTextsTest {
  static Path dir() {
    return Fixtures.realWorld("model-licenses");
  }

  /** File, the licences it holds, and the clauses the first must carry. */
  static Stream<Arguments> texts() {
    return Stream.of(
        a("llama1-license-weights.txt", "LicenseRef-llama1", "non-commercial", "research-only"),
        a(
            "llama2-community-license.txt",
            "LicenseRef-llama2",
            "mau-threshold",
            "output-use-restriction",
            "attribution-notice",
            "acceptable-use-policy"),
        a("llama2-acceptable-use-policy.txt", "LicenseRef-llama2-aup", "acceptable-use-policy"),
        a(
            "llama3-community-license.txt",
            "LicenseRef-llama3,LicenseRef-llama3-aup",
            "mau-threshold",
            "output-use-restriction",
            "naming-requirement"),
        a("llama3-acceptable-use-policy.txt", "LicenseRef-llama3-aup", "acceptable-use-policy"),
        a(
            "llama3.1-community-license.txt",
            "LicenseRef-llama3.1",
            "mau-threshold",
            "naming-requirement"),
        a("llama3.1-acceptable-use-policy.txt", "LicenseRef-llama3.1-aup", "acceptable-use-policy"),
        a("llama3.2-community-license.txt", "LicenseRef-llama3.2", "mau-threshold"),
        a(
            "llama3.2-acceptable-use-policy.txt",
            "LicenseRef-llama3.2-aup",
            "eu-multimodal-exclusion"),
        a("llama3.3-community-license.txt", "LicenseRef-llama3.3", "naming-requirement"),
        a(
            "llama3.3-acceptable-use-policy.txt",
            "LicenseRef-llama3.3-aup",
            "eu-multimodal-exclusion"),
        a("llama4-community-license.txt", "LicenseRef-llama4", "mau-threshold"),
        a("llama4-acceptable-use-policy.txt", "LicenseRef-llama4-aup", "eu-multimodal-exclusion"),
        a("chatglm-6b-model-license.txt", "LicenseRef-chatglm-6b", "commercial-registration"),
        a(
            "chatglm-6b-model-license-2023-03-noncommercial.txt",
            "LicenseRef-chatglm-6b-2023-03",
            "non-commercial"),
        a("chatglm2-6b-model-license.txt", "LicenseRef-chatglm2-6b", "use-restrictions"),
        a("chatglm3-6b-model-license.txt", "LicenseRef-chatglm3-6b", "commercial-registration"),
        a(
            "glm-4-9b-license.txt",
            "LicenseRef-glm-4",
            "commercial-registration",
            "naming-requirement"),
        a("glm-4-voice-license.txt", "LicenseRef-glm-4", "naming-requirement"),
        a("codegeex4-model-license.txt", "LicenseRef-codegeex4", "naming-requirement"),
        a(
            "tongyi-qianwen-license-agreement.txt",
            "LicenseRef-tongyi-qianwen",
            "mau-threshold",
            "output-use-restriction"),
        a(
            "tongyi-qianwen-research-license-agreement.txt",
            "LicenseRef-tongyi-qianwen-research",
            "non-commercial",
            "research-only"),
        a(
            "qwen-research-license-agreement-2024-09-19.txt",
            "LicenseRef-qwen-research",
            "non-commercial",
            "naming-requirement"),
        a(
            "yi-community-license-v2.1.txt",
            "LicenseRef-yi-2.1",
            "commercial-registration",
            "distillation-derivative"),
        a("yi-license-v1.0.txt", "LicenseRef-yi-1.0", "non-commercial"),
        a(
            "deepseek-license-agreement-v1.0.txt",
            "LicenseRef-deepseek",
            "use-restrictions",
            "distillation-derivative"),
        a(
            "deepseek-license-agreement-v1.0-deepseek-v3-copy.txt",
            "LicenseRef-deepseek",
            "use-restrictions"),
        a(
            "bigscience-bloom-rail-1.0.txt",
            "LicenseRef-bigscience-bloom-rail-1.0",
            "use-restrictions"),
        a("bigcode-openrail-m-v1.txt", "LicenseRef-bigcode-openrail-m", "use-restrictions"),
        a("creativeml-openrail-m.txt", "LicenseRef-creativeml-openrail-m", "use-restrictions"),
        a("creativeml-openrail-plusplus-m.txt", "LicenseRef-openrail-plusplus", "use-restrictions"),
        a("sdxl-1.0-openrail-plusplus-m.txt", "LicenseRef-openrail-plusplus", "use-restrictions"),
        a(
            "gemma-terms-of-use-2024-02-21.txt",
            "LicenseRef-gemma-2024-02-21",
            "distillation-derivative"),
        a(
            "gemma-terms-of-use-2025-03-24.txt",
            "LicenseRef-gemma",
            "distillation-derivative",
            "attribution-notice"),
        a(
            "gemma-prohibited-use-policy-2024-02-21.txt",
            "LicenseRef-gemma-prohibited-use-policy",
            "acceptable-use-policy"),
        a(
            "mistral-ai-non-production-license-mnpl-0.1.txt",
            "LicenseRef-mistral-mnpl-0.1",
            "non-commercial"),
        a(
            "mistral-ai-research-license-mrl-0.1.txt",
            "LicenseRef-mistral-mrl-0.1",
            "research-only",
            "output-use-restriction"),
        a(
            "stability-ai-community-license.txt",
            "LicenseRef-stability-ai-community",
            "revenue-threshold",
            "commercial-registration",
            "output-use-restriction"),
        a(
            "stability-ai-non-commercial-research-community-license.txt",
            "LicenseRef-stability-ai-nc-research-community",
            "non-commercial",
            "hosting-restriction"),
        a(
            "nvidia-open-model-license-2025-10-24.txt",
            "LicenseRef-nvidia-open-model",
            "use-restrictions"),
        a(
            "falcon-2-11b-tii-license-1.0.txt",
            "LicenseRef-falcon-2-11b-tii-1.0",
            "acceptable-use-policy"),
        a(
            "falcon-3-tii-falcon-license-2024-12.txt",
            "LicenseRef-falcon-3-tii",
            "acceptable-use-policy"),
        a(
            "databricks-open-model-license.txt",
            "LicenseRef-databricks-open-model",
            "mau-threshold",
            "output-use-restriction"),
        a(
            "xai-grok-2-community-license-2025-11-04.txt",
            "LicenseRef-grok2-community",
            "output-use-restriction"),
        a(
            "kimi-k2-modified-mit-license.txt",
            "LicenseRef-kimi-k2-modified-mit",
            "mau-threshold",
            "revenue-threshold",
            "naming-requirement"),
        a("lfm-open-license-v1.0.txt", "LicenseRef-lfm-open-1.0", "revenue-threshold"));
  }

  private static Arguments a(String file, String ids, String... clauses) {
    return Arguments.of(file, List.of(ids.split(",")), Set.of(clauses));
  }

  static String read(String file) throws IOException {
    return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void realTextIsIdentifiedWithItsClauses(String file, List<String> ids, Set<String> clauses)
      throws IOException {
    check(read(file), ids, clauses, true);
  }

  @ParameterizedTest(name = "{0} re-wrapped")
  @MethodSource("texts")
  void rewrappedTextIsIdentified(String file, List<String> ids, Set<String> clauses)
      throws IOException {
    check(Variants.rewrap(read(file), 50), ids, clauses, false);
  }

  @ParameterizedTest(name = "{0} as Markdown")
  @MethodSource("texts")
  void markdownTextIsIdentified(String file, List<String> ids, Set<String> clauses)
      throws IOException {
    check(Variants.markdown(read(file)), ids, clauses, false);
  }

  @ParameterizedTest(name = "{0} with CRLF and BOM")
  @MethodSource("texts")
  void crlfAndBomTextIsIdentified(String file, List<String> ids, Set<String> clauses)
      throws IOException {
    UnaryOperator<String> crlf = s -> "\uFEFF" + s.replace("\r\n", "\n").replace("\n", "\r\n");
    check(crlf.apply(read(file)), ids, clauses, true);
  }

  private static void check(String text, List<String> ids, Set<String> clauses, boolean exact) {
    List<LicenseFinding> found = Detect.all("LICENSE", text);
    assertEquals(ids, Detect.ids(found, "text"), () -> "found " + found);
    LicenseFinding first = found.stream().filter(f -> f.basis().equals("text")).findFirst().get();
    Set<String> got =
        first.clauses().stream().map(LicenseFinding.Clause::id).collect(Collectors.toSet());
    assertTrue(got.containsAll(clauses), () -> "clauses " + got + " lack some of " + clauses);
    for (LicenseFinding.Clause c : first.clauses()) {
      if (c.line() != null) {
        assertTrue(c.line() >= 1 && c.evidence() != null && !c.evidence().isBlank(), c::toString);
      }
    }
    if (exact) {
      assertEquals(1.0, first.confidence(), () -> "notes " + first.notes());
    }
    assertTrue(first.lines().start() >= 1 && first.lines().end() >= first.lines().start());
  }
}
