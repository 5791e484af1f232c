package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The PERSON and ADDRESS pass: one walk over the text, stopping at Chinese characters that may
 * start a surname, a division name or an address label, at capitalised ASCII words and at house
 * numbers. Its candidates are merged with the validated types' ({@link #merge}): a validated value
 * wins over a name it overlaps; an address wins over a name inside it and over a US SSN read inside
 * it or just after a unit word ("Suite 680 36 4022").
 */
final class NamesAndPlaces {
  /** The rule PERSON and ADDRESS register: no entry point of the candidate scan. */
  static final TypeRule RULE = new TypeRule() {};

  private final ZhPersons zhPersons;
  private final ZhAddresses zhAddresses;
  private final EnPersons enPersons;
  private final EnAddresses enAddresses;
  private final boolean persons;
  private final boolean addresses;

  /** Chinese characters where a name or an address may start: every other one is passed over. */
  private final boolean[] hanStarts = new boolean[Character.MAX_VALUE + 1];

  NamesAndPlaces(boolean persons, boolean addresses) {
    NameData data = NameData.BUNDLED;
    this.zhPersons = new ZhPersons(data);
    this.zhAddresses = new ZhAddresses(data);
    this.enPersons = new EnPersons(data);
    this.enAddresses = new EnAddresses(data);
    this.persons = persons;
    this.addresses = addresses;
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      if ((addresses && zhAddresses.starts(c)) || (persons && zhPersons.starts(c))) {
        hanStarts[c] = true;
      }
    }
  }

  boolean enabled() {
    return persons || addresses;
  }

  /** Candidates of PERSON and ADDRESS in {@code text}, in order of position. */
  List<Candidate> find(String text, char[] cs) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < cs.length) {
      char c = cs[i];
      Candidate found = null;
      if (ZhPersons.han(c)) {
        found = hanStarts[c] ? han(text, i) : null;
      } else if (Chars.upper(c) && !Chars.word(Chars.at(cs, i - 1))) {
        int e = i + 1;
        while (e < cs.length && Chars.word(cs[e])) {
          e++;
        }
        found = persons ? enPersons.at(text, i, e) : null;
        if (found == null) {
          i = e;
          continue;
        }
      } else if (addresses && Chars.digit(c) && !Chars.word(Chars.at(cs, i - 1))) {
        found = enAddresses.at(text, i);
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private Candidate han(String text, int i) {
    if (addresses) {
      int label = ZhAddresses.afterLabel(text, i);
      Candidate a = label > 0 && label < text.length() ? zhAddresses.at(text, label) : null;
      if (a == null && zhAddresses.division(text, i) > 0) {
        a = zhAddresses.at(text, i);
      }
      if (a != null) {
        return a;
      }
    }
    return persons ? zhPersons.at(text, i) : null;
  }

  /** The validated candidates and these, without the overlaps described above, by position. */
  static List<Candidate> merge(List<Candidate> validated, List<Candidate> names, String text) {
    List<Candidate> out = new ArrayList<>();
    Spans addresses = new Spans(names, n -> n.type() == PiiType.ADDRESS);
    for (Candidate v : validated) {
      if (v.type() == PiiType.US_SSN
          && (addresses.covers(v.start()) || afterUnitWord(text, v.start()))) {
        continue;
      }
      out.add(v);
    }
    Spans values = new Spans(validated, v -> true);
    for (Candidate n : names) {
      if (n.type() == PiiType.ADDRESS || !values.overlaps(n.start(), n.end())) {
        out.add(n);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  private static boolean afterUnitWord(String text, int start) {
    String before = text.substring(Math.max(0, start - 7), start).strip();
    return before.endsWith("Suite")
        || before.endsWith("Apt")
        || before.endsWith("Unit")
        || before.endsWith("Ste")
        || before.endsWith("#")
        || before.endsWith("Room");
  }
}
