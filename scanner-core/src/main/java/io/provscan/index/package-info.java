/**
 * The Lucene index of a scan ({@code OUT/index/}): one document per item with its path, URL, hash,
 * type, language, status and findings as fields, and its text indexed (stored only on request,
 * because it is the corpus itself). One {@link org.apache.lucene.index.IndexWriter} is shared by
 * every worker, as Lucene intends; {@link io.provscan.index.CorpusSearcher} queries it afterwards.
 */
package io.provscan.index;
