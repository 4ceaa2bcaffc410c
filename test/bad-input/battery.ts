// Hostile and malformed requests, written once and run against each store: every one gets a clear
// coded error (or a correct null/empty answer where the input is merely unknown), never a 500 and
// never a leak, and the server answers a normal query right after.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../seed/extract.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { executorFor } from '../helpers.ts';

type Fetch = ReturnType<typeof executorFor>['fetch'];

/** Strings that have broken other servers, to be sent in every string argument of every query. */
export const HOSTILE_STRINGS: [label: string, value: string][] = [
  ['Cypher injection (quote break)', `iom"}) MATCH (n) DETACH DELETE n //`],
  ['Cypher injection (single quote)', `' OR 1=1 WITH 1 AS x CALL db.labels() YIELD label RETURN label //`],
  ['Cypher in a global id', 'Actor:iom`}) MATCH (n) DETACH DELETE n //'],
  ['Lucene syntax', 'migra* AND (trade~2 OR "unions") NOT title:[a TO z] \\ / ^3 {x} ? : + - && || !'],
  ['Lucene operators only', 'AND OR NOT'],
  ['SQL injection', `'; DROP TABLE actors; --`],
  ['path traversal', '../../../../etc/passwd'],
  ['encoded path traversal', '..%2F..%2F..%2Fetc%2Fpasswd%00'],
  ['NUL bytes', 'iom\u0000\u0000gfmd'],
  ['control characters', '\u0001\u0007\b\t\n\r\u001b[31m\u007f'],
  ['very long (99 KB)', 'x'.repeat(99_000)],
  ['many words', 'migration '.repeat(2_000)],
  ['unicode', 'Migration\u00ad 🧭 𝔐𝔦𝔤𝔯𝔞𝔱𝔦𝔬𝔫 مهاجرة 移民 \u202ereversed\u202c e\u0301 \ufeff'],
  ['lone surrogate', '\ud800abc\udfff'],
  ['empty', ''],
  ['whitespace only', ' \t\n '],
  ['operator object as text', '{"$ne": null, "$where": "1"}'],
  ['too many colons', 'Actor:iom:extra:'],
  ['prototype key', '__proto__'],
  ['constructor key', 'constructor'],
  ['template syntax', '${7*7} {{7*7}} #{7*7} %s %n'],
  ['catastrophic regex bait', `(a+)+$${'a'.repeat(60)}!`],
  ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['paragraph-like', '§§22((b)))'],
  ['cursor-like', Buffer.from('offset:-1').toString('base64url')],
];

/**
 * Search strings on which the two stores once found different nodes (before both split a query into
 * words by the one searchWords): controls, NUL, invisible characters, bidi marks, lone surrogates,
 * query syntax, dotted capitals, combining marks, emoji, mixed scripts and over-long words.
 */
export const HOSTILE_SEARCHES: [label: string, query: string][] = [
  ['NUL first', '\u0000migration'],
  ['NUL last', 'migration\u0000'],
  ['NUL inside a word', 'mi\u0000gration'],
  ['a control character', '\u0001migration'],
  ['DEL', 'migration\u007f'],
  ['a C1 control (NEL)', '\u0085migration'],
  ['a zero-width space first', '\u200bmigration'],
  ['a zero-width space inside', 'mig\u200bration'],
  ['a left-to-right mark', '\u200emigration'],
  ['right-to-left marks around', '\u200fmigration\u200f'],
  ['an RTL override', '\u202emigration\u202c'],
  ['a bidi isolate', '\u2066migration\u2069'],
  ['a BOM', '\ufeffmigration'],
  ['a soft hyphen inside', 'mig\u00adration'],
  ['a soft hyphen last', 'migration\u00ad'],
  ['a variation selector', 'migration\ufe0f'],
  ['a lone high surrogate first', '\ud800migration'],
  ['a lone low surrogate last', 'migration\udfff'],
  ['a lone surrogate inside', 'mi\ud800gration'],
  ['Lucene fuzzy operator', 'migration~'],
  ['Lucene required and prohibited', '+migration -labour'],
  ['Lucene boolean syntax', '(trade OR unions) AND -labour'],
  ['Lucene phrase with slop', '"migrant workers"~2'],
  ['a dotted capital I', 'mİgration'],
  ['dotted capitals', 'MIGRATİON'],
  ['a combining accent', 'migrati\u0301on'],
  ['a combining mark with no letter', '\u0301migration'],
  ['an emoji first', '🧭migration'],
  ['an emoji last', 'migration🧭'],
  ['an emoji ZWJ sequence', '👨\u200d👩\u200d👧migration'],
  ['Han ideographs after a word', 'migration移民'],
  ['Thai before a word', 'การย้ายถิ่นmigration'],
  ['a word over 255 characters', `${'x'.repeat(255)}migration`],
  ['a word over 255 characters and a word', `${'x'.repeat(255)} migration`],
  ['full-width letters', 'ｍｉｇｒａｔｉｏｎ'],
  ['a ligature', 'ﬁnancial'],
  ['mathematical letters', 'ℌ𝔢𝔩𝔩𝔬 migration'],
  ['punctuation only', '!!! ... ??? --'],
];

/** Every string (and ID) argument of every query, each reading its value from `$s`. */
export const STRING_SITES: [site: string, query: string][] = [
  ['node(id:)', 'query ($s: ID!) { node(id: $s) { id } }'],
  ['nodes(ids:)', 'query ($s: ID!) { nodes(ids: [$s, "Actor:iom"]) { id } }'],
  ['actor(key:)', 'query ($s: String!) { actor(key: $s) { key } }'],
  ['actors(after:)', 'query ($s: String) { actors(first: 2, after: $s) { totalCount } }'],
  ['actors(before:)', 'query ($s: String) { actors(last: 2, before: $s) { totalCount } }'],
  ['paragraph(ref:)', 'query ($s: String!) { paragraph(ref: $s) { ref } }'],
  ['paragraphs(actor:)', 'query ($s: String) { paragraphs(actor: $s, first: 5) { totalCount nodes { ref } } }'],
  ['paragraphs(after:)', 'query ($s: String) { paragraphs(first: 2, after: $s) { totalCount } }'],
  ['paragraphs(before:)', 'query ($s: String) { paragraphs(last: 2, before: $s) { totalCount } }'],
  ['search(query:)', 'query ($s: String!) { search(query: $s, first: 5) { score snippet node { id } } }'],
  ['shortestPath(from:)', 'query ($s: ID!) { shortestPath(from: $s, to: "Actor:gfmd") { length } }'],
  ['shortestPath(to:)', 'query ($s: ID!) { shortestPath(from: "Actor:trade-unions", to: $s) { length } }'],
  ['neighbourhood(id:)', 'query ($s: ID!) { neighbourhood(id: $s, hops: 1) { nodes { id } } }'],
  ['Actor.objectives(after:)', 'query ($s: String) { actor(key: "trade-unions") { objectives(first: 2, after: $s) { totalCount } } }'],
  ['Actor.mentions(after:)', 'query ($s: String) { actor(key: "trade-unions") { mentions(first: 2, after: $s) { totalCount } } }'],
  ['Actor.paragraphs(before:)', 'query ($s: String) { actor(key: "trade-unions") { paragraphs(last: 2, before: $s) { totalCount } } }'],
  ['Objective.actors(after:)', 'query ($s: String) { objective(number: 18) { actors(first: 2, after: $s) { totalCount } } }'],
  ['actors(nameContains:)', 'query ($s: String) { actors(nameContains: $s, first: 5) { totalCount nodes { key } } }'],
  ['paragraphs(text:)', 'query ($s: String) { paragraphs(text: $s, first: 5) { totalCount nodes { ref } } }'],
  ['quotes(actor:)', 'query ($s: String) { quotes(actor: $s, first: 5) { totalCount } }'],
  ['quotes(text:)', 'query ($s: String) { quotes(text: $s, first: 5) { totalCount nodes { id } } }'],
  ['quotes(after:)', 'query ($s: String) { quotes(first: 2, after: $s) { totalCount } }'],
  ['allShortestPaths(from:)', 'query ($s: ID!) { allShortestPaths(from: $s, to: "Actor:gfmd", first: 3) { length } }'],
  ['allShortestPaths(to:)', 'query ($s: ID!) { allShortestPaths(from: "Actor:trade-unions", to: $s, first: 3) { length } }'],
  ['paths(from:)', 'query ($s: ID!) { paths(from: $s, to: "Actor:gfmd", maxHops: 3, first: 3) { length } }'],
  ['paths(to:)', 'query ($s: ID!) { paths(from: "Actor:trade-unions", to: $s, maxHops: 3, first: 3) { length } }'],
  ['coMentions(actor:)', 'query ($s: String!) { coMentions(actor: $s, first: 5) { weight actor { key } } }'],
  ['compareActors(a:)', 'query ($s: String!) { compareActors(a: $s, b: "iom") { similarity } }'],
  ['compareActors(b:)', 'query ($s: String!) { compareActors(a: "trade-unions", b: $s) { similarity } }'],
  ['actors(category:) as an enum', 'query ($s: ActorCategory) { actors(category: $s) { totalCount } }'],
  ['neighbourhood(nodeKinds:) as an enum list', 'query ($s: [NodeKind!]) { neighbourhood(id: "Actor:iom", nodeKinds: $s) { nodes { id } } }'],
  ['entryPoints(level:) as an enum', 'query ($s: EngagementLevel) { entryPoints(level: $s) { id } }'],
];

/** The codes a client's bad input may earn; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const INPUT_CODES = ['BAD_USER_INPUT', 'LIMIT_EXCEEDED'];

/** No stack frames, driver or JS error classes, Cypher keywords the client did not send, or file paths in an answer. */
const LEAK = /\bat .+:\d+:\d+|Neo4jError|neo4j-driver|ServiceUnavailable|\b(?:Syntax|Type|Range|Reference)Error\b|originalError|node_modules|\/src\/|\.ts:\d+|INTERNAL_SERVER_ERROR|Unexpected error/;

/** The longest error message an answer may hold: a client's value is quoted as a short prefix, never whole. */
const MAX_ERROR_MESSAGE = 300;

/** A cursor of `text`, encoded as the server encodes its own. */
const cursor = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Cursors the server never issues, each refused: only `offset:N` in canonical decimal, within the
 * list, in unpadded base64url is one of its cursors.
 */
export const FORGED_CURSORS: [label: string, cursor: string][] = [
  ['no offset', cursor('offset:')],
  ['a space', cursor('offset: 3')],
  ['hexadecimal', cursor('offset:0x10')],
  ['exponent', cursor('offset:1e2')],
  ['decimal point', cursor('offset:3.0')],
  ['leading zero', cursor('offset:03')],
  ['plus sign', cursor('offset:+3')],
  ['negative', cursor('offset:-1')],
  ['largest safe integer', cursor('offset:9007199254740991')],
  ['past the end of the list', cursor('offset:100000')],
  ['trailing newline', cursor('offset:3\n')],
  ['padded base64', Buffer.from('offset:3').toString('base64')],
  ['whitespace inside the base64', ` ${cursor('offset:3').slice(0, 4)} ${cursor('offset:3').slice(4)}`],
  ['another prefix', cursor('arrayconnection:3')],
  ['not base64 at all', '!!!'],
];

const postHeaders = () => ({ 'content-type': 'application/json', accept: 'application/graphql-response+json' });

interface BadRequest {
  name: string;
  path?: string;
  init: () => RequestInit;
  status: number;
  /** The code of the first error; every error must have one. */
  code: string;
}

const post = (body: unknown): (() => RequestInit) => () => ({ method: 'POST', headers: postHeaders(), body: typeof body === 'string' ? body : JSON.stringify(body) });
const op = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) => post({ query, variables, ...extra });
/** The request of issue 11: aliases of one simple-path search between two well-connected actors, `first` as given. */
const manyPathSearches = (aliases: number, first: string) =>
  `query${first.startsWith('$') ? ` (${first}: Int)` : ''} { ${Array.from({ length: aliases }, (_, i) => `p${i}: paths(from: "Actor:private-sector", to: "Actor:local-authorities", maxHops: 5, first: ${first}) { length nodes { id } relationships { type from to } }`).join(' ')} }`;
const nest = (levels: number, leaf: string) => `${'objectives(first: 1) { nodes { actors(first: 1) { nodes { '.repeat(levels)}${leaf}${' } } } }'.repeat(levels)}`;

/** Malformed or hostile requests, each with the answer it must get. */
export const BAD_REQUESTS: BadRequest[] = [
  // Size and shape of the operation.
  { name: 'deep nesting', init: op(`{ actor(key: "iom") { ${nest(4, 'key')} } }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'deep nesting through fragments', init: op(`{ actor(key: "iom") { ...F0 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Actor { objectives(first: 1) { nodes { actors(first: 1) { nodes { ${i < 11 ? `...F${i + 1}` : 'key'} } } } } }`).join(' ')}`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'deep introspection (__type is not exempt)', init: op(`{ __type(name: "Actor") { ${'fields { type { ofType { '.repeat(4)}name${' } } }'.repeat(4)} } }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'wide: 3000 fields', init: op(`{ objectives { ${'number '.repeat(3_000)} } }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '16 aliases', init: op(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: objective(number: ${i + 1}) { number }`).join(' ')} }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '1000 aliases', init: op(`{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '100 directives', init: op(`{ objectives { ${'number @include(if: true) '.repeat(100)} } }`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'costly nested pages', init: op('{ actors(first: 100) { nodes { mentions(first: 100) { nodes { text } } } } }'), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'costly nested pages, first as a variable', init: op('query ($n: Int) { actors(first: $n) { nodes { mentions(first: $n) { nodes { text } } } } }', { n: 100 }), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '15 path searches, first as a variable', init: op(manyPathSearches(15, '$f'), { f: 100 }), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '15 path searches, first as a literal', init: op(manyPathSearches(15, '100')), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '4 path searches (over MAX_OPERATION_WORK)', init: op(manyPathSearches(4, '$f'), { f: 1 }), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: '4 path searches inside a fragment', init: op(`query ($f: Int) { ...Searches } fragment Searches on Query { ${manyPathSearches(4, '$f').replace(/^query \(\$f: Int\) \{ |\}$/g, '')} }`, { f: 1 }), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'query text over MAX_QUERY_LENGTH', init: op(`{ __typename } #${' '.repeat(30_000)}`), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'huge query text (body over the limit)', init: op(`{ __typename } #${'x'.repeat(200_000)}`), status: 413, code: 'LIMIT_EXCEEDED' },
  { name: '1 MB body', init: op('{ __typename }', { padding: 'x'.repeat(1_000_000) }), status: 413, code: 'LIMIT_EXCEEDED' },
  { name: '1000 operations in one document', init: op(Array.from({ length: 1_000 }, (_, i) => `query Q${i} { __typename }`).join('\n'), undefined, { operationName: 'Q1' }), status: 400, code: 'LIMIT_EXCEEDED' },
  { name: 'fragment cycle', init: op('fragment A on Actor { name ...B } fragment B on Actor { key ...A } { actor(key: "iom") { ...A } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // Types.
  { name: 'key as a number literal', init: op('{ actor(key: 5) { name } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'number as a string literal', init: op('{ objective(number: "6") { number } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'Int overflow', init: op('{ objective(number: 2147483648) { number } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'float page size', init: op('{ actors(first: 1.5) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown enum value', init: op('{ actors(category: PIRATES) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'variable of the wrong type', init: op('query ($n: Int!) { objective(number: $n) { number } }', { n: 'six' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'variable as an object', init: op('query ($k: String!) { actor(key: $k) { name } }', { k: { $ne: null } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'required variable missing', init: op('query ($n: Int!) { objective(number: $n) { number } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'null for a non-null variable', init: op('query ($k: String!) { actor(key: $k) { name } }', { k: null }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'undeclared variable', init: op('{ actor(key: $k) { name } }', { k: 'iom' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown field', init: op('{ actor(key: "iom") { password } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown argument', init: op('{ actor(key: "iom", where: "1=1") { name } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown type condition', init: op('{ node(id: "Actor:iom") { ... on User { id } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // Arguments the resolvers check.
  { name: 'page size above the cap', init: op('{ actors(first: 101) { totalCount } }'), status: 200, code: 'LIMIT_EXCEEDED' },
  { name: 'negative page size', init: op('{ actors(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first and last together', init: op('{ actors(first: 1, last: 1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'maxHops above the cap', init: op('{ shortestPath(from: "Actor:iom", to: "Actor:gfmd", maxHops: 1000) { length } }'), status: 200, code: 'LIMIT_EXCEEDED' },
  { name: 'negative hops', init: op('{ neighbourhood(id: "Actor:iom", hops: -1) { nodes { id } } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'hops above the cap', init: op('{ neighbourhood(id: "Actor:iom", hops: 99) { nodes { id } } }'), status: 200, code: 'LIMIT_EXCEEDED' },
  { name: 'unparseable paragraph ref', init: op('{ paragraph(ref: "§§§") { ref } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'nodes(ids:) over the list cap', init: op('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'Actor:iom') }), status: 200, code: 'LIMIT_EXCEEDED' },
  { name: '5,000 ids in nodes(ids:)', init: op('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 5_000 }, () => 'Actor:x') }), status: 200, code: 'LIMIT_EXCEEDED' },
  { name: 'a 99 KB cursor', init: op('query ($c: String) { actors(first: 2, after: $c) { totalCount } }', { c: 'x'.repeat(99_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 99 KB global id', init: op('query ($id: ID!) { node(id: $id) { id } }', { id: 'x'.repeat(99_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 99 KB enum value', init: op('query ($c: ActorCategory) { actors(category: $c) { totalCount } }', { c: 'X'.repeat(99_000) }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a 19 KB enum literal', init: op(`{ actors(category: ${'X'.repeat(19_000)}) { totalCount } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // The HTTP request itself.
  { name: 'malformed JSON', init: post('{"query": "{ __typename }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null body', init: post('null'), status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON number body', init: post('42'), status: 400, code: 'BAD_REQUEST' },
  { name: 'batched (array) body', init: post([{ query: '{ __typename }' }, { query: '{ __typename }' }]), status: 400, code: 'BAD_REQUEST' },
  { name: 'no query', init: post({ variables: {} }), status: 400, code: 'BAD_REQUEST' },
  { name: 'empty query', init: post({ query: '' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'query not a string', init: post({ query: ['{ __typename }'] }), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables not an object', init: post({ query: '{ __typename }', variables: '{"a":1}' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'operationName not a string', init: post({ query: '{ __typename }', operationName: { $gt: '' } }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'unexpected request parameter', init: post({ query: '{ __typename }', cypher: 'MATCH (n) RETURN n' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'syntax error', init: op('{ actor(key: "iom") { name }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'unterminated string', init: op('{ actor(key: "iom) { name } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'NUL byte in the query text', init: op('{ actor(key: "iom") { name \u0000 } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'unknown operationName', init: op('query A { __typename }', undefined, { operationName: 'Nope' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'operationName mismatch between two operations', init: op('query A { __typename } query B { __typename }', undefined, { operationName: 'C' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations, no operationName', init: op('query A { __typename } query B { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'mutation (the schema has none)', init: op('mutation { deleteEverything }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'subscription (the schema has none)', init: op('subscription { changes }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'mutation over GET',
    path: `/graphql?query=${encodeURIComponent('mutation { deleteEverything }')}`,
    init: () => ({ headers: { accept: 'application/graphql-response+json' } }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with variables that are not JSON',
    path: `/graphql?query=${encodeURIComponent('{ objectives { number } }')}&variables=%7Bnot-json`,
    init: () => ({ headers: { accept: 'application/graphql-response+json' } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with extensions that are not JSON',
    path: `/graphql?query=${encodeURIComponent('{ objectives { number } }')}&extensions=%7Bx`,
    init: () => ({ headers: { accept: 'application/graphql-response+json' } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with variables that are JSON but not an object',
    path: `/graphql?query=${encodeURIComponent('query ($n: Int!) { objective(number: $n) { number } }')}&variables=${encodeURIComponent('[6]')}`,
    init: () => ({ headers: { accept: 'application/graphql-response+json' } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET with a query over MAX_QUERY_LENGTH',
    path: `/graphql?query=${encodeURIComponent(`{ __typename } #${' '.repeat(30_000)}`)}`,
    init: () => ({ headers: { accept: 'application/graphql-response+json' } }),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  { name: 'form POST (no preflight)', init: () => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }), status: 415, code: 'BAD_REQUEST' },
  { name: 'text/plain POST (no preflight)', init: () => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }), status: 415, code: 'BAD_REQUEST' },
  { name: 'application/graphql POST', init: () => ({ method: 'POST', headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }), status: 415, code: 'BAD_REQUEST' },
  { name: 'POST without a Content-Type', init: () => ({ method: 'POST', body: '{"query":"{ __typename }"}' }), status: 415, code: 'BAD_REQUEST' },
  { name: 'XML body', init: () => ({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query>{ __typename }</query>' }), status: 415, code: 'BAD_REQUEST' },
  { name: 'PUT', init: () => ({ method: 'PUT', headers: postHeaders(), body: '{"query":"{ __typename }"}' }), status: 405, code: 'BAD_REQUEST' },
  { name: 'DELETE', init: () => ({ method: 'DELETE', headers: postHeaders() }), status: 405, code: 'BAD_REQUEST' },
  { name: 'DELETE without a body or headers', init: () => ({ method: 'DELETE' }), status: 405, code: 'BAD_REQUEST' },
  { name: 'TRACE', init: () => ({ method: 'TRACE' }), status: 405, code: 'BAD_REQUEST' },
  { name: 'OPTIONS with CORS off', init: () => ({ method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } }), status: 405, code: 'BAD_REQUEST' },
  { name: 'PATCH', init: () => ({ method: 'PATCH', headers: postHeaders(), body: '{"query":"{ __typename }"}' }), status: 405, code: 'BAD_REQUEST' },
];

export function badInputBattery(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`bad input on the ${storeName} store`, () => {
    let fetch: Fetch;
    const actorCount = loadSeedGraph().graph.nodes.filter((node) => node.kind === 'Actor').length;

    /** The normal query every hostile request is followed by: the server still answers, the graph is intact. */
    async function expectServing() {
      const response = await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query: '{ actor(key: "trade-unions") { name } actors { totalCount } }' }) });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { actor: { name: 'Trade unions' }, actors: { totalCount: actorCount } } });
    }

    let store: GraphStore;
    /** The whole graph before the battery: on Neo4j a write, in memory a mutated node or prototype, would change it. */
    let graphBefore: string;
    beforeAll(async () => {
      store = await openStore();
      graphBefore = JSON.stringify(await store.exportGraph());
      fetch = executorFor(store, { GRAPH_STATS: 'false' }).fetch;
    });

    it(`has at least 40 malformed requests (${BAD_REQUESTS.length}) and ${HOSTILE_STRINGS.length} hostile strings for ${STRING_SITES.length} argument sites`, () => {
      expect(BAD_REQUESTS.length).toBeGreaterThanOrEqual(40);
    });

    for (const bad of BAD_REQUESTS) {
      it(`${bad.name}: ${bad.status} ${bad.code}`, async () => {
        const response = await fetch(bad.path ?? '/graphql', bad.init());
        const text = await response.text();
        expect(response.status, text.slice(0, 500)).toBe(bad.status);
        const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        expect(body.errors?.length, text.slice(0, 500)).toBeGreaterThan(0);
        expect(body.errors![0]!.extensions?.code, text.slice(0, 500)).toBe(bad.code);
        for (const error of body.errors!) {
          expect(error.extensions?.code, error.message).toBeTypeOf('string');
          expect(error.message.length, error.message.slice(0, 500)).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
        }
        expect(text).not.toMatch(LEAK);
        await expectServing();
      });
    }

    it('refuses every cursor the server never issued, in every connection, after and before', async () => {
      const connections = STRING_SITES.filter(([site]) => /\((after|before):\)$/.test(site));
      expect(connections.length).toBeGreaterThanOrEqual(9);
      const sites = [...connections, ['quotes(before:, last: 2)', 'query ($s: String) { quotes(before: $s, last: 2) { edges { cursor } pageInfo { hasNextPage } } }'] as const];
      for (const [site, query] of sites) {
        for (const [label, forged] of FORGED_CURSORS) {
          const response = await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query, variables: { s: forged } }) });
          const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
          expect(body.errors?.map((error) => error.extensions?.code), `${site} with ${label}`).toEqual(['BAD_USER_INPUT']);
          expect(body.errors![0]!.message, `${site} with ${label}`).toMatch(/is not a cursor of this connection$/);
        }
      }
    });

    it('accepts the cursors it issued, to the last one of the list', async () => {
      const query = 'query ($after: String, $before: String) { quotes(first: 100, after: $after, before: $before) { totalCount edges { cursor } pageInfo { hasNextPage } } }';
      const run = async (variables: Record<string, unknown>) =>
        (await (await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query, variables }) })).json()) as { data: any; errors?: unknown };
      const first = await run({});
      expect(first.errors).toBeUndefined();
      const { totalCount, edges } = first.data.quotes;
      expect(totalCount).toBeGreaterThan(2);
      const last = cursor(`offset:${totalCount - 1}`);
      if (totalCount <= 100) expect(edges.at(-1).cursor).toBe(last);
      expect(await run({ after: last })).toEqual({ data: { quotes: { totalCount, edges: [], pageInfo: { hasNextPage: false } } } });
      expect((await run({ before: last })).data.quotes.edges.at(-1)?.cursor).toBe(cursor(`offset:${Math.min(99, totalCount - 2)}`));
    });

    for (const [site, query] of STRING_SITES) {
      it(`every hostile string in ${site}: a coded error or a plain answer`, async () => {
        for (const [label, value] of HOSTILE_STRINGS) {
          const response = await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query, variables: { s: value } }) });
          const text = await response.text();
          const context = `${site} with ${label}: ${text.slice(0, 400)}`;
          expect(response.status, context).not.toBe(500);
          expect([200, 400], context).toContain(response.status);
          const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
          for (const error of body.errors ?? []) {
            expect(INPUT_CODES, context).toContain(error.extensions?.code);
            expect(error.message.length, context).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
          }
          if (!body.errors) expect(body.data, context).toBeTruthy();
          expect(text, context).not.toMatch(LEAK);
        }
        await expectServing();
      });
    }

    it('searches every hostile search string: hits, or a coded error when it holds no word', async () => {
      for (const [label, query] of HOSTILE_SEARCHES) {
        const response = await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query: 'query ($q: String!) { search(query: $q, first: 5) { snippet node { id } } }', variables: { q: query } }) });
        const text = await response.text();
        expect(response.status, `${label}: ${text.slice(0, 300)}`).toBe(200);
        const body = JSON.parse(text) as { data?: { search: unknown[] }; errors?: { extensions?: { code?: string } }[] };
        if (body.errors) expect(body.errors.map((error) => error.extensions?.code), label).toEqual(['BAD_USER_INPUT']);
        else expect(Array.isArray(body.data?.search), label).toBe(true);
        expect(text).not.toMatch(LEAK);
      }
      await expectServing();
    });

    it('answers unknown but harmless strings with null or empty, not errors', async () => {
      const run = async (query: string, s: string) =>
        (await (await fetch('/graphql', { method: 'POST', headers: postHeaders(), body: JSON.stringify({ query, variables: { s } }) })).json()) as { data: any; errors?: unknown };
      for (const s of ['__proto__', 'constructor', `iom"}) MATCH (n) DETACH DELETE n //`, '../../../../etc/passwd']) {
        expect(await run('query ($s: String!) { actor(key: $s) { key } }', s)).toEqual({ data: { actor: null } });
        expect(await run('query ($s: String) { paragraphs(actor: $s) { totalCount } }', s)).toEqual({ data: { paragraphs: { totalCount: 0 } } });
      }
      expect(await run('query ($s: ID!) { node(id: $s) { id } }', 'Actor:__proto__')).toEqual({ data: { node: null } });
      expect(await run('query ($s: ID!) { node(id: $s) { id } }', 'Actor:constructor')).toEqual({ data: { node: null } });
    });

    it('leaves the graph exactly as it was after all of it: no write, no mutated node, no polluted prototype', async () => {
      await expectServing();
      expect(JSON.stringify(await store.exportGraph())).toBe(graphBefore);
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  });
}
