/**
 * {@code report.html}: one self-contained page for reviewers and lawyers (summary, sources,
 * licences, obligations, opt-outs, personal data, verdicts, failures), streamed from a finished
 * scan with every table bounded. Every string that came from the corpus is escaped, and a
 * Content-Security-Policy lets only the page's own inline script and style run.
 */
package io.provscan.report.html;
