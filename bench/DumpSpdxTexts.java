import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes every SPDX licence and exception text bundled in a java-spdx-library jar into a folder,
 * one file per id ({@code <id>.txt}), for the licensecheck comparison.
 *
 *   java -cp provscan.jar bench/DumpSpdxTexts.java SPDX_JAR DIR
 */
public class DumpSpdxTexts {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[1]));
    ObjectMapper json = new ObjectMapper();
    try (ZipFile zip = new ZipFile(args[0])) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        String n = e.nextElement().getName();
        if (!n.startsWith("resources/stdlicenses/") || !n.endsWith(".json")
            || n.endsWith("/licenses.json") || n.endsWith("/exceptions.json")) {
          continue;
        }
        JsonNode node = json.readTree(zip.getInputStream(zip.getEntry(n)));
        String text = node.has("licenseText")
            ? node.get("licenseText").asText()
            : node.path("licenseExceptionText").asText("");
        String id = n.substring(n.lastIndexOf('/') + 1, n.length() - 5);
        if (!text.isBlank()) {
          Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        }
      }
    }
  }
}
