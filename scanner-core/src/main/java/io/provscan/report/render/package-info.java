/**
 * Rendering a finished scan: {@link io.provscan.report.ScanOutput} reads an output folder ({@code
 * summary.json}, streaming {@code items.jsonl}) and {@link
 * io.provscan.report.render.ProvenanceReports} writes {@code report.html} and {@code
 * provenance.spdx.json} from it, at the end of a scan and again on {@code provscan report}.
 */
package io.provscan.report.render;
