// The projection of an operation (src/schema/plan.ts, projectionOf): the properties of each kind of node
// that some selection of the document reads, which every Neo4j store call of the operation sends.
import { readFileSync } from 'node:fs';
import { GraphQLInterfaceType, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLUnionType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { KINDS, displayName, pathName, searchableText, type NodeReader } from '../src/graph/catalogue.ts';
import { NODE_KINDS, type GraphNode, type NodeKind } from '../src/graph/model.ts';
import { schema } from '../src/schema/index.ts';
import { projectionOf, type PlannerExtensions } from '../src/schema/plan.ts';

const projection = (document: string) => projectionOf(schema, parse(document));

describe('projectionOf', () => {
  it('gathers what aliases of one field read, with key always left to the store', () => {
    expect(projection(`{ a: actor(key: "gfmd") { name } b: actor(key: "gfmd") { aliases category } }`)).toEqual({ Actor: ['aliases', 'category', 'name'] });
    expect(projection(`{ actor(key: "gfmd") { id key } }`)).toEqual({ Actor: ['key'] });
  });

  it('reads through named and inline fragments, at every level, on both sides of a link', () => {
    const document = `{
      actors(first: 5) { nodes { ...Named objectives { edges { quotes { ... on Quote { text } } node { title } } } } }
    }
    fragment Named on Actor { name }`;
    expect(projection(document)).toEqual({ Actor: ['name'], Quote: ['text'], Objective: ['title'] });
  });

  it('counts a fragment wherever it is spread, and ignores @skip and @include (more is correct, fewer never is)', () => {
    expect(projection(`{ paragraph(ref: "22") { ref text @skip(if: true) } }`)).toEqual({ Paragraph: ['key', 'text'] });
  });

  it('counts what a computed field reads: its own properties and those of the nodes it reads', () => {
    expect(projection(`{ quotes(first: 3) { nodes { paragraph { ref } } } }`)).toEqual({ Quote: ['paragraphRef'], Paragraph: ['key'] });
    expect(projection(`{ objective(number: 6) { paragraphs { ref } entryPoints { key } } }`)).toEqual({
      Objective: ['paragraphRef'],
      Paragraph: ['key', 'text'],
      EntryPoint: ['key', 'level'],
    });
  });

  it('gives search, paths and neighbourhoods read only for ids nothing but keys', () => {
    expect(projection(`{ search(query: "unions") { score node { id } } }`)).toEqual({});
    expect(projection(`{ shortestPath(from: "Actor:gfmd", to: "Actor:iom") { length nodes { id } steps { phrase } } }`)).toEqual({});
    expect(projection(`{ neighbourhood(id: "Actor:gfmd") { nodes { id label node { id } } edges { type from to } } }`)).toEqual({});
  });

  it('counts, for a node of any kind (the Node interface), what the catalogue says a name or a snippet reads', () => {
    const expected = (reader: NodeReader) => Object.fromEntries(NODE_KINDS.flatMap((kind) => (KINDS[kind].reads[reader].length ? [[kind, [...KINDS[kind].reads[reader]].sort()]] : [])));
    expect(projection(`{ search(query: "unions") { snippet } }`)).toEqual(expected('searchText'));
    expect(projection(`{ neighbourhood(id: "Actor:gfmd") { nodes { name } } }`)).toEqual(expected('displayName'));
    expect(projection(`{ shortestPath(from: "Actor:gfmd", to: "Actor:iom") { sentence } }`)).toEqual(expected('pathName'));
  });

  it('is made once per parsed document', () => {
    const document = parse(`{ actor(key: "gfmd") { name } }`);
    expect(projectionOf(schema, document)).toBe(projectionOf(schema, document));
  });

  it('counts a field selected on an interface or a union for every node type that can be there', () => {
    // A schema of two node kinds behind an interface and a union, each declaring what its fields read.
    const named = new GraphQLInterfaceType({ name: 'Named', fields: { label: { type: GraphQLString } } });
    const reads = (properties: string[]) => ({ type: GraphQLString, extensions: { readsProperties: properties } satisfies PlannerExtensions });
    const actor = new GraphQLObjectType({ name: 'Actor', interfaces: [named], fields: { label: reads(['name']), other: reads(['aliases']) } });
    const quote = new GraphQLObjectType({ name: 'Quote', interfaces: [named], fields: { label: reads(['text']), other: reads(['highlights']) } });
    const either = new GraphQLUnionType({ name: 'Either', types: [actor, quote] });
    const query = new GraphQLObjectType({ name: 'Query', fields: { named: { type: new GraphQLList(named) }, either: { type: new GraphQLList(either) } } });
    const small = new GraphQLSchema({ query, types: [actor, quote] });
    expect(projectionOf(small, parse(`{ named { label } }`))).toEqual({ Actor: ['name'], Quote: ['text'] });
    expect(projectionOf(small, parse(`{ either { ... on Actor { other } ... on Named { label } } }`))).toEqual({ Actor: ['aliases', 'name'], Quote: ['text'] });
    expect(projectionOf(small, parse(`{ named { ...Other } } fragment Other on Quote { other }`))).toEqual({ Quote: ['highlights'] });
  });
});

describe('the declarations the projection is made of', () => {
  const properties = (kind: NodeKind) => KINDS[kind].fields as readonly string[];

  it('name only properties of the kinds they read: an exposed property, readsProperties and readsNodeProperties', () => {
    let declared = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const { readsProperties, readsNodeProperties } = field.extensions as PlannerExtensions;
        const exposed = field.extensions.pothosExposedField;
        if ((NODE_KINDS as readonly string[]).includes(type.name)) {
          for (const property of [...(readsProperties ?? []), ...(typeof exposed === 'string' ? [exposed] : [])]) {
            expect(properties(type.name as NodeKind), `${type.name}.${field.name}`).toContain(property);
            declared++;
          }
        } else expect(readsProperties, `${type.name}.${field.name}: readsProperties on a type that is no node`).toBeUndefined();
        for (const [kind, read] of Object.entries(readsNodeProperties ?? {})) {
          for (const property of read ?? []) expect(properties(kind as NodeKind), `${type.name}.${field.name}`).toContain(property);
        }
      }
    }
    expect(declared).toBeGreaterThan(20);
  });

  it('the catalogue says what its naming functions read: each gives the same with only those properties and the key', () => {
    const readers: Record<NodeReader, (node: GraphNode) => string | null> = { searchText: searchableText, displayName, pathName };
    for (const node of loadSeedGraph().graph.nodes) {
      for (const [reader, read] of Object.entries(readers) as [NodeReader, (node: GraphNode) => string | null][]) {
        const kept = new Set<string>(['kind', 'key', ...(KINDS[node.kind].reads[reader] as readonly string[])]);
        const partial = Object.fromEntries(Object.entries(node).filter(([property]) => kept.has(property))) as GraphNode;
        expect(read(partial), `${reader} of ${node.kind}:${node.key}`).toBe(read(node));
      }
    }
  });

  it('the planner names no field of the schema in a string (fields declare, the planner reads declarations)', () => {
    // Comments aside, and indexed types (`Q['kind']`), which name a property of a TypeScript type.
    const source = readFileSync(new URL('../src/schema/plan.ts', import.meta.url), 'utf8')
      .replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '')
      .replace(/\b[A-Z]\w*\['\w+'\]/g, '');
    const literals = [...source.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((match) => match[1] ?? match[2]!);
    const fieldNames = new Set(
      Object.values(schema.getTypeMap()).flatMap((type) => (isObjectType(type) && !type.name.startsWith('__') ? Object.keys(type.getFields()) : [])),
    );
    expect(literals.length).toBeGreaterThan(0);
    expect(literals.filter((literal) => fieldNames.has(literal))).toEqual([]);
  });
});
