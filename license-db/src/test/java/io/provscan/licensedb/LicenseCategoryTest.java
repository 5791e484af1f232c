package io.provscan.licensedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LicenseCategoryTest {
  @ParameterizedTest
  @EnumSource(LicenseCategory.class)
  void idRoundTrips(LicenseCategory category) {
    assertEquals(category, LicenseCategory.fromId(category.id()));
  }

  @Test
  void idsAreLowerCaseAndHyphenated() {
    assertEquals("non-commercial", LicenseCategory.NON_COMMERCIAL.id());
    assertEquals("use-restricted", LicenseCategory.USE_RESTRICTED.id());
  }

  @Test
  void unknownIdNamesTheValueAndTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LicenseCategory.fromId("free-ish"));
    assertTrue(e.getMessage().contains("'free-ish'"));
    assertTrue(e.getMessage().contains("permissive"));
  }
}
