/**
 * The licence catalogue: the vocabulary every licence entry is described in (categories and clause
 * types), the SPDX licence list read offline, and provscan's own entries for model-weight and data
 * licences, kept as data files.
 */
package io.provscan.licensedb;
