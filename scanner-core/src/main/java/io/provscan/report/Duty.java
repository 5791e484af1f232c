package io.provscan.report;

import java.util.List;
import java.util.Locale;

/**
 * The legal duties the duties view has one row for, in its order: the model provider's duties of
 * the Chinese compliance white paper (大模型合规白皮书, 2023) and Art. 7 of the Interim Measures for
 * Generative AI Services, plus the EU's text-and-data-mining reservations (DSM Directive Art.
 * 4(3)). {@code duty.<id>.name} and {@code duty.<id>.area} are its words in the message bundles.
 */
public enum Duty {
  /** 数据来源合规: training data from lawful sources. */
  DATA_SOURCE("dataSource"),
  /** 数据质量保证: data quality. */
  DATA_QUALITY("dataQuality"),
  /** 数据标注: annotation creators and rules. */
  ANNOTATION("annotation"),
  /** 个人信息来源合规: a legal basis for the personal information used. */
  PERSONAL_SOURCE("personalSource"),
  /** 个人信息去标识化: de-identification. */
  DE_IDENTIFICATION("deIdentification"),
  /** 个人信息跨境合规: cross-border transfer. */
  CROSS_BORDER("crossBorder"),
  /** 不得侵害他人知识产权: respect intellectual property. */
  INTELLECTUAL_PROPERTY("intellectualProperty"),
  /** 开源软件使用合规: open-source and model licence compliance. */
  OPEN_SOURCE("openSource"),
  /** DSM Directive Art. 4(3): text-and-data-mining reservations respected. */
  TDM_RESERVATIONS("tdmReservations"),
  /** Interim Measures Art. 7(1): a base model from a lawful source. */
  BASE_MODEL("baseModel");

  private final String id;

  Duty(String id) {
    this.id = id;
  }

  /** Its id in message keys and anchors. */
  public String id() {
    return id;
  }

  /** What the scan shows about a duty; nothing here claims compliance. */
  public enum Status {
    /** The scan found facts that bear on the duty and nothing that needs a person's look. */
    EVIDENCE,
    /** The scan found facts that need a person's look. */
    PROBLEMS,
    /** The duty turns on facts a scan cannot see. */
    OUTSIDE;

    /** Its id in message keys and CSS classes. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row of the duties view.
   *
   * @param duty the duty
   * @param status what the scan shows
   * @param evidence the facts found, each linking to its section
   * @param open what remains for people
   */
  public record Row(Duty duty, Status status, List<Line> evidence, List<Line> open) {
    /** Copies the lists. */
    public Row {
      evidence = List.copyOf(evidence);
      open = List.copyOf(open);
    }
  }
}
