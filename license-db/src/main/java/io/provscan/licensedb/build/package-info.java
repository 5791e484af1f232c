/**
 * The build step that makes the catalogue resource: reads the SPDX licence list offline through
 * SPDX Java Tools, adds provscan's categories and aliases ({@code spdx.yaml}), validates provscan's
 * own entries and writes the catalogue and its templates as gzipped JSON. Runs when license-db is
 * built, never at scan time.
 */
package io.provscan.licensedb.build;
