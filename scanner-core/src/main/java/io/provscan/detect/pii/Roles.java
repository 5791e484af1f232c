package io.provscan.detect.pii;

/**
 * What a keyword of the lexicon means, as bits of a {@code long}: context for a type, a word that
 * makes a number something else, a sensitive-category term, a reference to a person, an age unit.
 */
final class Roles {
  /** Bits 0..15: a word that makes the type of that ordinal likelier (context). */
  static final int TYPE_SHIFT = 0;

  /** Bits 16..31: a term of the sensitive category of that ordinal. */
  static final int CATEGORY_SHIFT = 16;

  /** A word that makes a nearby number an order, tracking, ISBN, version or serial number. */
  static final long NEGATIVE = 1L << 40;

  /** A word that points at a person (pronoun, kinship, "patient", 姓名): context for categories. */
  static final long PERSON = 1L << 41;

  /** An age unit after a number ({@code 岁}, {@code years old}): the number may be a child's age. */
  static final long AGE = 1L << 42;

  static {
    // the bit ranges above bound the registries: fail at class load, not by a silent overlap
    if (PiiType.values().length > CATEGORY_SHIFT - TYPE_SHIFT
        || SensitiveCategory.values().length > 40 - CATEGORY_SHIFT) {
      throw new IllegalStateException("too many types or categories for the role bits");
    }
  }

  private Roles() {}

  static long type(PiiType type) {
    return 1L << (TYPE_SHIFT + type.ordinal());
  }

  static long category(SensitiveCategory category) {
    return 1L << (CATEGORY_SHIFT + category.ordinal());
  }

  /** The role of a lexicon section name: a type, a category, or one of the words above. */
  static long parse(String name) {
    switch (name) {
      case "NEGATIVE":
        return NEGATIVE;
      case "PERSON":
        return PERSON;
      case "AGE":
        return AGE;
      default:
        break;
    }
    for (PiiType t : PiiType.values()) {
      if (t.name().equals(name)) {
        return type(t);
      }
    }
    for (SensitiveCategory c : SensitiveCategory.values()) {
      if (c.name().equals(name)) {
        return category(c);
      }
    }
    throw new IllegalArgumentException("unknown lexicon section '" + name + "'");
  }
}
