package io.provscan.sitepolicy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {
  @Test
  void spacesRequestsToOneHostButNotToOthers() throws InterruptedException {
    HostPacer pacer = new HostPacer(Duration.ofMillis(100));
    long start = System.nanoTime();
    pacer.await("a.example");
    pacer.await("b.example");
    long afterTwoHosts = (System.nanoTime() - start) / 1_000_000;
    pacer.await("a.example");
    pacer.await("a.example");
    long afterThreeOnA = (System.nanoTime() - start) / 1_000_000;
    assertTrue(afterTwoHosts < 90, "two hosts need not wait: " + afterTwoHosts + " ms");
    assertTrue(afterThreeOnA >= 200, "three requests to one host: " + afterThreeOnA + " ms");
  }

  @Test
  void countsTheIntervalFromTheEndOfTheLastRequest() throws InterruptedException {
    HostPacer pacer = new HostPacer(Duration.ofMillis(150));
    pacer.await("a.example");
    Thread.sleep(100); // a slow answer
    pacer.finished("a.example");
    long end = System.nanoTime();
    pacer.await("a.example");
    long waited = (System.nanoTime() - end) / 1_000_000;
    assertTrue(waited >= 140, "the next request waits from the end of the last: " + waited + " ms");
  }
}
