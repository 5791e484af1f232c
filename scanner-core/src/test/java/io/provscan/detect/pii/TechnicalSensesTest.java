package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which uses of a lexicon term are technical (not about a person): a truth table. */
class TechnicalSensesTest {

  /** The sense of the first occurrence of {@code term} in {@code text}. */
  private static boolean technical(String text, String term) {
    int at = text.indexOf(term);
    return TechnicalSenses.technical(text, at, at + term.length());
  }

  @ParameterizedTest(name = "{0} / {1} → technical {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kill the child process | child | true",
        "li:last-child { margin: 0 } | child | true",
        "mi-var-child.exp | child | true",
        "child->ops->dequeue | child | true",
        "my %children; | children | true",
        "COLLECT 'child' 'name' | child | true",
        "**(SEMVER-MINOR)** | MINOR | true",
        "emulated a subset of IRIS GL | IRIS | true",
        "Author: Nick Child <n@example.org> | Child | true",
        "Christian Brauner sent a patch | Christian | true",
        "Christian von Roques encouraged me | Christian | true",
        "a minor release | minor | true",
        "some minor white space changes | minor | true",
        "a race condition | race | true",
        "checked in the fix | checked in | true",
        "in good faith | faith | true",
        "the key fingerprint | fingerprint | true",
        "the undocumented option | undocumented | true",
        "converted to UTF-8 | converted to | true",
        "memory savings of 10% | savings | true",
        "my child is sick | child | false",
        "she is a minor. | minor | false",
        "custody of a minor under 14 | minor | false",
        "his race and religion | race | false",
        "she is a Christian and | Christian | false",
        "she converted to Islam | converted to | false",
        "the undocumented immigrants | undocumented | false",
        "the HIV/AIDS clinic | HIV | false",
        "child-care for my son | child | false",
        "我的孩子 | 孩子 | false",
      })
  void judgesTheSenseOfATerm(String text, String term, boolean expected) {
    assertEquals(expected, technical(text, term));
  }

  @ParameterizedTest(name = "{0} / {1} → not a person {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "for i in range | i | true",
        "I fixed it | I | false",
        "the I/O path | I | true",
        "the entry name | name | true",
        "my name is Ann | name | false",
        "the client request failed | client | true",
        "the client and the server | client | true",
        "the client was diagnosed | client | false",
        "Mr Smith | Mr | false",
      })
  void judgesWhetherAPersonWordPointsAtAPerson(String text, String word, boolean expected) {
    int at = text.indexOf(word);
    assertEquals(expected, TechnicalSenses.notAPerson(text, at, at + word.length()));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the cache entry is 10 years old | true",
        "my code is 10 years old | true",
        "my son is 10 years old | false",
        "王某，10岁 | false",
      })
  void anAgeOfAThingIsNoChildsAge(String text, boolean expected) {
    int unit = Math.max(text.indexOf("years"), text.indexOf('岁'));
    assertEquals(expected, TechnicalSenses.thingsAge(text, unit));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"王某，34岁 | true", "患者李某入院 | true", "某些用户 | false", "在某个时间 | false"})
  void findsMaskedChineseNames(String text, boolean expected) {
    assertEquals(expected, SensitiveCounter.maskedName(text, 0, text.length()));
  }
}
