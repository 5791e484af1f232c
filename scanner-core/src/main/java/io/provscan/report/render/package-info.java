/**
 * Rendering a finished scan: {@link io.provscan.report.render.ProvenanceReports} holds the registry
 * of output files ({@link io.provscan.report.OutputFile} handlers: {@code report.html}, {@code
 * provenance.spdx.json}, {@code sources.csv}) and writes each of them from one read of the output
 * folder ({@link io.provscan.report.ScanOutput}), at the end of a scan and again on {@code provscan
 * report}. A new output file is its handler, one line in the registry and its test.
 */
package io.provscan.report.render;
