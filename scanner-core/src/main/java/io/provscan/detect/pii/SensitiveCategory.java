package io.provscan.detect.pii;

/**
 * Sensitive categories of personal information, counted per item from bilingual lexicons. The list
 * joins PIPL Art. 28 (biometrics, religious belief, specific identities, medical health, financial
 * accounts, whereabouts, minors under 14) and GDPR Art. 9(1) (racial or ethnic origin, political
 * opinions, sex life or sexual orientation).
 */
public enum SensitiveCategory {
  /** Medical health: diagnoses, treatment, records (PIPL Art. 28; GDPR Art. 9 "health"). */
  HEALTH,
  /** Fingerprints, faces, irises, voiceprints, genes (PIPL Art. 28; GDPR Art. 9). */
  BIOMETRIC,
  /** Religious beliefs (PIPL Art. 28; GDPR Art. 9). */
  RELIGION,
  /** Specific identities: disability, criminal record, welfare status (PIPL Art. 28). */
  SPECIFIC_IDENTITY,
  /** Financial accounts, balances, deposits, credit records (PIPL Art. 28; GB/T 35273 B). */
  FINANCIAL_ACCOUNT,
  /** Whereabouts and location tracks (PIPL Art. 28). */
  LOCATION_TRACK,
  /** Children under 14 (PIPL Art. 28 and Art. 31). */
  MINOR,
  /** Racial or ethnic origin (GDPR Art. 9). */
  ETHNICITY,
  /** Sex life or sexual orientation (GDPR Art. 9). */
  SEXUAL_ORIENTATION,
  /** Political opinions and party or trade-union membership (GDPR Art. 9). */
  POLITICAL_OPINION
}
