package io.provscan.sitepolicy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a fetch may reach: public ones, and private ones only when asked. */
class AddressGuardTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, loopback",
    "127.9.8.7, loopback",
    "::1, loopback",
    "::ffff:127.0.0.1, loopback",
    "10.0.0.5, private",
    "172.16.3.4, private",
    "172.31.255.255, private",
    "192.168.1.1, private",
    "100.64.0.1, private",
    "169.254.169.254, link-local",
    "fe80::1, link-local",
    "fd00::1, unique-local",
    "fc12:3456::1, unique-local",
    "224.0.0.1, multicast",
    "ff02::1, multicast",
    "255.255.255.255, multicast",
    "0.0.0.0, unspecified",
    "0.1.2.3, unspecified",
    "::, unspecified",
    "93.184.216.34, ",
    "172.32.0.1, ",
    "100.128.0.1, ",
    "2606:2800:220:1::1, "
  })
  void classifiesAddresses(String literal, String kind) throws IOException {
    assertEquals(kind, AddressGuard.kind(InetAddress.getByName(literal)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/robots.txt",
        "http://127.0.0.1:8080/robots.txt",
        "https://[::1]/ai.txt",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/robots.txt",
        "http://0.0.0.0/robots.txt"
      })
  void refusesNamesAndAddressesOfTheScanningMachinesNetwork(String url) {
    IOException e =
        assertThrows(IOException.class, () -> AddressGuard.PUBLIC_ONLY.check(URI.create(url)));
    assertTrue(e.getMessage().startsWith("refused " + url), e.getMessage());
  }

  @Test
  void refusesANameThatResolvesToLoopbackAndSaysWhereItLeads() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> AddressGuard.PUBLIC_ONLY.check(URI.create("http://localhost:1/robots.txt")));
    assertTrue(e.getMessage().contains("localhost resolves to"), e.getMessage());
    assertTrue(e.getMessage().contains("loopback address"), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-private-hosts"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/robots.txt", "file:///etc/passwd", "gopher://a/"})
  void fetchesOnlyHttpAndHttps(String url) {
    IOException e =
        assertThrows(IOException.class, () -> AddressGuard.ALLOW_PRIVATE.check(URI.create(url)));
    assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
  }

  @Test
  void allowsLoopbackAndPrivateHostsOnlyWhenAskedAndNeverTheMetadataService() {
    URI loopback = URI.create("http://127.0.0.1/robots.txt");
    URI intranet = URI.create("http://192.168.10.20/robots.txt");
    assertThrows(IOException.class, () -> AddressGuard.PUBLIC_ONLY.check(loopback));
    assertDoesNotThrow(() -> AddressGuard.ALLOW_PRIVATE.check(loopback));
    assertDoesNotThrow(() -> AddressGuard.ALLOW_PRIVATE.check(intranet));
    IOException e =
        assertThrows(
            IOException.class,
            () -> AddressGuard.ALLOW_PRIVATE.check(URI.create("http://169.254.169.254/")));
    assertTrue(e.getMessage().contains("link-local"), e.getMessage());
  }
}
