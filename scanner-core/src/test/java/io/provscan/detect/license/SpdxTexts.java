package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;

/** The SPDX licence and exception texts, read from SPDX Java Tools itself, offline. */
final class SpdxTexts {
  private static Map<String, String> texts;

  private SpdxTexts() {}

  /** Every listed licence's and exception's own text, by id. */
  static synchronized Map<String, String> all() {
    if (texts == null) {
      System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
      SpdxModelFactory.init();
      ListedLicenses listed = ListedLicenses.getListedLicenses();
      Map<String, String> m = new LinkedHashMap<>();
      try {
        for (String id : sorted(listed.getSpdxListedLicenseIds())) {
          m.put(id, listed.getListedLicenseByIdCompatV2(id).getLicenseText());
        }
        for (String id : sorted(listed.getSpdxListedExceptionIds())) {
          m.put(id, listed.getListedExceptionByIdCompatV2(id).getLicenseExceptionText());
        }
      } catch (InvalidSPDXAnalysisException e) {
        throw new IllegalStateException(e);
      }
      texts = m;
    }
    return texts;
  }

  /** One text. */
  static String of(String id) {
    String t = all().get(id);
    if (t == null) {
      throw new IllegalArgumentException("no SPDX text " + id);
    }
    return t;
  }

  private static List<String> sorted(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(String.CASE_INSENSITIVE_ORDER);
    return out;
  }
}
