/**
 * Where items come from: folders walked recursively, single files, archives (zip, jar, tar and its
 * compressed forms, gz, bz2, xz, 7z), WARC crawls, and files whose records are items of their own
 * (a {@link io.provscan.source.RecordFormat}: URL lists, JSONL corpora). Sources produce {@link
 * io.provscan.source.Item}s lazily through a callback, so a corpus never sits in memory; archive
 * members and WARC and list records are read in order and handed over as they are reached.
 */
package io.provscan.source;
