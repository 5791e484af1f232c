/**
 * The printable documents for regulators and the public, as Markdown files beside {@code
 * report.html}: the training-data statement (训练数据说明) and the draft EU training-content summary (AI
 * Act Art. 53(1)(d), the AI Office's template), both rendered from {@code summary.json} in the
 * report's language.
 */
package io.provscan.report.statement;
