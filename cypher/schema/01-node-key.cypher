// Template, filled once per node kind of the catalogue (schemaStatements() in seed/load-neo4j.ts):
// {{name}} is the kind's constraint (actor_key, entry_point_key, ...), {{label}} its label.
CREATE CONSTRAINT {{name}} IF NOT EXISTS
FOR (n:{{label}})
REQUIRE n.key IS UNIQUE
