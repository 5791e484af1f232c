import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the records of a JSONL shard as a Parquet shard, as Hugging Face converts datasets: one
 * optional string column per top-level field of the first record (FineWeb's text, id, dump, url,
 * date, language), snappy-compressed, 128 MB row groups. Run with the provscan jar on the class
 * path: {@code java -cp provscan.jar bench/ParquetShard.java IN.jsonl OUT.parquet [CODEC]}.
 */
public class ParquetShard {
  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    CompressionCodecName codec =
        args.length > 2 ? CompressionCodecName.valueOf(args[2]) : CompressionCodecName.SNAPPY;
    ObjectMapper json = new ObjectMapper();
    Files.deleteIfExists(out);
    try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line = lines.readLine();
      JsonNode first = json.readTree(line);
      StringBuilder schema = new StringBuilder("message shard {");
      for (Iterator<String> names = first.fieldNames(); names.hasNext(); ) {
        schema.append(" optional binary ").append(names.next()).append(" (STRING);");
      }
      MessageType type = MessageTypeParser.parseMessageType(schema.append(" }").toString());
      SimpleGroupFactory groups = new SimpleGroupFactory(type);
      long rows = 0;
      try (ParquetWriter<Group> writer =
          ExampleParquetWriter.builder(new LocalOutputFile(out))
              .withConf(new PlainParquetConfiguration())
              .withType(type)
              .withCompressionCodec(codec)
              .build()) {
        for (; line != null; line = lines.readLine()) {
          JsonNode record = json.readTree(line);
          Group g = groups.newGroup();
          for (Iterator<Map.Entry<String, JsonNode>> f = record.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> e = f.next();
            if (type.containsField(e.getKey()) && !e.getValue().isNull()) {
              g.add(e.getKey(), e.getValue().asText());
            }
          }
          writer.write(g);
          rows++;
        }
      }
      System.out.printf("%s: %d rows, %.1f MB%n", out.getFileName(), rows, Files.size(out) / 1e6);
    }
  }
}
