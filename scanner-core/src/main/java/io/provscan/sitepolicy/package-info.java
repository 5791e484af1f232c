/**
 * Site policy files and where they come from. A site policy ({@code /robots.txt}, {@code
 * /.well-known/tdmrep.json}, {@code /ai.txt}) belongs to an origin, not to a page, so it is
 * gathered before the pages of that origin are judged: from captures in the scan's WARC files
 * ({@link io.provscan.sitepolicy.WarcPolicyPrePass}, a stage the scanner runs before any item),
 * from a folder of saved files ({@link io.provscan.sitepolicy.PolicyFolder}), or, only when the
 * user asks, fetched live ({@link io.provscan.sitepolicy.PolicyFetcher}). This package moves bytes
 * only; what the files mean is decided in {@code io.provscan.detect.optout}.
 */
package io.provscan.sitepolicy;
