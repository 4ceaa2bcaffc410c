// The full-text index before search_words: Lucene's standard analyzer split words its own way, so the
// two stores could find different nodes. Dropped once, on the first seed after the upgrade.
DROP INDEX search IF EXISTS
