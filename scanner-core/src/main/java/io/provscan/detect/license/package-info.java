/**
 * Licence detection: full licence texts (a shingle index proposes candidates, an alignment that
 * follows the SPDX matching guidelines confirms them), model-licence texts recognised by their
 * catalogue phrases, {@code SPDX-License-Identifier} tags, notices and references in English and
 * Chinese, and licences declared in metadata (model cards, package.json, pom.xml, XMP). Everything
 * the detectors know comes from the license-db catalogue, compiled once per JVM by {@link
 * io.provscan.detect.license.LicenseKnowledge}.
 */
package io.provscan.detect.license;
