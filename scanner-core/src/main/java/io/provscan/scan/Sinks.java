package io.provscan.scan;

import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Several sinks as one; closing closes all, reporting the first failure. */
final class Sinks implements RecordSink {
  private final List<RecordSink> sinks;

  Sinks(List<RecordSink> sinks) {
    this.sinks = new ArrayList<>(sinks);
  }

  @Override
  public void accept(ItemRecord record, String text) throws IOException {
    for (RecordSink sink : sinks) {
      sink.accept(record, text);
    }
  }

  @Override
  public void acceptStored(ItemRecord record, byte[] line) throws IOException {
    for (RecordSink sink : sinks) {
      sink.acceptStored(record, line);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (RecordSink sink : sinks) {
      try {
        sink.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
