/**
 * Rights a media file states about itself, read from the file's own bytes: IPTC PLUS Data Mining in
 * XMP (JPEG APP1, PNG iTXt, WebP {@code XMP } chunk, TIFF tag 700, GIF application extension, ISO
 * BMFF XMP box, an XMP item of a HEIF/AVIF {@code meta} box, a PDF's catalog metadata stream, an
 * XMP sidecar) and C2PA / CAWG training-and-data-mining assertions in the active manifest of a C2PA
 * manifest store (JPEG APP11, PNG {@code caBX}, WebP {@code C2PA}, ISO BMFF {@code uuid} box, a
 * PDF's associated files, a sidecar {@code .c2pa} file). Every walk is bounded in bytes, boxes and
 * depth: a hostile file gives an error entry, never a hang. What is found becomes metadata entries
 * ({@link io.provscan.media.EmbeddedRights}) that the opt-out detector judges like any other
 * metadata. No C2PA signature is validated: values are unverified.
 */
package io.provscan.media;
