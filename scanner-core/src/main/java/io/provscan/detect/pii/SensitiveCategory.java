package io.provscan.detect.pii;

/**
 * Sensitive categories of personal information, counted per item from bilingual lexicons. The list
 * joins PIPL Art. 28 (biometrics, religious belief, specific identities, medical health, financial
 * accounts, whereabouts, minors under 14) and GDPR Art. 9(1) (racial or ethnic origin, political
 * opinions, sex life or sexual orientation). A category's terms are its section of {@code
 * lexicon.txt}; its help text is here.
 */
public enum SensitiveCategory {
  /** Medical health: diagnoses, treatment, records (PIPL Art. 28; GDPR Art. 9 "health"). */
  HEALTH("Medical health: diagnoses, treatment, records (PIPL Art. 28; GDPR Art. 9)."),
  /** Fingerprints, faces, irises, voiceprints, genes (PIPL Art. 28; GDPR Art. 9). */
  BIOMETRIC(
      "Biometrics: fingerprints, faces, irises, voiceprints, genes (PIPL Art. 28; GDPR Art. 9)."),
  /** Religious beliefs (PIPL Art. 28; GDPR Art. 9). */
  RELIGION("Religious beliefs (PIPL Art. 28; GDPR Art. 9)."),
  /** Specific identities: disability, criminal record, welfare status (PIPL Art. 28). */
  SPECIFIC_IDENTITY(
      "Specific identities: disability, criminal record, welfare status (PIPL Art. 28)."),
  /** Financial accounts, balances, deposits, credit records (PIPL Art. 28; GB/T 35273 B). */
  FINANCIAL_ACCOUNT(
      "Financial accounts, balances, deposits, credit records (PIPL Art. 28; GB/T 35273 B)."),
  /** Whereabouts and location tracks (PIPL Art. 28). */
  LOCATION_TRACK("Whereabouts and location tracks (PIPL Art. 28)."),
  /** Children under 14 (PIPL Art. 28 and Art. 31). */
  MINOR("Children under 14, including ages written next to a person (PIPL Art. 28 and 31)."),
  /** Racial or ethnic origin (GDPR Art. 9). */
  ETHNICITY("Racial or ethnic origin (GDPR Art. 9)."),
  /** Sex life or sexual orientation (GDPR Art. 9). */
  SEXUAL_ORIENTATION("Sex life or sexual orientation (GDPR Art. 9)."),
  /** Political opinions and party or trade-union membership (GDPR Art. 9). */
  POLITICAL_OPINION("Political opinions and party or trade-union membership (GDPR Art. 9).");

  private final String help;

  SensitiveCategory(String help) {
    this.help = help;
  }

  /** One sentence on what this category counts, for help and docs. */
  public String help() {
    return help;
  }
}
