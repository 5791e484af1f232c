import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.utility.compare.LicenseCompareHelper;

/**
 * The peer of the licence-id bench: SPDX Java Tools' brute-force matcher
 * (LicenseCompareHelper.matchingStandardLicenseIds, every template tried) on a few texts, offline.
 *
 *   java -cp SPDX_CLASSPATH bench/BruteForceSpdx.java FILE...
 */
public class BruteForceSpdx {
  public static void main(String[] args) throws Exception {
    System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
    SpdxModelFactory.init();
    ListedLicenses.getListedLicenses().getSpdxListedLicenseIds();
    for (String f : args) {
      String text = Files.readString(Path.of(f));
      long s = System.nanoTime();
      String[] ids = LicenseCompareHelper.matchingStandardLicenseIds(text);
      System.out.printf(
          Locale.ROOT,
          "brute force %-40s %8.0f ms -> %s%n",
          Path.of(f).getFileName(),
          (System.nanoTime() - s) / 1e6,
          Arrays.toString(ids));
    }
  }
}
