package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A seeded corpus of Chinese and English documents with planted personal data (every value valid
 * under its standard) and many decoys (wrong check digits, impossible dates, order and tracking
 * numbers, ISBNs, timestamps, hashes, UUIDs, versions, values inside longer digit runs). The same
 * seed gives the same corpus.
 */
final class PiiCorpus {
  /** A value planted as written, with its type. */
  record Planted(PiiType type, String written) {}

  /** One sentence and what it plants. */
  record Sentence(String text, List<Planted> planted) {}

  /** A document: paragraphs and everything planted in them. */
  record Doc(List<String> paragraphs, List<Planted> planted) {}

  private final PiiValues v;
  private final List<Function<PiiValues, Sentence>> plants = new ArrayList<>();
  private final List<Function<PiiValues, String>> decoys = new ArrayList<>();

  PiiCorpus(long seed) {
    this.v = new PiiValues(seed);
    plantings();
    decoys();
  }

  List<Doc> documents(int count, int plantsPerDoc, int decoysPerDoc) {
    List<Doc> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      List<String> paragraphs = new ArrayList<>();
      List<Planted> planted = new ArrayList<>();
      for (int k = 0; k < plantsPerDoc + decoysPerDoc; k++) {
        if (v.next(plantsPerDoc + decoysPerDoc) < plantsPerDoc) {
          Sentence s = plants.get(v.next(plants.size())).apply(v);
          paragraphs.add(s.text());
          planted.addAll(s.planted());
        } else {
          paragraphs.add(decoys.get(v.next(decoys.size())).apply(v));
        }
      }
      docs.add(new Doc(paragraphs, planted));
    }
    return docs;
  }

  private static Sentence one(PiiType type, String value, String template) {
    return new Sentence(template.replace("{}", value), List.of(new Planted(type, value)));
  }

  private void plant(PiiType type, Function<PiiValues, String> value, String... templates) {
    for (String t : templates) {
      plants.add(r -> one(type, value.apply(r), t));
    }
  }

  private void plantings() {
    plant(
        PiiType.CN_RESIDENT_ID,
        PiiValues::residentId,
        "申请人身份证号：{}，请核对。",
        "The applicant's ID card number is {}.",
        "客户资料 {} 已登记",
        "居民身份证号码{}");
    plant(
        PiiType.CN_RESIDENT_ID,
        r -> r.residentId().toLowerCase(java.util.Locale.ROOT),
        "证件号 {} 已验证");
    plant(
        PiiType.CN_RESIDENT_ID,
        r -> {
          String id = r.residentId();
          return id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        },
        "身份证：{}");
    plant(PiiType.CN_RESIDENT_ID, PiiValues::residentId15, "老身份证号码 {} 需要升级");
    plant(
        PiiType.PHONE_NUMBER,
        PiiValues::mobile,
        "联系电话：{}",
        "请拨打{}联系张先生",
        "Call me at {} tomorrow.",
        "他的号码是 {} 。");
    plant(
        PiiType.PHONE_NUMBER,
        r -> {
          String m = r.mobile();
          return m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
        },
        "手机 {}");
    plant(
        PiiType.PHONE_NUMBER,
        r -> "+86 " + r.mobile().replaceFirst("(\\d{3})(\\d{4})(\\d{4})", "$1-$2-$3"),
        "WhatsApp: {}");
    plant(PiiType.PHONE_NUMBER, PiiValues::landline, "办公室座机 {}", "Office line {} (ext. 12)");
    plant(PiiType.PHONE_NUMBER, PiiValues::usPhone, "Reach Mary at {} after 5pm.");
    plant(
        PiiType.PHONE_NUMBER, PiiValues::internationalPhone, "Tel. {} (London office)", "国际电话 {}");
    plant(
        PiiType.EMAIL_ADDRESS,
        PiiValues::email,
        "邮箱：{}",
        "Please write to {} with questions.",
        "<{}> wrote:",
        "contact {}.");
    plant(PiiType.PAYMENT_CARD, PiiValues::anyCard, "银行卡号 {} 已绑定", "Card: {}", "paid with {}");
    plant(
        PiiType.PAYMENT_CARD,
        r -> PiiValues.grouped(r.anyCard(), " "),
        "卡号：{}",
        "Visa card {} expires 09/27");
    plant(PiiType.PAYMENT_CARD, r -> PiiValues.grouped(r.anyCard(), "-"), "credit card {}");
    plant(PiiType.IBAN_CODE, r -> r.iban(true), "IBAN: {}", "收款账户 {}");
    plant(
        PiiType.IBAN_CODE,
        r -> PiiValues.grouped(r.iban(true), " "),
        "Please transfer to {} by Friday.");
    plant(PiiType.US_SSN, PiiValues::ssn, "SSN: {}", "Her social security number is {}.", "ssn {}");
    plant(PiiType.US_SSN, r -> r.ssn().replace("-", ""), "Social Security Number {}");
    plant(
        PiiType.IP_ADDRESS,
        PiiValues::publicIpv4,
        "Login from {} at 03:14",
        "客户端IP {}",
        "blocked {} again");
    plant(PiiType.IP_ADDRESS, PiiValues::serverIpv4, "server {} is down");
    plant(PiiType.IP_ADDRESS, PiiValues::ipv6, "IPv6 address {} assigned");
    plant(PiiType.SECRET_KEY, PiiValues::awsKey, "aws_access_key_id = {}", "密钥 {}");
    plant(PiiType.SECRET_KEY, PiiValues::githubToken, "export GITHUB_TOKEN={}", "token: {}");
    plant(PiiType.SECRET_KEY, PiiValues::googleKey, "maps key={}&v=3");
    plant(PiiType.SECRET_KEY, PiiValues::slackToken, "SLACK_BOT_TOKEN: {}");
    plant(PiiType.SECRET_KEY, PiiValues::pemKey, "{}");
    plant(PiiType.CN_PASSPORT, PiiValues::passport, "护照号码：{}", "Passport No. {} issued in 2019");
    plant(
        PiiType.CN_MAINLAND_TRAVEL_PERMIT,
        PiiValues::permit,
        "港澳居民来往内地通行证 {}",
        "往来港澳通行证号码：{}",
        "Home Return Permit {} renewed");
    plants.add(
        r -> {
          String id = r.residentId();
          String phone = r.mobile();
          String mail = r.email();
          return new Sentence(
              "姓名：王芳，身份证号 " + id + "，手机 " + phone + "，邮箱 " + mail + "。",
              List.of(
                  new Planted(PiiType.CN_RESIDENT_ID, id),
                  new Planted(PiiType.PHONE_NUMBER, phone),
                  new Planted(PiiType.EMAIL_ADDRESS, mail)));
        });
  }

  private void decoys() {
    decoys.add(r -> "身份证号：" + r.residentIdWrongCheck() + "（校验位错误）");
    decoys.add(r -> "证件号 " + r.residentIdBadDate());
    decoys.add(r -> "订单号：" + r.digits(18) + "，已发货。");
    decoys.add(r -> "Order #" + r.digits(16) + " has shipped.");
    decoys.add(r -> "运单号 SF" + r.digits(12) + " 派送中");
    decoys.add(r -> "Tracking number 1Z" + r.digits(16));
    decoys.add(r -> "快递单号 " + r.digits(13) + " 已签收");
    decoys.add(r -> "ISBN " + r.isbn13() + "，定价 59.00 元");
    decoys.add(r -> "ISBN 978-7-" + r.digits(3) + "-" + r.digits(5) + "-" + r.next(10));
    decoys.add(r -> "timestamp " + (1600000000L + r.next(100000000)) + r.digits(3));
    decoys.add(r -> "created_at=" + (1600000000L + r.next(100000000)));
    decoys.add(
        r -> "日志时间 2023-0" + (1 + r.next(9)) + "-1" + r.next(10) + " 12:3" + r.next(10) + ":45");
    decoys.add(r -> "md5 " + r.hex(32) + " sha1 " + r.hex(40));
    decoys.add(r -> "sha256: " + r.hex(64));
    decoys.add(
        r ->
            "uuid " + r.hex(8) + "-" + r.hex(4) + "-4" + r.hex(3) + "-a" + r.hex(3) + "-"
                + r.hex(12));
    decoys.add(r -> "Version " + r.next(5) + "." + r.next(20) + "." + r.next(30) + " released");
    decoys.add(r -> "版本 v" + r.next(3) + "." + r.next(9) + "." + r.next(9) + "." + r.next(9));
    decoys.add(r -> "build 10.0." + (19000 + r.next(1000)) + "." + r.next(999));
    decoys.add(r -> "流水号 " + r.digits(6) + r.residentId() + r.digits(4));
    decoys.add(r -> "ref " + r.digits(9) + r.anyCard() + r.digits(3));
    decoys.add(r -> "卡号 " + r.cardWrongCheck("62", 16) + " 无效");
    decoys.add(r -> "card " + r.cardWrongCheck("4", 16));
    decoys.add(r -> "number " + r.digits(9) + " in stock");
    decoys.add(
        r ->
            "SSN 000-"
                + r.digits(2)
                + "-"
                + r.digits(4)
                + " invalid, SSN 666-12-3456, SSN 9"
                + r.digits(2)
                + "-11-2222");
    decoys.add(r -> "IBAN " + r.iban(false));
    decoys.add(r -> "model E" + r.digits(8) + " in stock, part C" + r.digits(8));
    decoys.add(r -> "icon@2x.png logo@3x.jpg @zhangsan 转发");
    decoys.add(r -> "价格 ¥" + r.next(10000) + "." + r.digits(2) + "，数量 " + r.next(100));
    decoys.add(
        r -> "2023年" + (1 + r.next(12)) + "月" + (1 + r.next(28)) + "日 第" + r.next(100) + "期");
    decoys.add(r -> "key AKIA" + r.digits(10) + " short");
    decoys.add(r -> "std::vector<int> a; b::c::d;");
    decoys.add(r -> "mac 00:1a:2b:" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2));
    decoys.add(r -> "range 256." + r.next(256) + ".1.1 and 1.2.3.4");
    decoys.add(r -> "客服热线 10086，邮编 " + r.digits(6));
    decoys.add(r -> "epoch ms " + (1600000000000L + r.next(1000000000)));
    decoys.add(r -> "坐标 116." + r.digits(6) + ", 39." + r.digits(6));
    decoys.add(r -> "Product code 12345678901 is discontinued.");
    decoys.add(r -> "invoice " + r.digits(10) + "-" + r.digits(4));
  }
}
