import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from './index.ts';

/** The committed SDL: `npm run schema:print` rewrites it, and a test fails when it drifts. */
export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
