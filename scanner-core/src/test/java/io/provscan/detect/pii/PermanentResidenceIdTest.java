package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.detect.PiiFinding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Foreigner permanent-residence ID numbers (2023 card): the validator, then the detector. */
class PermanentResidenceIdTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @ParameterizedTest(name = "{0} valid: {1}")
  @CsvSource({
    "931840198501010013, true", // Shanghai, nationality 840, born 1985-01-01
    "911250199006150028, true", // Beijing, nationality 250
    "93184019850101003X, true", // check character X
    "93184019850101003x, true", // written in lower case
    "931840198501010012, false", // wrong check digit
    "94439219780230003X, false", // 30 February, check digit right
    "931840209901010013, false", // born in 2099
    "981840198501010012, false", // province 81: no accepting office there
    "931000198501010019, false", // nationality 000
    "11010519491231002X, false", // a resident id (GB 11643's own example)
    "440524188001010014, false", // a resident id
    "93184019850101001, false", // 17 digits
  })
  void validatesTheLayoutOfThe2023Card(String id, boolean valid) {
    assertEquals(valid, PermanentResidenceId.valid(id, TODAY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "永久居留身份证号码：931840198501010013。| CN_FOREIGNER_PERMANENT_RESIDENCE_ID | 931840********0013",
        "permanent residence ID 93184019850101003X | CN_FOREIGNER_PERMANENT_RESIDENCE_ID"
            + " | 931840********003X",
        "身份证号：11010519491231002X。| CN_RESIDENT_ID | 110105********002X",
        "bad check 931840198501010012 here | - | -",
        "order 931840198501010013 | - | -", // a veto word and no context word
        "inside 1931840198501010013 a longer run | - | -",
      })
  void findsTheCardNumberAndTakesNoResidentIdForIt(String text, String type, String masked) {
    PiiDetector detector =
        new PiiDetector(
            EnumSet.allOf(PiiType.class), EnumSet.noneOf(SensitiveCategory.class), TODAY);
    List<PiiFinding> found = detector.find(text).pii();
    if (type.equals("-")) {
      assertEquals(List.of(), found);
    } else {
      assertEquals(1, found.size(), found::toString);
      assertEquals(type, found.get(0).type());
      assertEquals(masked, found.get(0).masked());
    }
  }
}
