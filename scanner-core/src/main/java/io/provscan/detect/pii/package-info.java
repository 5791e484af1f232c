/**
 * Personal data: validated detectors for Chinese and international identifiers, and item-level
 * counts of sensitive categories (PIPL Art. 28, GDPR Art. 9). {@link
 * io.provscan.detect.pii.PiiDetector} is the facade: one linear pass ({@code Lexer}) finds
 * candidates without regular expressions, one trie walk from word starts ({@code Keywords}, built
 * from {@code lexicon.txt}) finds context words and lexicon terms, each type's rule validates its
 * candidates (check digits, dates, issuer ranges, libphonenumber as a confirmer), and {@code
 * Context} scores them in a character window that reads Chinese and English alike. {@link
 * io.provscan.detect.pii.PiiType} is the registry of types: each constant carries its rule and help
 * text. Findings carry masked values only.
 */
package io.provscan.detect.pii;
