/**
 * The CycloneDX 1.6 dataset BOM ({@code provenance.cdx.json}) beside the SPDX document: one {@code
 * data} component per data source and one {@code machine-learning-model} component per model
 * source, with their licences, the personal data found as {@code sensitiveData} and what manifests
 * say about who made the data as governance. Written with {@code cyclonedx-core-java}.
 */
package io.provscan.report.cyclonedx;
