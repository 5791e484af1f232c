/**
 * Text and metadata out of every item through Apache Tika, within explicit limits: characters
 * written per item, a per-item time limit, embedded-document depth and count, Tika's zip-bomb
 * guard, and OCR off. Also media type, charset, language and the Tika metadata that matters for
 * provenance (rights, creators, dates, XMP and IPTC fields).
 */
package io.provscan.extract;
