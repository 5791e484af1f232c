import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes N real JPEGs (256×256, drawn and encoded by ImageIO) with an XMP packet in APP1; every
 * other one reserves AI training with IPTC PLUS Data Mining, the others allow it.
 *
 * <pre>java bench/media/MakeJpegs.java DIR [N]</pre>
 */
public class MakeJpegs {
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(new Color(i * 7919 & 0xFFFFFF));
      g.fillRect(0, 0, 256, 256);
      g.setColor(Color.WHITE);
      g.drawString("image " + i, 20, 128);
      g.dispose();
      ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
      ImageIO.write(img, "jpg", jpeg);
      byte[] j = jpeg.toByteArray();
      String value = i % 2 == 0 ? "DMI-PROHIBITED-AIMLTRAINING" : "DMI-ALLOWED";
      byte[] app1 = app1(xmp("http://ns.useplus.org/ldf/vocab/" + value, i));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(j, 0, 2);
      out.writeBytes(app1);
      out.write(j, 2, j.length - 2);
      Files.write(dir.resolve(String.format("img-%04d.jpg", i)), out.toByteArray());
    }
  }

  static byte[] xmp(String dataMining, int i) {
    return ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:plus=\"http://ns.useplus.org/ldf/xmp/1.0/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" plus:DataMining=\"" + dataMining + "\">"
            + "<dc:creator><rdf:Seq><rdf:li>Photographer " + i + "</rdf:li></rdf:Seq></dc:creator>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] app1(byte[] xmp) {
    byte[] id = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    int len = 2 + id.length + xmp.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xE1);
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.writeBytes(id);
    out.writeBytes(xmp);
    return out.toByteArray();
  }
}
