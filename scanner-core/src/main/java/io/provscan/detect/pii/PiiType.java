package io.provscan.detect.pii;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The kinds of personal data found as spans. Names are stable: users filter on them, policies name
 * them, reports count them.
 *
 * <p>This is the registry of types: each constant carries its rule (the class that finds and
 * validates its values) and its help text, and the detector, {@code --pii-types}, the policy
 * vocabulary and the help all read them from here. A new type is its rule class, its test, and one
 * line here; context words for it may be added to {@code lexicon.txt} under its name. Rules are
 * asked in the order declared here (see {@link EnabledRules}): where shapes overlap, the stronger
 * validation goes first.
 */
public enum PiiType {
  /** An e-mail address (RFC 5321 lengths). */
  EMAIL_ADDRESS(
      "E-mail addresses: RFC 5321 lengths, a letter-only top-level domain, not an image name.",
      today -> new EmailAddress()),
  /** A telephone number confirmed by libphonenumber: mainland mobiles and landlines, E.164. */
  PHONE_NUMBER(
      "Telephone numbers (mainland mobiles and landlines, E.164, NANP), each confirmed by"
          + " libphonenumber.",
      today -> new PhoneNumber()),
  /** A mainland resident identity number, GB 11643 (18 characters, or the legacy 15 digits). */
  CN_RESIDENT_ID(
      "Mainland resident identity numbers (GB 11643: province, real birth date, MOD 11-2 check"
          + " character; the 15-digit form with a context word).",
      ResidentId::new),
  /** A payment card number: ISO/IEC 7812 issuer range and Luhn check digit. */
  PAYMENT_CARD(
      "Payment card numbers: a scheme's issuer range and length (ISO/IEC 7812) and the Luhn"
          + " check digit; never a resident id's layout.",
      PaymentCard::new),
  /** An International Bank Account Number, ISO 13616 (mod 97 and the country's length). */
  IBAN_CODE(
      "International Bank Account Numbers (ISO 13616): the country's length and MOD 97-10.",
      today -> new Iban()),
  /** A US Social Security number (SSA area, group and serial rules). */
  US_SSN(
      "US Social Security numbers under the SSA's area, group and serial rules (bare nine digits"
          + " need a context word).",
      today -> new UsSsn()),
  /** A public IPv4 or IPv6 address; private, loopback, documentation ranges are not reported. */
  IP_ADDRESS(
      "Public IPv4 and IPv6 addresses (private, loopback, link-local, documentation and other"
          + " special-purpose ranges identify no one and are not reported).",
      today -> new IpAddress()),
  /** A credential: AWS access key id, GitHub, Slack, Stripe, Google API keys, PEM private keys. */
  SECRET_KEY(
      "Credentials: AWS access key ids, GitHub, Slack and Stripe tokens, Google API keys, PEM"
          + " private keys.",
      today -> new SecretKey()),
  /** A PRC passport number (needs a passport word nearby). */
  CN_PASSPORT("PRC passport numbers, only with a passport word nearby.", today -> new CnPassport()),
  /** A travel permit for Hong Kong, Macao or Taiwan residents (needs a permit word nearby). */
  CN_MAINLAND_TRAVEL_PERMIT(
      "Home-return and exit-entry permits for Hong Kong and Macao, only with a permit word"
          + " nearby.",
      today -> new TravelPermit()),
  /** A foreigner permanent-residence ID number, 2023 card (18 characters, 9 first, MOD 11-2). */
  CN_FOREIGNER_PERMANENT_RESIDENCE_ID(
      "Foreigner permanent-residence ID numbers, 2023 card: 9, province, nationality, real birth"
          + " date, MOD 11-2 check character.",
      PermanentResidenceId::new),
  /**
   * A person's name: Chinese (listed surname, given name, a label, title or verb nearby) or English
   * (gazetteer given name and surname, a title or a cue); the confidence says how strong the
   * context is. Found by {@link NamesAndPlaces}, not by the candidate scan.
   */
  PERSON(
      "Personal names, Chinese and English: a listed surname or given name with a label, title or"
          + " cue nearby (weak evidence alone; see the policy's pii.combined).",
      today -> NamesAndPlaces.RULE),
  /** A postal address: Chinese division-to-room chains, English number-street-suffix addresses. */
  ADDRESS(
      "Postal addresses: Chinese division-to-room chains; English number, street and suffix (a"
          + " postcode alone is not one).",
      today -> NamesAndPlaces.RULE);

  /**
   * The types that, in the same item as a {@link #PERSON}, make the person identifiable (PIPL Art.
   * 4: "alone or combined with other information"): contact details and identity numbers.
   */
  public static final Set<PiiType> IDENTIFYING =
      Collections.unmodifiableSet(
          EnumSet.of(
              EMAIL_ADDRESS,
              PHONE_NUMBER,
              CN_RESIDENT_ID,
              PAYMENT_CARD,
              IBAN_CODE,
              US_SSN,
              CN_PASSPORT,
              CN_MAINLAND_TRAVEL_PERMIT,
              CN_FOREIGNER_PERMANENT_RESIDENCE_ID,
              ADDRESS));

  private final String help;
  private final Function<LocalDate, TypeRule> rule;

  PiiType(String help, Function<LocalDate, TypeRule> rule) {
    this.help = help;
    this.rule = rule;
  }

  /** One sentence on what this type finds and how it is validated, for help and docs. */
  public String help() {
    return help;
  }

  /** A new instance of this type's rule, taking {@code today} as the latest possible birth date. */
  TypeRule rule(LocalDate today) {
    return rule.apply(today);
  }
}
