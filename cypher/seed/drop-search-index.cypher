// The full-text index over kinds the catalogue no longer searches, or without one it now searches:
// dropped so that the schema step makes it anew (CREATE ... IF NOT EXISTS would keep the old one).
DROP INDEX search_words IF EXISTS
