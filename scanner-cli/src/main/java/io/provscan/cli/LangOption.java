package io.provscan.cli;

import io.provscan.report.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}: the language of report.html and the statements. */
final class LangOption {
  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      converter = Converter.class,
      description =
          "Language of report.html, training-data-statement.md and training-content-summary.md"
              + " (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh, else en).")
  Lang lang;

  /** The language given, else the environment's. */
  Lang lang() {
    return lang != null ? lang : Lang.fromEnvironment();
  }

  /** Names the bad value and the accepted ones. */
  static final class Converter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
