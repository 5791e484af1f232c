package io.provscan.detect.pii;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The enabled type rules, in the order they are asked: for a span of digits the strongest
 * validation first (resident id, card, phone, SSN, IP), so a number that passes the resident-id
 * checks is not reported as a card too. Immutable.
 */
final class EnabledRules {
  private final List<Rules.NumberRule> numbers = new ArrayList<>();
  private final List<Rules.WordRule> words = new ArrayList<>();
  private final EmailAddress email;
  private final IpAddress ip;
  private final SecretKey secrets;

  EnabledRules(Set<PiiType> types, LocalDate today) {
    if (types.contains(PiiType.CN_RESIDENT_ID)) {
      numbers.add(new ResidentId(today));
    }
    if (types.contains(PiiType.PAYMENT_CARD)) {
      numbers.add(new PaymentCard());
    }
    if (types.contains(PiiType.PHONE_NUMBER)) {
      numbers.add(new PhoneNumber());
    }
    if (types.contains(PiiType.US_SSN)) {
      numbers.add(new UsSsn());
    }
    ip = types.contains(PiiType.IP_ADDRESS) ? new IpAddress() : null;
    if (ip != null) {
      numbers.add(ip);
    }
    secrets = types.contains(PiiType.SECRET_KEY) ? new SecretKey() : null;
    if (secrets != null) {
      words.add(secrets);
    }
    if (types.contains(PiiType.IBAN_CODE)) {
      words.add(new Iban());
    }
    if (types.contains(PiiType.CN_PASSPORT)) {
      words.add(new CnPassport());
    }
    if (types.contains(PiiType.CN_MAINLAND_TRAVEL_PERMIT)) {
      words.add(new TravelPermit());
    }
    email = types.contains(PiiType.EMAIL_ADDRESS) ? new EmailAddress() : null;
  }

  Candidate number(NumberToken t, int i, int j, int digits, byte code) {
    for (Rules.NumberRule rule : numbers) {
      Candidate c = rule.match(t, i, j, digits, code);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  Candidate word(String text, int start, int end) {
    char first = text.charAt(start);
    if (end - start < 4
        || !(Chars.upper(first) || first == 'g' || first == 'x' || first == 's' || first == 'r')) {
      return null; // every word rule starts upper case or with ghp_, github_pat_, xox, sk_, rk_
    }
    for (Rules.WordRule rule : words) {
      Candidate c = rule.match(text, start, end);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  Candidate email(String text, int at) {
    return email == null ? null : email.at(text, at);
  }

  Candidate pem(String text, int start) {
    return secrets == null ? null : secrets.pem(text, start);
  }

  Candidate ipv6(String text, int start) {
    return ip == null ? null : ip.v6(text, start);
  }
}
