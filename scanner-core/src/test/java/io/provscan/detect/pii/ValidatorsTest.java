package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth tables of each validator, with the published examples of each standard first. */
class ValidatorsTest {
  static final LocalDate TODAY = DetectorCases.TODAY;

  @ParameterizedTest(name = "GB 11643: {0} → {1}")
  @CsvSource({
    "11010519491231002X, true", // GB 11643-1999's example
    "440524188001010014, true", // GB 11643-1999's example (born 1880)
    "11010519491231002x, true", // lower-case x occurs in text
    "110105194912310021, false", // wrong check digit
    "11010519491231002Y, false",
    "110105194902300020, false", // 30 February
    "110105203001010013, false", // born after today
    "000105194912310021, false", // no province 00
    "110000194912310021, false", // a province's own code is no county
    "810000199001010019, true", // Hong Kong residents' residence permit (810000)
    "11010519491231002, false", // 17 characters
  })
  void residentId18(String id, boolean valid) {
    assertEquals(valid, ResidentId.valid18(id, TODAY));
  }

  @Test
  void residentIdCheckCharacterFollowsIso7064Mod112() {
    assertEquals('X', Checksums.residentIdCheck("11010519491231002", 0));
    assertEquals('4', Checksums.residentIdCheck("44052418800101001", 0));
    assertEquals(0, Checksums.residentIdCheck("1101051949123100A", 0));
  }

  @ParameterizedTest(name = "GB 11643-1989: {0} → {1}")
  @CsvSource({
    "110105491231002, true", // the 1999 example before the upgrade
    "110105490230002, false", // 30 February 1949
    "990105491231002, false", // no province 99
  })
  void residentId15(String id, boolean valid) {
    assertEquals(valid, ResidentId.valid15(id, TODAY));
  }

  @ParameterizedTest(name = "Luhn: {0} → {1}")
  @CsvSource({
    "4111111111111111, visa", // scheme test numbers
    "4012888888881881, visa",
    "5555555555554444, mastercard",
    "2221000000000009, mastercard",
    "378282246310005, amex",
    "6011111111111117, discover",
    "3530111333300000, jcb",
    "30569309025904, diners",
    "6225881414207430, unionpay", // a 16-digit UnionPay example (IIN 622588)
    "6212345678901232, unionpay",
  })
  void cardsPassLuhnAndNameTheirScheme(String number, String brand) {
    byte[] d = digits(number);
    assertTrue(Checksums.luhn(d, d.length));
    assertEquals(brand, PaymentCard.brand(d, d.length));
  }

  @ParameterizedTest(name = "not a card: {0}")
  @CsvSource({
    "4111111111111112", // Luhn fails
    "1234567812345670", // Luhn passes, no scheme starts with 1
    "9787111123455000",
  })
  void numbersOutsideSchemesOrFailingLuhnAreNoCards(String number) {
    byte[] d = digits(number);
    assertFalse(Checksums.luhn(d, d.length) && PaymentCard.brand(d, d.length) != null);
  }

  @ParameterizedTest(name = "ISO 13616: {0} → {1}")
  @CsvSource({
    "GB82WEST12345698765432, true", // the registry's examples
    "DE89370400440532013000, true",
    "FR1420041010050500013M02606, true",
    "NL91ABNA0417164300, true",
    "GB82WEST12345698765433, false", // check fails
    "GB82WEST1234569876543, false", // one short for GB
    "XX82WEST12345698765432, false", // no such country
  })
  void iban(String iban, boolean valid) {
    assertEquals(valid, Iban.valid(iban));
  }

  @ParameterizedTest(name = "SSA: {0} → {1}")
  @CsvSource({
    "536221234, true",
    "000221234, false", // area 000
    "666221234, false", // area 666
    "900221234, false", // area 900-999
    "536001234, false", // group 00
    "536220000, false", // serial 0000
    "078051120, false", // the Woolworth wallet card
    "123456789, false",
    "111111111, false",
  })
  void ssn(String nine, boolean valid) {
    assertEquals(valid, UsSsn.valid(nine));
  }

  @Test
  void githubTokensCarryACrc32OfTheirPayload() {
    String payload = "abcdefghijklmnopqrstuvwxyzABCD";
    String check = Checksums.githubCrcOf(payload);
    assertEquals(6, check.length());
    assertTrue(Checksums.githubCrc(payload, check));
    assertFalse(Checksums.githubCrc(payload, "000000"));
  }

  @ParameterizedTest(name = "IPv6 {0} → {1}")
  @CsvSource({
    "2001:db8::1, documentation",
    "::1, loopback",
    "fe80::1ff:fe23:4567:890a, link-local",
    "fd12:3456:789a:1::1, private",
    "2606:4700:4700::1111, ",
    "::ffff:192.168.1.1, private",
  })
  void ipv6Ranges(String address, String range) {
    int[] groups = Ipv6Text.parse(address);
    assertTrue(groups != null, address);
    assertEquals(range, Ipv6Text.range(groups));
  }

  @ParameterizedTest(name = "not IPv6: {0}")
  @CsvSource({"12:30:45", "abc::def", "1::2::3", "00:1a:2b:3c:4d:5e", "12345::1"})
  void ipv6Rejects(String s) {
    assertEquals(null, Ipv6Text.parse(s));
  }

  @ParameterizedTest(name = "IPv4 {0} → {1}")
  @CsvSource({
    "10.1.2.3, private",
    "172.16.0.1, private",
    "192.168.0.1, private",
    "127.0.0.1, loopback",
    "169.254.1.1, link-local",
    "192.0.2.7, documentation",
    "198.51.100.7, documentation",
    "203.0.113.7, documentation",
    "100.64.0.1, shared",
    "8.8.8.8, ",
  })
  void ipv4Ranges(String address, String range) {
    String[] parts = address.split("\\.");
    int[] o = new int[4];
    for (int i = 0; i < 4; i++) {
      o[i] = Integer.parseInt(parts[i]);
    }
    assertEquals(range, IpAddress.v4Range(o));
  }

  @ParameterizedTest(name = "passport {0} → {1}")
  @CsvSource({
    "E12345678, ordinary",
    "EA1234567, ordinary",
    "EI1234567, ",
    "G12345678, ordinary",
    "SE1234567, service",
    "K12345678, hksar",
    "MA1234567, msar",
    "X12345678, ",
  })
  void passportShapes(String s, String kind) {
    assertEquals(kind, CnPassport.passport(s));
  }

  @ParameterizedTest(name = "permit {0} → {1}")
  @CsvSource({
    "H1234567800, home-return-permit",
    "M12345678, home-return-permit",
    "C12345678, exit-entry-permit",
    "CA1234567, exit-entry-permit",
    "CO1234567, ",
  })
  void permitShapes(String s, String kind) {
    assertEquals(kind, TravelPermit.permit(s));
  }

  @ParameterizedTest(name = "age {0} → {1}")
  @CsvSource({
    "我儿子8岁, 4, 8",
    "十三岁, 2, 13",
    "二十岁, 2, 20",
    "十岁, 1, 10",
    "10 years old, 3, 10",
    "ab8岁, 3, -1"
  })
  void agesBeforeAnAgeUnit(String text, int unit, int age) {
    assertEquals(age, SensitiveCounter.ageBefore(text, unit));
  }

  private static byte[] digits(String s) {
    byte[] d = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      d[i] = (byte) (s.charAt(i) - '0');
    }
    return d;
  }
}
