package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether and what personal data a scan looks for, as the user gave it.
 *
 * @param enabled look for personal data ({@code --no-pii} turns it off)
 * @param names the types and sensitive categories named by {@code --pii-types} (any case), or empty
 *     for all
 */
public record PiiSettings(boolean enabled, List<String> names) {

  /** The default: on, every type and category. */
  public static final PiiSettings DEFAULTS = new PiiSettings(true, List.of());

  /** Copies the names. */
  public PiiSettings {
    names = List.copyOf(names);
  }

  /**
   * These settings, checked as a user gave them.
   *
   * @throws IllegalArgumentException naming the first unknown name and the accepted ones
   */
  public PiiSettings validated() {
    PiiSelection.validate(names);
    return this;
  }

  /**
   * The personal-data types looked for: those named, or all when none is (a list of categories only
   * looks for no type).
   */
  public Set<PiiType> types() {
    Set<PiiType> types = EnumSet.noneOf(PiiType.class);
    names.forEach(name -> PiiSelection.type(name).ifPresent(types::add));
    return names.isEmpty() ? EnumSet.allOf(PiiType.class) : types;
  }

  /** The sensitive categories counted: those named, or all when none is. */
  public Set<SensitiveCategory> categories() {
    Set<SensitiveCategory> categories = EnumSet.noneOf(SensitiveCategory.class);
    names.forEach(name -> PiiSelection.category(name).ifPresent(categories::add));
    return names.isEmpty() ? EnumSet.allOf(SensitiveCategory.class) : categories;
  }

  /**
   * What is looked for, by name, types first then categories, in their declared order (none when
   * off): the {@code piiTypes} of {@code summary.json}.
   */
  public List<String> selected() {
    List<String> selected = new ArrayList<>();
    if (enabled) {
      types().forEach(t -> selected.add(t.name()));
      categories().forEach(c -> selected.add(c.name()));
    }
    return selected;
  }
}
