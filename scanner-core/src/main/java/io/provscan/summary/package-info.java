/**
 * {@code summary.json}: the builder that counts every finished record, and each capability's
 * section of it (licence totals, opt-outs per site, personal data per type).
 */
package io.provscan.summary;
