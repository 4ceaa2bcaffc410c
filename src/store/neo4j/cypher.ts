// The Cypher statements of cypher/**/*.cypher, read once when this module loads and looked up by name:
// `read/actors` is cypher/read/actors.cypher. Each file holds one statement; a few hold {{placeholders}}
// for the parts Cypher cannot take as parameters (a label, a relationship type, a path-length bound),
// filled only with values that passed the whitelist or range checks below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES } from '../../graph/model.ts';
import { projectFile } from '../../project-files.ts';

const CYPHER_DIR = fileURLToPath(projectFile('cypher/'));
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * The statement without its whole-line `//` comments: they document the file, and would otherwise go
 * over the wire and into Neo4j's query-cache key with every call (the link statements are mostly comment).
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

function loadStatements(dir: string): Map<string, string> {
  const statements = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split(sep).join('/').replace(/\.cypher$/, '');
    statements.set(name, withoutCommentLines(readFileSync(path, 'utf8')));
  }
  return statements;
}

const statements = loadStatements(CYPHER_DIR);

/** The statement of cypher/<name>.cypher; throws when there is no such file. */
export function cypher(name: string): string {
  const statement = statements.get(name);
  if (statement === undefined) throw new Error(`No Cypher statement "${name}": expected ${join(CYPHER_DIR, `${name}.cypher`)}`);
  return statement;
}

/** The names of the statements under one folder, sorted: `cypherNames('schema')` gives constraints first. */
export function cypherNames(folder: string): string[] {
  return [...statements.keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
}

declare const literal: unique symbol;
/** Text that may be pasted into Cypher: only the checks below make one. */
export type CypherLiteral = string & { readonly [literal]: true };

/** A node label of the model, checked against the whitelist. */
export function labelLiteral(label: string): CypherLiteral {
  if (!(NODE_KINDS as readonly string[]).includes(label)) throw new Error(`Not a node label of the model: ${JSON.stringify(label)}`);
  return label as CypherLiteral;
}

/** A relationship type of the model, checked against the whitelist. */
export function relationshipTypeLiteral(type: string): CypherLiteral {
  if (!(RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(type)) throw new Error(`Not a relationship type of the model: ${JSON.stringify(type)}`);
  return type as CypherLiteral;
}

/** One of a fixed set of Cypher fragments written in this code base, chosen by name (e.g. an ORDER BY for an API enum value). */
export function fragmentLiteral<K extends string>(fragments: Readonly<Record<K, string>>, choice: K): CypherLiteral {
  if (!Object.hasOwn(fragments, choice)) throw new Error(`Not one of ${Object.keys(fragments).join(', ')}: ${JSON.stringify(choice)}`);
  return fragments[choice] as CypherLiteral;
}

/** An integer in [min, max], for bounds Cypher cannot take as a parameter (`[*..6]`, `{0,3}`). */
export function integerLiteral(value: number, min: number, max: number): CypherLiteral {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new Error(`Expected an integer from ${min} to ${max}, got ${value}`);
  return String(value) as CypherLiteral;
}

/** The statement of a template file with every {{placeholder}} filled; throws on a missing or unused value. */
export function cypherTemplate(name: string, values: Record<string, CypherLiteral>): string {
  const used = new Set<string>();
  const statement = cypher(name).replace(PLACEHOLDER, (_match, placeholder: string) => {
    const value = values[placeholder];
    if (value === undefined) throw new Error(`Cypher template "${name}" needs a value for {{${placeholder}}}`);
    used.add(placeholder);
    return value;
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`Cypher template "${name}" has no placeholder ${unused.map((key) => `{{${key}}}`).join(', ')}`);
  return statement;
}
