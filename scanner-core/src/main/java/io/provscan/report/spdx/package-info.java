/**
 * {@code provenance.spdx.json}: the scan as an SPDX 3.0.1 JSON-LD document written through the SPDX
 * Java libraries ({@code java-spdx-library} with {@code spdx-v3jsonld-store}), strictly offline.
 * Every data source becomes a Dataset-profile {@code DatasetPackage} with its declared and
 * concluded licences; files carry their SHA-256 and licences; licences off the SPDX list become
 * {@code LicenseRef-} ids backed by {@code SimpleLicensingText} elements.
 */
package io.provscan.report.spdx;
