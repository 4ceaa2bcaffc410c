// The Cypher statements of cypher/**/*.cypher, read once when this module loads and looked up by name:
// `read/actors` is cypher/read/actors.cypher. Each file holds one statement. Two template steps:
// - `{{> fragment name=value ...}}` includes cypher/fragments/<fragment>.cypher when the file is read,
//   its {{name}}s replaced by the values given (text written in cypher/, never a value from a request):
//   a projection or subquery shared by several statements is written once.
// - `{{placeholder}}` stands for a part Cypher cannot take as a parameter (a label, a relationship
//   pattern, a path-length bound), filled by cypherTemplate() only with values that passed the
//   whitelist or range checks below. `npm run cypher:print` prints every statement as it is sent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES } from '../../graph/model.ts';
import { projectFile } from '../../project-files.ts';

const CYPHER_DIR = fileURLToPath(projectFile('cypher/'));
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const INCLUDE = /\{\{> ([\w-]+)((?: \w+=[^\s}]+)*)\}\}/g;
const FRAGMENTS = 'fragments/';

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

function loadFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split(sep).join('/').replace(/\.cypher$/, '');
    files.set(name, withoutCommentLines(readFileSync(path, 'utf8')));
  }
  return files;
}

/** The text with every `{{> fragment ...}}` replaced by the fragment; a fragment's own includes see the values given to it. */
function withFragments(text: string, files: Map<string, string>, within: readonly string[] = [], given = new Map<string, string>()): string {
  return text.replace(INCLUDE, (_match, fragment: string, args: string, at: number) => {
    const body = files.get(`${FRAGMENTS}${fragment}`);
    if (body === undefined) throw new Error(`No Cypher fragment "${fragment}": expected ${join(CYPHER_DIR, FRAGMENTS, `${fragment}.cypher`)}`);
    if (within.includes(fragment)) throw new Error(`Cypher fragment "${fragment}" includes itself`);
    const values = new Map([...given, ...args.trim().split(' ').filter(Boolean).map((arg) => arg.split('=') as [string, string])]);
    const filled = body.replace(PLACEHOLDER, (placeholder, name: string) => values.get(name) ?? placeholder);
    // A fragment's later lines take the indentation of the line it is included on, so the statement reads whole.
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0];
    return withFragments(filled, files, [...within, fragment], values).replaceAll('\n', `\n${indent}`);
  });
}

function loadStatements(dir: string): Map<string, string> {
  const files = loadFiles(dir);
  const statements = new Map<string, string>();
  // Fragments too, so that a template can repeat one (cypherTemplate('fragments/related-list', ...)).
  for (const [name, text] of files) statements.set(name, withFragments(text, files));
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

/** Labels of the model joined as a label expression, `Actor|Quote`: each checked against the whitelist. */
export function labelsLiteral(labels: readonly string[]): CypherLiteral {
  if (labels.length === 0) throw new Error('Expected at least one label');
  return labels.map(labelLiteral).join('|') as CypherLiteral;
}

/** The name of a schema object of one label: `entry_point_key` for EntryPoint and `key`. */
export function schemaNameLiteral(label: string, suffix: string): CypherLiteral {
  if (!/^[a-z]+(_[a-z]+)*$/.test(suffix)) throw new Error(`Not a schema name suffix: ${JSON.stringify(suffix)}`);
  return `${labelLiteral(label).replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase()}_${suffix}` as CypherLiteral;
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

/** A relationship pattern of the model, from whitelisted types: `-[:A|B]->` (out) or `<-[:A|B]-` (in), with `variable` bound when given. */
export function patternLiteral(types: readonly string[], direction: 'in' | 'out', variable = ''): CypherLiteral {
  if (variable !== '' && !/^[a-z]\w*$/.test(variable)) throw new Error(`Not a Cypher variable: ${JSON.stringify(variable)}`);
  const relationship = `[${variable}:${types.map(relationshipTypeLiteral).join('|')}]`;
  return (direction === 'out' ? `-${relationship}->` : `<-${relationship}-`) as CypherLiteral;
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
