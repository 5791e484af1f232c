package io.provscan.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** provscan's version, as the build stamped it. */
public final class ToolVersion {
  private static final String VERSION = load();

  private ToolVersion() {}

  /** The version, such as {@code 0.1.0}; {@code unknown} outside a built jar. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        ToolVersion.class.getResourceAsStream("/io/provscan/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
