import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../seed/extract.ts';
import { globalIdOf } from '../../src/graph/global-id.ts';
import type { ActorNode, GraphNode, QuoteNode } from '../../src/graph/model.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { CONTRACT_OPERATIONS, recording } from './ids.ts';
import { collectPages, CONTRACT_ACTORS, executorFor, onlyError, type Execute } from '../helpers.ts';


const { graph } = loadSeedGraph();
const nodesOf = <K extends GraphNode['kind']>(kind: K) => graph.nodes.filter((node) => node.kind === kind) as Extract<GraphNode, { kind: K }>[];
const filedUnder = (actorKey: string) =>
  graph.relationships
    .filter((r) => r.type === 'FILED_UNDER' && r.to.key === actorKey)
    .map((r) => r.from.key)
    .sort();


/**
 * The GraphQL API contract, written once and run against each store.
 * `openStore` gives a store over the seeded graph; both stores must give the same answers.
 */
export function contractSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`API contract on the ${storeName} store`, () => {
    let execute: Execute;

    beforeAll(async () => {
      execute = recording(executorFor(await openStore()).execute, CONTRACT_OPERATIONS);
    });

    describe('node(id:)', () => {
      const ids = () => [
        'Actor:trade-unions',
        'Objective:6',
        'Paragraph:22b',
        'EntryPoint:global-21',
        globalIdOf(nodesOf('Quote')[0]!),
        globalIdOf(nodesOf('ReferencePhrase')[0]!),
      ];

      it('resolves a readable global id of every kind to that node', async () => {
        for (const id of ids()) {
          const response = await execute(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
          expect(response.errors).toBeUndefined();
          expect(response.data.node).toEqual({ __typename: id.split(':')[0], id });
        }
      });

      it('accepts loose paragraph refs inside an id and answers canonically', async () => {
        const response = await execute(`{ node(id: "Paragraph:22(b)") { id ... on Paragraph { ref } } }`);
        expect(response.data.node).toEqual({ id: 'Paragraph:22b', ref: '22b' });
      });

      it('gives null for an unknown key', async () => {
        const response = await execute(`{ a: node(id: "Actor:no-such-actor") { id } o: node(id: "Objective:99") { id } }`);
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ a: null, o: null });
      });

      it('gives BAD_USER_INPUT for a malformed id', async () => {
        for (const id of ['trade-unions', 'Planet:earth', ':x', 'Actor:']) {
          const response = await execute(`query ($id: ID!) { node(id: $id) { id } }`, { id });
          expect(response.status).toBe(200);
          expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
        }
      });
    });

    describe('actors', () => {
      it('has every actor of the contract with its name and category', async () => {
        for (const [key, name, category] of CONTRACT_ACTORS) {
          const response = await execute(`query ($key: String!) { actor(key: $key) { id key name category aliases } }`, { key });
          expect(response.data.actor).toMatchObject({ id: `Actor:${key}`, key, name, category });
          expect(response.data.actor.aliases.length).toBeGreaterThan(0);
        }
      });

      it('gives null for an unknown key', async () => {
        const response = await execute(`{ actor(key: "no-such-actor") { key } }`);
        expect(response.errors).toBeUndefined();
        expect(response.data.actor).toBeNull();
      });

      it('lists every actor once, by name, with a stable cursor pagination and totalCount', async () => {
        const query = `query ($after: String) { actors(first: 4, after: $after) { totalCount edges { node { key name } } pageInfo { hasNextPage endCursor } } }`;
        const { nodes, totalCount } = await collectPages(execute, query, (data) => data.actors);
        const actors = nodesOf('Actor');
        expect(totalCount).toBe(actors.length);
        expect(nodes.map((n) => n.key).sort()).toEqual(actors.map((a) => a.key).sort());
        const names = nodes.map((n) => n.name);
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
        const again = await collectPages(execute, query, (data) => data.actors);
        expect(again.nodes).toEqual(nodes);
      });

      it('filters by category', async () => {
        const response = await execute(`{ actors(category: ISCM, first: 100) { totalCount nodes { key category } } }`);
        const keys = response.data.actors.nodes.map((n: ActorNode) => n.key);
        expect(keys).toEqual(expect.arrayContaining(['iscm', 'rcp', 'gfmd', 'iom-idm', 'micic']));
        expect(response.data.actors.nodes.every((n: ActorNode) => n.category === 'ISCM')).toBe(true);
        expect(response.data.actors.totalCount).toBe(keys.length);
      });

      it('links trade unions to objectives with basis, paragraphs and quotes', async () => {
        const response = await execute(`{
          actor(key: "trade-unions") {
            objectives(first: 23) {
              totalCount
              edges { basis node { number } paragraphs { ref objective { number } } quotes { text paragraph { ref } } }
            }
          }
        }`);
        expect(response.errors).toBeUndefined();
        const edges = response.data.actor.objectives.edges;
        const numbers = edges.map((e: any) => e.node.number);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        for (const summarised of [2, 3, 6, 18]) {
          expect(edges.find((e: any) => e.node.number === summarised)?.basis).toContain('SUMMARY');
        }
        const six = edges.find((e: any) => e.node.number === 6);
        expect(six.basis).toContain('QUOTED');
        expect(six.paragraphs.map((p: any) => p.ref)).toEqual(expect.arrayContaining(['22d', '22i']));
        for (const edge of edges) {
          for (const paragraph of edge.paragraphs) expect(paragraph.objective.number).toBe(edge.node.number);
          const refs = edge.paragraphs.map((p: any) => p.ref);
          for (const quote of edge.quotes) expect(refs).toContain(quote.paragraph.ref);
          if (!edge.basis.includes('QUOTED')) {
            expect(edge.paragraphs).toEqual([]);
            expect(edge.quotes).toEqual([]);
          }
        }
        expect(six.quotes.some((q: any) => q.text.toLowerCase().includes('trade unions'))).toBe(true);
      });

      it('links the ISCMs to the objectives of their entry points', async () => {
        const response = await execute(`{ actor(key: "iscm") { objectives(first: 23) { edges { basis node { number } } } } }`);
        const entryObjectives = new Set(nodesOf('EntryPoint').map((e) => e.objectiveNumber));
        const linked = response.data.actor.objectives.edges.filter((e: any) => e.basis.includes('ENTRY_POINT')).map((e: any) => e.node.number);
        expect(new Set(linked)).toEqual(entryObjectives);
      });

      it('has, in mentions, every quote the source files under each actor', async () => {
        const query = `query ($key: String!, $after: String) { actor(key: $key) { mentions(first: 25, after: $after) { totalCount edges { node { id key sourceLine } } pageInfo { hasNextPage endCursor } } } }`;
        const sectionActors = [...new Set(graph.relationships.filter((r) => r.type === 'FILED_UNDER').map((r) => r.to.key))];
        expect(sectionActors.length).toBeGreaterThan(10);
        for (const key of sectionActors) {
          const { nodes, totalCount } = await collectPages(execute, query, (data) => data.actor.mentions, { key });
          const mentioned = nodes.map((n) => n.key);
          expect(mentioned).toEqual(expect.arrayContaining(filedUnder(key)));
          expect(totalCount).toBe(nodes.length);
          const lines = nodes.map((n) => n.sourceLine);
          expect(lines).toEqual([...lines].sort((a, b) => a - b));
        }
      });

      it('answers paragraphs and referencePhrases of an actor', async () => {
        const response = await execute(`{ actor(key: "gfmd") { paragraphs(first: 50) { totalCount nodes { ref } } referencePhrases { key wording } } }`);
        const refs = response.data.actor.paragraphs.nodes.map((p: any) => p.ref);
        expect(refs).toEqual(expect.arrayContaining(['3', '34f', '43c', '47', '51']));
        expect(response.data.actor.paragraphs.totalCount).toBe(refs.length);
        expect(response.data.actor.referencePhrases.map((p: any) => p.wording)).toContain('Global Forum on Migration and Development');
      });
    });

    describe('objectives', () => {
      it('lists all 23 by number, each with its own paragraph §(N+16)', async () => {
        const response = await execute(`{ objectives { id number title shortTitle paragraph { ref section } } }`);
        const objectives = response.data.objectives;
        expect(objectives.map((o: any) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
        for (const objective of objectives) {
          expect(objective.id).toBe(`Objective:${objective.number}`);
          expect(objective.paragraph).toEqual({ ref: String(objective.number + 16), section: 'OBJECTIVES' });
          expect(objective.title.length).toBeGreaterThan(10);
        }
        expect(objectives[5].title).toBe('Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work');
        expect(objectives[5].shortTitle).toBe('Recruitment and labour');
      });

      it('answers one objective with its paragraphs, actors and entry points; null outside 1..23', async () => {
        const response = await execute(`{
          objective(number: 6) {
            number
            paragraphs { ref objective { number } }
            actors(first: 50) { totalCount edges { basis paragraphs { ref } quotes { key } node { key } } }
            entryPoints { id level objective { number } action engagement }
          }
          zero: objective(number: 0) { number }
          high: objective(number: 24) { number }
        }`);
        expect(response.errors).toBeUndefined();
        const objective = response.data.objective;
        expect(objective.paragraphs.map((p: any) => p.ref)).toEqual(expect.arrayContaining(['22b', '22d', '22i']));
        expect(objective.paragraphs.every((p: any) => p.objective.number === 6)).toBe(true);
        const actorKeys = objective.actors.edges.map((e: any) => e.node.key);
        expect(actorKeys).toEqual(expect.arrayContaining(['trade-unions', 'private-sector', 'iscm']));
        expect(objective.entryPoints.map((e: any) => e.id)).toEqual(['EntryPoint:regional-6', 'EntryPoint:global-6']);
        expect(response.data.zero).toBeNull();
        expect(response.data.high).toBeNull();
      });

      it('gives the same links from both ends', async () => {
        const fromActor = await execute(`{ actor(key: "private-sector") { objectives(first: 23) { edges { basis node { number } paragraphs { ref } } } } }`);
        for (const edge of fromActor.data.actor.objectives.edges) {
          const fromObjective = await execute(`query ($n: Int!) { objective(number: $n) { actors(first: 100) { edges { basis node { key } paragraphs { ref } } } } }`, {
            n: edge.node.number,
          });
          const mirror = fromObjective.data.objective.actors.edges.find((e: any) => e.node.key === 'private-sector');
          expect(mirror).toMatchObject({ basis: edge.basis, paragraphs: edge.paragraphs });
        }
      });
    });

    describe('paragraphs', () => {
      it('accepts loose refs and answers canonically', async () => {
        for (const ref of ['§ 22b', '§22(b)', '22 B', '22b']) {
          const response = await execute(`query ($ref: String!) { paragraph(ref: $ref) { id ref number letter section objective { number } } }`, { ref });
          expect(response.data.paragraph).toEqual({ id: 'Paragraph:22b', ref: '22b', number: 22, letter: 'b', section: 'OBJECTIVES', objective: { number: 6 } });
        }
      });

      it('reads §23I as 23l and §43biii as 43(b)(iii)', async () => {
        const response = await execute(`{ typo: paragraph(ref: "§23I") { ref } nested: paragraph(ref: "§43biii") { ref number letter item section objective { number } } }`);
        expect(response.data.typo).toEqual({ ref: '23l' });
        expect(response.data.nested).toEqual({ ref: '43biii', number: 43, letter: 'b', item: 'iii', section: 'IMPLEMENTATION', objective: null });
      });

      it('gives null for an unknown ref and BAD_USER_INPUT for an unparseable one', async () => {
        const unknown = await execute(`{ paragraph(ref: "12z") { ref } }`);
        expect(unknown.errors).toBeUndefined();
        expect(unknown.data.paragraph).toBeNull();
        for (const ref of ['banana', '§', '22bb', 'x'.repeat(500)]) {
          const response = await execute(`query ($ref: String!) { paragraph(ref: $ref) { ref } }`, { ref });
          expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
        }
      });

      it('answers text, quotes, actors and referencePhrases of a paragraph', async () => {
        const response = await execute(`{ paragraph(ref: "34f") { text quotes { id text paragraph { ref } } actors { key } referencePhrases { key } } }`);
        const paragraph = response.data.paragraph;
        const longest = Math.max(...paragraph.quotes.map((q: any) => q.text.length));
        expect(paragraph.text.length).toBe(longest);
        expect(paragraph.quotes.every((q: any) => q.paragraph.ref === '34f')).toBe(true);
        expect(paragraph.actors.map((a: any) => a.key)).toEqual(expect.arrayContaining(['gfmd', 'private-sector']));
        expect(paragraph.referencePhrases.length).toBeGreaterThan(0);
      });

      it('filters by objective and by actor, in the order of the Compact', async () => {
        const byObjective = await execute(`{ paragraphs(objective: 18, first: 100) { totalCount nodes { ref objective { number } } } }`);
        expect(byObjective.data.paragraphs.nodes.every((p: any) => p.objective.number === 18)).toBe(true);
        expect(byObjective.data.paragraphs.nodes.map((p: any) => p.ref)).toEqual(expect.arrayContaining(['34', '34e', '34f']));

        const byActor = await execute(`{ paragraphs(actor: "trade-unions", first: 100) { totalCount nodes { ref } } actor(key: "trade-unions") { paragraphs(first: 100) { nodes { ref } } } }`);
        expect(byActor.data.paragraphs.nodes).toEqual(byActor.data.actor.paragraphs.nodes);
        expect(byActor.data.paragraphs.totalCount).toBe(byActor.data.paragraphs.nodes.length);
      });
    });

    describe('quotes, reference phrases and entry points', () => {
      it('answers every field of a quote', async () => {
        const quote = nodesOf('Quote').find((q) => q.paragraphRef === '22i') as QuoteNode;
        const response = await execute(`query ($id: ID!) { node(id: $id) { ... on Quote { id key text highlights sourceLine paragraph { ref } actors { key } } } }`, {
          id: globalIdOf(quote),
        });
        expect(response.data.node).toMatchObject({ key: quote.key, text: quote.text, highlights: quote.highlights, sourceLine: quote.sourceLine, paragraph: { ref: '22i' } });
        expect(response.data.node.actors.map((a: any) => a.key)).toContain('trade-unions');
      });

      it('gives the heading each quote is filed under, among its actors: §18(e) under both trade unions and private sector', async () => {
        const response = await execute(`{ paragraph(ref: "18e") { quotes { key filedUnder { key } actors { key } } } }`);
        const quotes = response.data.paragraph.quotes as { key: string; filedUnder: { key: string }; actors: { key: string }[] }[];
        expect(quotes.map((quote) => quote.filedUnder.key).sort()).toEqual(['private-sector', 'trade-unions']);
        for (const quote of quotes) {
          expect(filedUnder(quote.filedUnder.key)).toContain(quote.key);
          expect(quote.actors.map((actor) => actor.key)).toContain(quote.filedUnder.key);
        }
      });

      it('lists every reference phrase with its paragraphs and actors', async () => {
        const response = await execute(`{ referencePhrases { id key wording group paragraphs { ref } actors { key } } }`);
        expect(response.data.referencePhrases).toHaveLength(nodesOf('ReferencePhrase').length);
        const gfmd = response.data.referencePhrases.find((p: any) => p.wording === 'Global Forum on Migration and Development');
        expect(gfmd.paragraphs.map((p: any) => p.ref)).toEqual(['3', '34f', '36b', '43c', '47', '51']);
        expect(gfmd.actors.map((a: any) => a.key)).toContain('gfmd');
        expect(gfmd.group).toBe('ISCM');
      });

      it('filters entry points by level and objective', async () => {
        const all = await execute(`{ entryPoints { id level objective { number } } }`);
        expect(all.data.entryPoints).toHaveLength(nodesOf('EntryPoint').length);
        const global = await execute(`{ entryPoints(level: GLOBAL) { id level } }`);
        expect(global.data.entryPoints.length).toBeGreaterThan(0);
        expect(global.data.entryPoints.every((e: any) => e.level === 'GLOBAL')).toBe(true);
        const six = await execute(`{ entryPoints(objective: 6) { id } }`);
        expect(six.data.entryPoints.map((e: any) => e.id)).toEqual(['EntryPoint:regional-6', 'EntryPoint:global-6']);
      });
    });

    describe('search', () => {
      it('finds an actor by name, ranked, with a snippet and the node', async () => {
        const response = await execute(`{ search(query: "trade unions", first: 10) { score snippet node { id __typename } } }`);
        const hits = response.data.search;
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.slice(0, 3).map((h: any) => h.node.id)).toContain('Actor:trade-unions');
        const scores = hits.map((h: any) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(hits[0].snippet.toLowerCase()).toContain('**');
      });

      it('finds quotes by their words', async () => {
        const response = await execute(`{ search(query: "remittance", first: 20) { node { id ... on Quote { text } } } }`);
        const quotes = response.data.search.filter((h: any) => h.node.id.startsWith('Quote:'));
        expect(quotes.length).toBeGreaterThan(0);
        expect(quotes.every((h: any) => /remittance/i.test(h.node.text))).toBe(true);
      });

      it('treats query syntax as plain words', async () => {
        const response = await execute(`{ search(query: "trade AND (unions OR \\"x\\") ~ * ? [ ] :", first: 5) { node { id } } }`);
        expect(response.errors).toBeUndefined();
      });

      it('gives BAD_USER_INPUT for an empty query', async () => {
        const response = await execute(`{ search(query: "   ") { score } }`);
        expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      });
    });

    describe('shortestPath', () => {
      it('connects trade unions to the GFMD, hop by hop', async () => {
        const response = await execute(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length nodes { id } relationships { type from to } } }`);
        expect(response.errors).toBeUndefined();
        const path = response.data.shortestPath;
        expect(path.nodes[0].id).toBe('Actor:trade-unions');
        expect(path.nodes.at(-1).id).toBe('Actor:gfmd');
        expect(path.length).toBe(path.relationships.length);
        expect(path.nodes).toHaveLength(path.length + 1);
        const stored = new Set(graph.relationships.map((r) => `${globalIdOf(r.from)} ${r.type} ${globalIdOf(r.to)}`));
        path.relationships.forEach((step: any, i: number) => {
          expect([step.from, step.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
          // Each step is reported as stored: from its start node to its end node.
          expect(stored.has(`${step.from} ${step.type} ${step.to}`)).toBe(true);
        });
        const shorter = await execute(`query ($max: Int) { shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: $max) { length } }`, {
          max: path.length - 1,
        });
        expect(shorter.data.shortestPath).toBeNull();
      });

      it('gives null for an unknown node and coded errors for bad arguments', async () => {
        const unknown = await execute(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:nobody") { length } }`);
        expect(unknown.data.shortestPath).toBeNull();
        const malformed = await execute(`{ shortestPath(from: "trade-unions", to: "Actor:gfmd") { length } }`);
        expect(onlyError(malformed).extensions?.code).toBe('BAD_USER_INPUT');
        const tooFar = await execute(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: 1000) { length } }`);
        expect(onlyError(tooFar).extensions?.code).toBe('LIMIT_EXCEEDED');
        const zero = await execute(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: 0) { length } }`);
        expect(onlyError(zero).extensions?.code).toBe('BAD_USER_INPUT');
      });
    });

    describe('neighbourhood', () => {
      it('gives the nodes within reach and the edges among them', async () => {
        const response = await execute(`{ neighbourhood(id: "Actor:trade-unions", hops: 1) { truncated nodes { id label name node { id } } edges { type from to } } }`);
        expect(response.errors).toBeUndefined();
        const { nodes, edges } = response.data.neighbourhood;
        const ids = new Set(nodes.map((n: any) => n.node.id));
        expect(ids.has('Actor:trade-unions')).toBe(true);
        for (const quote of filedUnder('trade-unions')) expect(ids.has(`Quote:${quote}`)).toBe(true);
        for (const edge of edges) {
          expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
        }
        expect(nodes.find((n: any) => n.node.id === 'Actor:trade-unions')).toEqual({
          id: 'SubgraphNode:Actor:trade-unions',
          label: 'Actor',
          name: 'Trade unions',
          node: { id: 'Actor:trade-unions' },
        });
      });

      it('gives null for an unknown node and coded errors for bad hops', async () => {
        const unknown = await execute(`{ neighbourhood(id: "Paragraph:12z") { truncated } }`);
        expect(unknown.data.neighbourhood).toBeNull();
        const far = await execute(`{ neighbourhood(id: "Actor:iom", hops: 50) { truncated } }`);
        expect(onlyError(far).extensions?.code).toBe('LIMIT_EXCEEDED');
      });
    });

    describe('what several selections read of one node', () => {
      // On Neo4j every store call of an operation sends the properties any selection of it reads
      // (src/schema/plan.ts, projectionOf): a node one selection loads and the node loader caches must
      // still answer what another selection of the same node reads.
      const actor = nodesOf('Actor').find((node) => node.key === 'gfmd')!;
      const paragraph = (ref: string) => nodesOf('Paragraph').find((node) => node.key === ref)!;

      it('answers two aliases of one actor reading different properties, in full', async () => {
        const response = await execute(`{ a: actor(key: "gfmd") { name } b: actor(key: "gfmd") { aliases category } }`);
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ a: { name: actor.name }, b: { aliases: actor.aliases, category: actor.category } });
      });

      it('answers a list and a fragment of the same list reading different properties, in full', async () => {
        const response = await execute(`{ actors(first: 100) { nodes { key name } } again: actors(first: 100) { nodes { key ...Described } } } fragment Described on Actor { aliases category }`);
        expect(response.errors).toBeUndefined();
        const byKey = new Map(nodesOf('Actor').map((node) => [node.key, node]));
        expect(response.data.actors.nodes.length).toBeGreaterThan(10);
        for (const node of response.data.actors.nodes) expect(node.name).toBe(byKey.get(node.key)!.name);
        for (const node of response.data.again.nodes) expect(node).toEqual({ key: node.key, aliases: byKey.get(node.key)!.aliases, category: byKey.get(node.key)!.category });
      });

      it('answers a node loaded at a nested level by one selection and by id in another, in full', async () => {
        const response = await execute(`{
          objective(number: 6) { paragraph { ref } }
          own: node(id: "Paragraph:22") { ... on Paragraph { ref section text } }
          paragraph(ref: "34f") { quotes { key paragraph { ref } } }
          quoted: node(id: "Paragraph:34f") { ... on Paragraph { number letter text } }
        }`);
        expect(response.errors).toBeUndefined();
        const [own, quoted] = [paragraph('22'), paragraph('34f')];
        expect(response.data.objective.paragraph).toEqual({ ref: '22' });
        expect(response.data.own).toEqual({ ref: '22', section: own.section, text: own.text });
        expect(response.data.paragraph.quotes.length).toBeGreaterThan(0);
        for (const quote of response.data.paragraph.quotes) expect(quote.paragraph).toEqual({ ref: '34f' });
        expect(quoted.text).not.toBeNull();
        expect(response.data.quoted).toEqual({ number: quoted.number, letter: quoted.letter, text: quoted.text });
      });
    });

    describe('bad input', () => {
      it('rejects a negative or too large first, in arguments and variables alike', async () => {
        const negative = await execute(`{ actors(first: -1) { totalCount } }`);
        expect(onlyError(negative).extensions?.code).toBe('BAD_USER_INPUT');
        const large = await execute(`query ($first: Int) { actor(key: "iom") { mentions(first: $first) { totalCount } } }`, { first: 101 });
        expect(onlyError(large).extensions?.code).toBe('LIMIT_EXCEEDED');
      });

      it('rejects a forged cursor', async () => {
        const response = await execute(`{ actors(first: 2, after: "not-a-cursor") { totalCount } }`);
        expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('never answers with a stack trace or a 500 when a resolver refuses what it was given', async () => {
        // Each passes validation and is refused inside a resolver, the path a thrown error would take.
        for (const query of [
          `{ actor(key: "${'k'.repeat(300)}") { key } }`,
          `{ paragraph(ref: "not a ref") { ref } }`,
          `{ neighbourhood(id: "Actor:iom", hops: 99) { truncated } }`,
          `{ actors(first: 2, after: "not-a-cursor") { totalCount } }`,
        ]) {
          const response = await execute(query);
          expect(response.status).toBeLessThan(500);
          expect(onlyError(response).extensions?.code).toMatch(/^(BAD_USER_INPUT|LIMIT_EXCEEDED)$/);
          expect(JSON.stringify(response)).not.toMatch(/at .*\.ts:\d+|MATCH|stack/);
        }
      });
    });
  });
}
