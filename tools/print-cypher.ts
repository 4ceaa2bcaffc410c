// Prints every read statement the Neo4j store sends, fragments included and templates filled from the
// catalogue, so that a reviewer or PROFILE sees whole statements. Templates filled per request
// (an ORDER BY, a path bound) are printed with their {{placeholders}}.
import { loadQueries } from '../src/store/neo4j/store.ts';

const print = (name: string, statement: string) => console.log(`// ${name}\n${statement}\n`);
for (const [name, value] of Object.entries(loadQueries())) {
  if (typeof value === 'string') print(name, value);
  else for (const [part, statement] of Object.entries(value)) print(`${name}.${part}`, statement);
}
