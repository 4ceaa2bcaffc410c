import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { projectFile } from '../project-files.ts';
import { schema } from './index.ts';

/** The committed SDL: `npm run schema:print` rewrites it, and a test fails when it drifts. */
export const SCHEMA_FILE = projectFile('schema.graphql');

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
