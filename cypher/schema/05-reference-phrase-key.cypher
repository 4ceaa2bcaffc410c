CREATE CONSTRAINT reference_phrase_key IF NOT EXISTS
FOR (n:ReferencePhrase)
REQUIRE n.key IS UNIQUE
