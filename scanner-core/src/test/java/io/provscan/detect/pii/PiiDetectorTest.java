package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.PiiFinding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiDetectorTest {

  @ParameterizedTest(name = "{0} → {1} masked {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "身份证号：11010519491231002X。| CN_RESIDENT_ID | 110105********002X",
        "ID card 440524188001010014 | CN_RESIDENT_ID | 440524********0014",
        "身份证 110105 19491231 002x | CN_RESIDENT_ID | 110105 ******** 002x",
        "身份证号码 110105491231002 | CN_RESIDENT_ID | 110105******002",
        "请联系 zhangsan@163.com 了解 | EMAIL_ADDRESS | z***@163.com",
        "Mail JOHN.DOE@JEEPWORLD.COM now | EMAIL_ADDRESS | J***@JEEPWORLD.COM",
        "手机13812345678 | PHONE_NUMBER | 138****5678",
        "电话 138 1234 5678 | PHONE_NUMBER | 138 **** 5678",
        "call +86 138-1234-5678 | PHONE_NUMBER | +86 138-****-5678",
        "座机 010-62345678 | PHONE_NUMBER | 010-****5678",
        "座机 (021) 6123 4567 | PHONE_NUMBER | (021) **** 4567",
        "phone (650) 253-0000 | PHONE_NUMBER | (650) ***-0000",
        "tel +44 20 7946 0958 | PHONE_NUMBER | +44 20 7*** 0958",
        "卡号 6225 8814 1420 7430 | PAYMENT_CARD | 6225 **** **** 7430",
        "Maestro card 501812345608 | PAYMENT_CARD | 5018****5608",
        "JCB card 213112345670000 | PAYMENT_CARD | 2131*******0000",
        "银联卡 6212123456789012300 | PAYMENT_CARD | 6212***********2300",
        "phone (650) 253-0000 x123 | PHONE_NUMBER | (650) ***-0000",
        "call 650.253.0000x12 today | PHONE_NUMBER | 650.***.0000",
        "Telefon 030 12345678 | PHONE_NUMBER | 030 ****5678",
        "mobile 07812 345678 | PHONE_NUMBER | 078** **5678",
        "celular (11) 91234-5678 | PHONE_NUMBER | (11) 9****-5678",
        "iban de89 3704 0044 0532 0130 00 | IBAN_CODE | de89 **** **** **** **30 00",
        "password = Tr0ub4dor&3xyz | SECRET_KEY | **************",
        "export API_KEY='a8Fq2LxZ09pQ' | SECRET_KEY | ************",
        "\"client_secret\": \"9fK2mQ7xLp\" | SECRET_KEY | **********",
        "card 4111111111111111 | PAYMENT_CARD | 4111********1111",
        "Amex 3782-822463-10005 | PAYMENT_CARD | 3782-******-*0005",
        "IBAN GB82 WEST 1234 5698 7654 32 | IBAN_CODE | GB82 **** **** **** **54 32",
        "iban DE89370400440532013000. | IBAN_CODE | DE89**************3000",
        "SSN 536-22-1234 | US_SSN | ***-**-1234",
        "social security number 536221234 | US_SSN | *****1234",
        "login from 8.8.8.8 | IP_ADDRESS | 8.8.*.*",
        "blocked 81.2.69.160 again | IP_ADDRESS | 81.2.*.*",
        "server 81.2.69.160 | IP_ADDRESS | 81.2.*.*",
        "addr 2a03:2880:f10e::8a2e:370:7334 | IP_ADDRESS | 2a03:2880:*",
        "key AKIAIOSFODNN7EXAMPLE | SECRET_KEY | AKIA****************",
        "密钥配置：sk-9fK2mQ7xLp3Vb8Rt1Zc6Hw4Ny5Ju0Ae | SECRET_KEY | **********************************",
        "API密钥：9fK2mQ7xLp3Vb8Rt1Zc6Hw4Ny5Ju0Ae | SECRET_KEY | *******************************",
        "数据库密码: Tr0ub4dor&3xyz | SECRET_KEY | **************",
        "token：a8f3k29dm4kq92mf83kd02mdk3lq9d8f | SECRET_KEY | ********************************",
        "export TOKEN=a8f3k29dm4kq92mf83kd02mdk3lq9d8f | SECRET_KEY | ********************************",
        "他的社会安全号码是536-22-4512，请保密。 | US_SSN | ***-**-4512",
        "美国社保号536224512已登记。 | US_SSN | *****4512",
        "美国社会安全号码 536 22 4512 已核实 | US_SSN | *** ** 4512",
        "护照号码：E12345678 | CN_PASSPORT | E1*****78",
        "passport no. EA1234567 | CN_PASSPORT | EA*****67",
        "港澳居民来往内地通行证 H1234567800 | CN_MAINLAND_TRAVEL_PERMIT | H1*******00",
      })
  void findsAndMasks(String text, String type, String masked) {
    List<PiiFinding> found = DetectorCases.find(text);
    assertEquals(1, found.size(), () -> "found " + found);
    PiiFinding f = found.get(0);
    assertEquals(type, f.type());
    assertEquals(masked, f.masked());
    assertFalse(masked.equals(text.substring(f.start(), f.end())));
    assertTrue(f.confidence() > 0 && f.confidence() <= 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "身份证号：11010519491231002Y", // wrong check character
        "身份证号：110105194912310021", // wrong check digit
        "身份证号：110105194902300022", // 30 February
        "身份证号：110105203012310024", // born in the future
        "订单号 110105194912310020 已发货", // not an ID's check digit; order number
        "number 1234567890110105194912310029 long", // inside a longer run
        "hash d41d8cd98f00b204e9800998ecf8427e",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "version 1.2.3.4 released",
        "release 10.0.19041.1",
        "ISBN 978-7-111-12345-6",
        "ISBN 9787111123455",
        "timestamp 1700000000123",
        "time 2023-01-15 12:30:45",
        "card 4111111111111112", // Luhn fails
        "tracking number 4111111111111111",
        "number 536221234", // bare 9 digits, no context
        "SSN 666-22-1234",
        "SSN 078-05-1120",
        "logo@2x.png",
        "E12345678 is a part number",
        "retina asset icon@3x.jpg",
        "mac 00:1a:2b:3c:4d:5e",
        "std::vector and abc::def",
        "IBAN GB82 WEST 1234 5698 7654 33",
        "key AKIAIOSFODNN7EXAMPL",
        "10.256.1.1 is not an address",
        "order 13812345678",
        "OID 1.3.6.1.4.1.311",
        "身份证 620102197804244438", // laid out as a resident id (wrong check): no card
        "number 501812345608 in stock", // a 12-digit Maestro shape without a card word
        "password = ${DB_PASSWORD}",
        "密钥：${SECRET_KEY}", // a placeholder after a Chinese label
        "密码：请向管理员索取", // prose after the label
        "时间：2023abc45678", // a label that names no credential
        "password: changeme",
        "url pkcs11:token=Softhsm2Token9;object=key",
        "if consumer == c and token == Token9abcdef:",
        "%sudo ALL=(root) NOPASSWD: /usr/bin/apt9get",
        "const password = 'Password used to generate key 1';",
        "passwd: PrefixMessages",
        "api_key: <your api key>",
        "token = os.environ(TOKEN_NAME)",
        "Bestellnummer 030 12345678", // a German number's shape, no phone word
        "server 192.168.10.1 is down", // private (RFC 1918)
        "gateway 10.0.0.1 and host 172.16.4.2",
        "listen on 127.0.0.1:8080 or 0.0.0.0", // loopback, unspecified
        "example host 192.0.2.7 and 198.51.100.7", // documentation (RFC 5737)
        "link-local 169.254.10.20",
        "addr 2001:db8::8a2e:370:7334", // documentation (RFC 3849)
        "ping ::1 or fe80::1ff:fe23:4567:890a", // loopback, link-local
        "unique local fd12:3456:789a:1::1",
        "dpkg (1.16.4.3) unstable; urgency=low", // versions that read as public addresses
        "alsa-utils (<< 1.0.24.2-5) and libxext (2:1.0.99.4-1)",
        "XFree86 4.3.99.16 Bring the tree up to date",
        "deps: upgrade to V8 5.0.71.35",
        "Git 1.7.12.4 and Git 1.8.0",
        "requires libXt >= 1.0.99.1 now",
      })
  void decoysDoNotFire(String text) {
    List<PiiFinding> found = DetectorCases.find(text);
    assertTrue(found.isEmpty(), () -> "fired on decoy: " + found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "我被确诊为糖尿病，正在住院。| HEALTH",
        "My fingerprint and facial recognition data | BIOMETRIC",
        "他是基督徒 | RELIGION",
        "我儿子今年8岁 | MINOR",
        "my daughter is 10 years old | MINOR",
        "my child was sick last week | MINOR",
        "his children attend a primary school | MINOR",
        "she converted to Islam last year | RELIGION",
        "my disabled son needs a ramp | SPECIFIC_IDENTITY",
        "his race and religion were recorded | ETHNICITY",
        "她的银行卡余额 | FINANCIAL_ACCOUNT",
        "他的行动轨迹 | LOCATION_TRACK",
        "她是回族 | ETHNICITY",
        "he came out as gay | SEXUAL_ORIENTATION",
        "我是中共党员 | POLITICAL_OPINION",
        "他有犯罪记录 | SPECIFIC_IDENTITY",
        "王某，34岁，被诊断为高血压 | HEALTH",
        "患者李某因抑郁症住院 | HEALTH",
        "The 34 year old was diagnosed with diabetes | HEALTH",
        "my child has asthma | HEALTH",
        "the custody of a minor under 14 and her guardian | MINOR",
      })
  void countsSensitiveCategoriesAboutAPerson(String text, String category) {
    assertTrue(
        DetectorCases.findings(text).sensitive().getOrDefault(category, 0) > 0,
        () -> "no " + category + " in " + DetectorCases.findings(text).sensitive());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Cancer research funding rose in 2023.",
        "适合3岁以上使用",
        "The church was built in 1850.",
        "My patch kills the child process when I close its parent window.",
        "I made a minor release: my fixes are small.",
        "He wrote the parent/child relation of his nodes.",
        "she removes child elements and their child_nodes",
        "I fixed a race condition in my code.",
        "My option is disabled by default, he said.",
        "Version 2 came out last week and I upgraded my copy.",
        "I converted my files to UTF-8 and he converted to ASCII.",
        "She prefers conservative defaults in her build.",
        "PASS: gdb.mi/mi-var-child.exp: get number of children of my_struct",
        "Author: Nick Child <nick@example.org> fixed my bug",
        "I made a few minor white space changes",
        "my %parents; my %children; my %sizes;",
        "he matches li:last-child and div:first-child",
        "I checked in the fix to my branch",
        "the key fingerprint of my GPG key",
        "I wrote this in good faith",
        "Christian Brauner sent me a patch",
        "**(SEMVER-MINOR)** **child_process**: add my option",
        "I diagnosed the crash in my parser",
        "the undocumented option he added",
        "the age of my cache entry is 10 years old.",
        "for i in children: print(i)",
        "某些用户的服务器在某个时间做了健康检查",
      })
  void ignoresSensitiveTermsWithoutAPerson(String text) {
    assertTrue(
        DetectorCases.findings(text).sensitive().isEmpty(),
        () -> "" + DetectorCases.findings(text).sensitive());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zhangsan@163.com",
        "11010519491231002X",
        "13812345678",
      })
  void redactionKeepsOffsetsAndHidesValues(String value) {
    String text = "前文 " + value + " 后文";
    String redacted = DetectorCases.ALL.redact(text);
    assertEquals(text.length(), redacted.length());
    assertFalse(redacted.contains(value));
    assertTrue(redacted.startsWith("前文 ") && redacted.endsWith(" 后文"));
  }

  @org.junit.jupiter.api.Test
  void findsEveryPhoneOfALongSpaceSeparatedList() {
    StringBuilder list = new StringBuilder("电话");
    for (int i = 0; i < 40; i++) {
      list.append(' ').append(13_800_000_000L + i * 7919L);
    }
    assertEquals(40, DetectorCases.find(list.toString()).size());
  }

  @org.junit.jupiter.api.Test
  void overlappingTypesResolveToTheStrongerCheck() {
    // 18 digits starting 62 could be a UnionPay card or a Gansu resident id: the id's check wins
    List<String> types = DetectorCases.types("证件 620102199001010011 卡号 6222021234567890128");
    assertEquals(List.of("CN_RESIDENT_ID", "PAYMENT_CARD"), types);
  }
}
