package io.provscan.media;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.provscan.media.Bytes.MalformedException;
import io.provscan.media.Jumbf.Box;
import io.provscan.media.Jumbf.Super;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The training-and-data-mining assertions of a C2PA manifest store's active manifest: the store
 * ({@code jumb} labelled {@code c2pa}) holds manifests in order, and the last one is active (C2PA
 * 2.1 §11.1.4.3); its assertion store ({@code c2pa.assertions}) holds {@code c2pa.training-mining}
 * (C2PA 1.x) and {@code cawg.training-mining} (CAWG 1.x) as CBOR maps {@code {entries: {<name>:
 * {use: allowed | notAllowed | constrained}}}}. Signatures, certificates and hash bindings are not
 * checked, so every value is reported as unverified.
 */
final class C2paStore {
  /** Largest manifest store read, in bytes: {@value} (thumbnails included, real stores are kB). */
  static final int MAX_STORE = 16 << 20;

  /** Said with every value read here. */
  static final String UNVERIFIED = "unverified: C2PA signature not validated";

  private static final ObjectMapper CBOR = cborMapper();

  private C2paStore() {}

  private static ObjectMapper cborMapper() {
    CBORFactory f = new CBORFactory();
    f.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxStringLength(1 << 20)
            .maxDocumentLength(MAX_STORE)
            .build());
    f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return new ObjectMapper(f);
  }

  static void read(byte[] store, String where, Found found) {
    try {
      Jumbf j = new Jumbf(store);
      List<Box> top = j.top();
      if (top.isEmpty()) {
        throw new MalformedException("empty JUMBF");
      }
      Super s = j.open(top.get(0), 0);
      if (!s.label().equals("c2pa")) {
        return; // some other JUMBF (JPEG 360, privacy boxes): not ours to judge
      }
      List<Box> manifests = s.children().stream().filter(b -> b.type().equals("jumb")).toList();
      if (manifests.isEmpty()) {
        throw new MalformedException("C2PA manifest store without a manifest");
      }
      Super active = j.open(manifests.get(manifests.size() - 1), 1);
      for (Box b : active.children()) {
        if (b.type().equals("jumb")) {
          Super sub = j.open(b, 2);
          if (sub.label().equals("c2pa.assertions")) {
            assertions(j, sub, where + ", manifest " + active.label(), found);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      found.add(Found.C2PA_ERROR, "C2PA manifest store in " + where + ": " + e.getMessage());
    }
  }

  private static void assertions(Jumbf j, Super store, String where, Found found)
      throws IOException {
    for (Box b : store.children()) {
      if (!b.type().equals("jumb")) {
        continue;
      }
      Super a = j.open(b, 3);
      String label = a.label().replaceFirst("__\\d+$", "");
      if (label.equals("c2pa.training-mining") || label.equals("cawg.training-mining")) {
        for (Box content : a.children()) {
          if (content.type().equals("cbor")) {
            entries(label, CBOR.readTree(j.payload(content)), where, found);
          }
        }
      }
    }
  }

  private static void entries(String label, JsonNode assertion, String where, Found found)
      throws MalformedException {
    JsonNode entries = assertion == null ? null : assertion.get("entries");
    if (entries == null || !entries.isObject()) {
      throw new MalformedException(label + " without an entries map");
    }
    for (Map.Entry<String, JsonNode> e : entries.properties()) {
      JsonNode use = e.getValue().get("use");
      if (use != null && use.isTextual()) {
        found.add(
            "c2pa:" + label + "/" + e.getKey(),
            use.asText() + " (" + UNVERIFIED + "; " + where + ")");
      }
    }
  }
}
