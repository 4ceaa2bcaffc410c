// Prints every statement the Neo4j store sends, fragments included and templates filled from the
// catalogue, so that a reviewer or PROFILE sees whole statements: the seed's schema statements, then
// the reads. Templates filled per request (an ORDER BY, a path bound) are printed with their {{placeholders}}.
import { schemaStatements } from '../seed/load-neo4j.ts';
import { loadQueries } from '../src/store/neo4j/store.ts';

const print = (name: string, statement: string) => console.log(`// ${name}\n${statement}\n`);
schemaStatements().forEach((statement, i) => print(`schema.${i + 1}`, statement));
for (const [name, value] of Object.entries(loadQueries())) {
  if (typeof value === 'string') print(name, value);
  else for (const [part, statement] of Object.entries(value)) print(`${name}.${part}`, statement);
}
