/**
 * Opt-out signals: machine-readable reservations of text-and-data mining and AI training (EU DSM
 * Directive Art. 4(3)). One small parser per signal, each with the rule of its specification
 * written where it is decided: robots.txt per AI agent (RFC 9309, through crawler-commons),
 * Cloudflare Content-Signal, IETF AIPREF Content-Usage (robots.txt rule and HTTP header), W3C
 * TDMRep (file, header, HTML, embedded metadata), {@code noai}/{@code noimageai} in robots meta
 * tags and {@code X-Robots-Tag}, Spawning's ai.txt, IPTC/PLUS Data Mining and C2PA/CAWG
 * training-mining metadata. Both kinds of signal are registered as data: a site policy file is a
 * {@link io.provscan.detect.optout.PolicyFileReader} in {@code PolicyFileReaders}, a page-level
 * signal a {@link io.provscan.detect.optout.PageSignalReader} in {@code PageSignalReaders}. {@link
 * io.provscan.detect.optout.OptOutDetector} judges an item against its site's policies ({@link
 * io.provscan.detect.optout.SitePolicies}) and its own headers and metadata; {@link
 * io.provscan.summary.OptOutSummary} sums up per host. Licences are not opt-outs (Creative Commons,
 * 2021-12-17) and are not read here.
 */
package io.provscan.detect.optout;
