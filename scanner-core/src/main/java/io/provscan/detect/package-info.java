/**
 * Detectors and what they find. A {@link io.provscan.detect.Detector} is a small stateless function
 * from an item's text and metadata ({@link io.provscan.detect.DetectorInput}) to immutable {@link
 * io.provscan.detect.Findings}: licences, opt-out signals, personal data. Detectors know nothing of
 * files or threads, so each can be tested from a string and reused elsewhere.
 */
package io.provscan.detect;
