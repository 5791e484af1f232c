package io.provscan.detect.pii;

/** The kinds of personal data found as spans. Names are stable: users filter on them. */
public enum PiiType {
  /** An e-mail address (RFC 5321 lengths). */
  EMAIL_ADDRESS,
  /** A telephone number confirmed by libphonenumber: mainland mobiles and landlines, E.164. */
  PHONE_NUMBER,
  /** A mainland resident identity number, GB 11643 (18 characters, or the legacy 15 digits). */
  CN_RESIDENT_ID,
  /** A payment card number: ISO/IEC 7812 issuer range and Luhn check digit. */
  PAYMENT_CARD,
  /** An International Bank Account Number, ISO 13616 (mod 97 and the country's length). */
  IBAN_CODE,
  /** A US Social Security number (SSA area, group and serial rules). */
  US_SSN,
  /** An IPv4 or IPv6 address; private and documentation ranges are flagged in the detail. */
  IP_ADDRESS,
  /** A credential: AWS access key id, GitHub, Slack, Stripe, Google API keys, PEM private keys. */
  SECRET_KEY,
  /** A PRC passport number (needs a passport word nearby). */
  CN_PASSPORT,
  /** A travel permit for Hong Kong, Macao or Taiwan residents (needs a permit word nearby). */
  CN_MAINLAND_TRAVEL_PERMIT
}
