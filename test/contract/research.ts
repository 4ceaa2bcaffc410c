import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../seed/extract.ts';
import { RELATIONSHIPS as PHRASES } from '../../src/graph/catalogue.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { CONTRACT_OPERATIONS, recording } from './ids.ts';
import { collectPages, executorFor, onlyError, type Execute } from '../helpers.ts';

const { graph } = loadSeedGraph();
const kindOf = (id: string) => id.slice(0, id.indexOf(':'));
const compareIds = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
};

const PATH_FIELDS = `length sentence nodes { id } relationships { type from to } steps { from { id } to { id } relationship { type from to } phrase }`;

/** Checks a path's shape: nodes and relationships line up, each step explains its hop, the sentence reads them. */
function expectWellFormed(path: any, from: string, to: string) {
  expect(path.nodes[0].id).toBe(from);
  expect(path.nodes.at(-1).id).toBe(to);
  expect(path.relationships).toHaveLength(path.length);
  expect(path.steps).toHaveLength(path.length);
  path.steps.forEach((step: any, i: number) => {
    expect(step.from.id).toBe(path.nodes[i].id);
    expect(step.to.id).toBe(path.nodes[i + 1].id);
    expect(step.relationship).toEqual(path.relationships[i]);
    expect([step.relationship.from, step.relationship.to].sort()).toEqual([step.from.id, step.to.id].sort());
    const forward = step.relationship.from === step.from.id;
    expect(step.phrase).toBe(PHRASES[step.relationship.type as keyof typeof PHRASES][forward ? 'forward' : 'backward']);
    expect(path.sentence).toContain(` — ${step.phrase} — `);
  });
}


/**
 * The research queries (paths, networks, coverage, filters), written once and run against each store:
 * both must give the same answers (test/contract.neo4j.test.ts compares them byte for byte).
 */
export function researchSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`research queries on the ${storeName} store`, () => {
    let execute: Execute;

    beforeAll(async () => {
      execute = recording(executorFor(await openStore()).execute, CONTRACT_OPERATIONS);
    });

    describe('allShortestPaths', () => {
      it('gives every minimal path, ordered by node ids, the first being shortestPath', async () => {
        const response = await execute(`{
          all: allShortestPaths(from: "Actor:trade-unions", to: "Actor:imrf", first: 100) { ${PATH_FIELDS} }
          one: shortestPath(from: "Actor:trade-unions", to: "Actor:imrf") { nodes { id } relationships { type from to } }
        }`);
        expect(response.errors).toBeUndefined();
        const paths = response.data.all;
        expect(paths.length).toBeGreaterThan(10);
        for (const path of paths) {
          expectWellFormed(path, 'Actor:trade-unions', 'Actor:imrf');
          expect(path.length).toBe(paths[0].length);
        }
        const ids = paths.map((path: any) => path.nodes.map((node: any) => node.id));
        expect([...ids].sort(compareIds)).toEqual(ids);
        expect(new Set(ids.map((sequence: string[]) => sequence.join(' '))).size).toBe(ids.length);
        expect({ nodes: paths[0].nodes, relationships: paths[0].relationships }).toEqual(response.data.one);
      });

      it('goes only through the kinds and relationship types of the filter', async () => {
        const response = await execute(`{
          paragraphs: allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [Paragraph, Actor] }, first: 100) { ${PATH_FIELDS} }
          mentions: allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { relationshipTypes: [MENTIONS] }, first: 100) { relationships { type } }
          none: allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [] }) { length }
          unfiltered: shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length nodes { id } }
          filtered: shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [Paragraph, Actor] }) { length nodes { id } }
        }`);
        expect(response.errors).toBeUndefined();
        const { paragraphs, mentions, none, unfiltered, filtered } = response.data;
        expect(unfiltered.nodes.some((node: any) => kindOf(node.id) === 'Objective')).toBe(true);
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const path of paragraphs) {
          expectWellFormed(path, 'Actor:trade-unions', 'Actor:gfmd');
          for (const node of path.nodes.slice(1, -1)) expect(['Paragraph', 'Actor']).toContain(kindOf(node.id));
        }
        expect(paragraphs[0].sentence).toMatch(/^Trade unions — mentioned in — §\w+ — mentions — .+ — mentions — Global Forum on Migration and Development$/);
        expect(filtered).toEqual({ length: paragraphs[0].length, nodes: paragraphs[0].nodes });
        expect(filtered.length).toBeGreaterThan(unfiltered.length);
        for (const path of mentions) expect(path.relationships.every((r: any) => r.type === 'MENTIONS')).toBe(true);
        expect(none).toEqual([]);
      });

      it('gives a node alone for its path to itself, and [] when nothing is within maxHops', async () => {
        const response = await execute(`{
          self: allShortestPaths(from: "Objective:6", to: "Objective:6") { length nodes { id } sentence }
          far: allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: 2) { length }
        }`);
        expect(response.data).toEqual({ self: [{ length: 0, nodes: [{ id: 'Objective:6' }], sentence: 'Objective 6' }], far: [] });
      });

      it('caps first', async () => {
        const response = await execute(`{ one: allShortestPaths(from: "Actor:trade-unions", to: "Actor:imrf", first: 1) { nodes { id } } all: allShortestPaths(from: "Actor:trade-unions", to: "Actor:imrf") { nodes { id } } }`);
        expect(response.data.one).toHaveLength(1);
        expect(response.data.all).toHaveLength(20);
        expect(response.data.one).toEqual(response.data.all.slice(0, 1));
      });
    });

    describe('paths', () => {
      it('gives simple paths, shortest first, then by node ids, within maxHops', async () => {
        const response = await execute(`{
          paths(from: "Actor:trade-unions", to: "Actor:gfmd", maxHops: 5, first: 100) { ${PATH_FIELDS} }
          shortest: allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", first: 100) { nodes { id } }
        }`);
        expect(response.errors).toBeUndefined();
        const { paths, shortest } = response.data;
        expect(paths).toHaveLength(100);
        const keys = paths.map((path: any) => ({ length: path.length, ids: path.nodes.map((node: any) => node.id) }));
        const sorted = [...keys].sort((a, b) => a.length - b.length || compareIds(a.ids, b.ids));
        expect(keys).toEqual(sorted);
        for (const path of paths) {
          expectWellFormed(path, 'Actor:trade-unions', 'Actor:gfmd');
          expect(path.length).toBeLessThanOrEqual(5);
          const ids = path.nodes.map((node: any) => node.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        expect(new Set(paths.map((path: any) => path.length))).toEqual(new Set([3, 4, 5]));
        expect(paths.slice(0, shortest.length).map((path: any) => path.nodes)).toEqual(shortest.map((path: any) => path.nodes));
      });

      it('follows the filter and pages by first', async () => {
        const response = await execute(`{
          some: paths(from: "Actor:civil-society", to: "Actor:private-sector", filter: { nodeKinds: [Paragraph, Actor], relationshipTypes: [MENTIONS] }, maxHops: 4, first: 50) { nodes { id } relationships { type } }
          fewer: paths(from: "Actor:civil-society", to: "Actor:private-sector", filter: { nodeKinds: [Paragraph, Actor], relationshipTypes: [MENTIONS] }, maxHops: 4, first: 3) { nodes { id } relationships { type } }
          self: paths(from: "Actor:iom", to: "Actor:iom") { length }
        }`);
        expect(response.errors).toBeUndefined();
        expect(response.data.some.map((path: any) => path.nodes.length)).toContain(5);
        expect(response.errors).toBeUndefined();
        const { some, fewer, self } = response.data;
        expect(some.length).toBeGreaterThan(3);
        expect(fewer).toEqual(some.slice(0, 3));
        for (const path of some) {
          expect(path.relationships.every((r: any) => r.type === 'MENTIONS')).toBe(true);
          for (const node of path.nodes.slice(1, -1)) expect(['Paragraph', 'Actor']).toContain(kindOf(node.id));
        }
        expect(self).toEqual([]);
      });
    });

    describe('bad arguments of the path queries', () => {
      it('gives BAD_USER_INPUT naming an unknown node, and for a malformed id', async () => {
        for (const field of ['allShortestPaths', 'paths']) {
          const unknown = await execute(`{ ${field}(from: "Actor:trade-unions", to: "Actor:nobody") { length } }`);
          expect(onlyError(unknown)).toMatchObject({ message: 'no node "Actor:nobody"', extensions: { code: 'BAD_USER_INPUT' } });
          const unknownFrom = await execute(`{ ${field}(from: "Paragraph:12z", to: "Actor:gfmd") { length } }`);
          expect(onlyError(unknownFrom)).toMatchObject({ message: 'no node "Paragraph:12z"', extensions: { code: 'BAD_USER_INPUT' } });
          const malformed = await execute(`{ ${field}(from: "trade-unions", to: "Actor:gfmd") { length } }`);
          expect(onlyError(malformed).extensions?.code).toBe('BAD_USER_INPUT');
        }
        // shortestPath keeps the contract's null.
        const contract = await execute(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:nobody", filter: { nodeKinds: [Paragraph] }) { length } }`);
        expect(contract.errors).toBeUndefined();
        expect(contract.data.shortestPath).toBeNull();
      });

      it('gives LIMIT_EXCEEDED above the caps on hops and results, BAD_USER_INPUT below their floors', async () => {
        const cases: [string, string][] = [
          ['{ allShortestPaths(from: "Actor:iom", to: "Actor:gfmd", maxHops: 9) { length } }', 'LIMIT_EXCEEDED'],
          ['{ allShortestPaths(from: "Actor:iom", to: "Actor:gfmd", first: 101) { length } }', 'LIMIT_EXCEEDED'],
          ['{ paths(from: "Actor:iom", to: "Actor:gfmd", maxHops: 6) { length } }', 'LIMIT_EXCEEDED'],
          ['{ paths(from: "Actor:iom", to: "Actor:gfmd", first: 101) { length } }', 'LIMIT_EXCEEDED'],
          ['{ coMentions(actor: "iom", first: 101) { weight } }', 'LIMIT_EXCEEDED'],
          ['{ allShortestPaths(from: "Actor:iom", to: "Actor:gfmd", maxHops: 0) { length } }', 'BAD_USER_INPUT'],
          ['{ paths(from: "Actor:iom", to: "Actor:gfmd", first: -1) { length } }', 'BAD_USER_INPUT'],
          ['{ actorNetwork(minWeight: 0) { edges { weight } } }', 'BAD_USER_INPUT'],
        ];
        for (const [query, code] of cases) {
          const response = await execute(query);
          expect(onlyError(response).extensions?.code, query).toBe(code);
        }
        const variable = await execute(`query ($hops: Int) { paths(from: "Actor:iom", to: "Actor:gfmd", maxHops: $hops) { length } }`, { hops: 50 });
        expect(onlyError(variable)).toMatchObject({ message: 'maxHops must be at most 5, got 50', extensions: { code: 'LIMIT_EXCEEDED' } });
      });

      it('rejects an unknown relationship type or node kind with a message naming the value and the enum', async () => {
        const inline = await execute(`{ paths(from: "Actor:iom", to: "Actor:gfmd", filter: { relationshipTypes: [KNOWS] }) { length } }`);
        expect(onlyError(inline)).toMatchObject({ message: 'Value "KNOWS" does not exist in "RelationshipType" enum.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
        const kind = await execute(`{ neighbourhood(id: "Actor:iom", nodeKinds: [Planet]) { truncated } }`);
        expect(onlyError(kind)).toMatchObject({ message: 'Value "Planet" does not exist in "NodeKind" enum.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
        const variables = await execute(`query ($filter: PathFilter) { allShortestPaths(from: "Actor:iom", to: "Actor:gfmd", filter: $filter) { length } }`, {
          filter: { relationshipTypes: ['MENTIONS', 'knows'] },
        });
        expect(onlyError(variables).extensions?.code).toBe('BAD_USER_INPUT');
        expect(onlyError(variables).message).toContain('Value "knows" does not exist in "RelationshipType" enum.');
      });
    });

    describe('neighbourhood filters', () => {
      it('reaches only the kinds asked for and follows only the types asked for', async () => {
        const response = await execute(`{
          objectives: neighbourhood(id: "Actor:trade-unions", hops: 2, nodeKinds: [Objective, Actor]) { nodes { node { id } } edges { type from to } }
          summary: neighbourhood(id: "Actor:trade-unions", hops: 1, relationshipTypes: [SUMMARY_LISTS]) { nodes { node { id } } edges { type from to } }
          all: neighbourhood(id: "Actor:trade-unions", hops: 1) { nodes { node { id } } edges { type } }
        }`);
        expect(response.errors).toBeUndefined();
        const { objectives, summary, all } = response.data;
        for (const { node } of objectives.nodes) expect(['Objective', 'Actor']).toContain(kindOf(node.id));
        expect(objectives.nodes.map((n: any) => n.node.id)).toEqual(expect.arrayContaining(['Objective:2', 'Objective:18', 'Actor:iscm']));
        expect(summary.nodes.map((n: any) => n.node.id).sort()).toEqual(['Actor:trade-unions', 'Objective:18', 'Objective:2', 'Objective:3', 'Objective:6']);
        expect(summary.edges.every((edge: any) => edge.type === 'SUMMARY_LISTS')).toBe(true);
        expect(summary.edges).toHaveLength(4);
        expect(all.nodes.length).toBeGreaterThan(summary.nodes.length);
      });
    });

    describe('coMentions and actorNetwork', () => {
      it('weights the actors named with one actor by shared paragraphs, heaviest first, then by name', async () => {
        const response = await execute(`{
          coMentions(actor: "trade-unions", first: 100) { actor { key name } weight paragraphs { ref actors { key } } }
          actor(key: "trade-unions") { paragraphs(first: 100) { nodes { ref actors { key } } } }
        }`);
        expect(response.errors).toBeUndefined();
        const rows = response.data.coMentions;
        expect(rows[0]).toMatchObject({ actor: { key: 'private-sector' }, weight: 6 });
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1], rows[i]];
          expect(a.weight > b.weight || (a.weight === b.weight && a.actor.name <= b.actor.name)).toBe(true);
        }
        const expected = new Map<string, string[]>();
        for (const paragraph of response.data.actor.paragraphs.nodes) {
          for (const { key } of paragraph.actors) if (key !== 'trade-unions') expected.set(key, [...(expected.get(key) ?? []), paragraph.ref]);
        }
        expect(new Set(rows.map((row: any) => row.actor.key))).toEqual(new Set(expected.keys()));
        for (const row of rows) {
          expect(row.weight).toBe(row.paragraphs.length);
          expect(row.paragraphs.map((p: any) => p.ref)).toEqual(expected.get(row.actor.key));
        }
      });

      it('gives BAD_USER_INPUT for an unknown actor and honours first', async () => {
        const unknown = await execute(`{ coMentions(actor: "nobody") { weight } }`);
        expect(onlyError(unknown)).toMatchObject({ message: 'no node "Actor:nobody"', extensions: { code: 'BAD_USER_INPUT' } });
        const two = await execute(`{ coMentions(actor: "iom", first: 2) { actor { key } } all: coMentions(actor: "iom", first: 100) { actor { key } } }`);
        expect(two.data.coMentions).toEqual(two.data.all.slice(0, 2));
      });

      it('draws the whole network: every actor, edges from the smaller id, agreeing with coMentions', async () => {
        const response = await execute(`{
          actorNetwork { nodes { id label name } edges { from to weight paragraphs { ref } } }
          heavy: actorNetwork(minWeight: 3) { edges { from to weight } }
          iscm: actorNetwork(categories: [ISCM]) { nodes { node { id } } edges { from to } }
          coMentions(actor: "gfmd", first: 100) { actor { id } weight }
        }`);
        expect(response.errors).toBeUndefined();
        const { actorNetwork, heavy, iscm, coMentions } = response.data;
        expect(actorNetwork.nodes).toHaveLength(graph.nodes.filter((node) => node.kind === 'Actor').length);
        expect(actorNetwork.nodes.every((node: any) => node.label === 'Actor')).toBe(true);
        for (const edge of actorNetwork.edges) {
          expect(edge.from < edge.to).toBe(true);
          expect(edge.weight).toBe(edge.paragraphs.length);
        }
        const gfmd = actorNetwork.edges
          .filter((edge: any) => edge.from === 'Actor:gfmd' || edge.to === 'Actor:gfmd')
          .map((edge: any) => ({ actor: { id: edge.from === 'Actor:gfmd' ? edge.to : edge.from }, weight: edge.weight }));
        expect(new Set(gfmd.map((row: any) => JSON.stringify(row)))).toEqual(new Set(coMentions.map((row: any) => JSON.stringify(row))));
        expect(heavy.edges).toEqual(actorNetwork.edges.filter((edge: any) => edge.weight >= 3).map(({ from, to, weight }: any) => ({ from, to, weight })));
        const iscmIds = new Set(graph.nodes.filter((node) => node.kind === 'Actor' && node.category === 'ISCM').map((node) => `Actor:${node.key}`));
        expect(new Set(iscm.nodes.map(({ node }: any) => node.id))).toEqual(iscmIds);
        for (const edge of iscm.edges) expect(iscmIds.has(edge.from) && iscmIds.has(edge.to)).toBe(true);
      });
    });

    describe('coverage and compareActors', () => {
      it('is the actor × objective matrix of Actor.objectives, with totals', async () => {
        const response = await execute(`{
          coverage {
            rows { actor { key } objectiveCount paragraphCount quoteCount }
            columns { objective { number } actorCount paragraphCount quoteCount }
            cells { actor { key } objective { number } paragraphCount quoteCount basis paragraphs { ref } }
          }
        }`);
        expect(response.errors).toBeUndefined();
        const { rows, columns, cells } = response.data.coverage;
        // Five actors a page: a hundred with every link would exceed the default cost limit.
        const { nodes: actors } = await collectPages(
          execute,
          `query ($after: String) { actors(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key objectives(first: 23) { edges { basis node { number } paragraphs { ref } quotes { key } } } } } } }`,
          (data) => data.actors,
        );
        expect(rows.map((row: any) => row.actor.key)).toEqual(actors.map((actor: any) => actor.key));
        expect(columns.map((column: any) => column.objective.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
        const expected = actors.flatMap((actor: any) =>
          actor.objectives.edges.map((edge: any) => ({
            actor: { key: actor.key },
            objective: { number: edge.node.number },
            paragraphCount: edge.paragraphs.length,
            quoteCount: edge.quotes.length,
            basis: edge.basis,
            paragraphs: edge.paragraphs,
          })),
        );
        expect(cells).toEqual(expected);
        for (const row of rows) {
          const own = cells.filter((cell: any) => cell.actor.key === row.actor.key);
          expect(row.objectiveCount).toBe(own.length);
          expect(row.paragraphCount).toBe(own.reduce((sum: number, cell: any) => sum + cell.paragraphCount, 0));
        }
        for (const column of columns) {
          const own = cells.filter((cell: any) => cell.objective.number === column.objective.number);
          expect(column.actorCount).toBe(own.length);
          expect(column.paragraphCount).toBe(new Set(own.flatMap((cell: any) => cell.paragraphs.map((p: any) => p.ref))).size);
        }
        expect(cells.find((cell: any) => cell.actor.key === 'trade-unions' && cell.objective.number === 6)?.basis).toEqual(['QUOTED', 'SUMMARY']);
      });

      it('filters by category and by basis', async () => {
        const response = await execute(`{
          entry: coverage(basis: [ENTRY_POINT]) { cells { actor { key } basis } }
          summary: coverage(categories: [NON_STATE], basis: [SUMMARY, ENTRY_POINT]) { rows { actor { category } } cells { basis } }
        }`);
        expect(response.errors).toBeUndefined();
        const { entry, summary } = response.data;
        expect(entry.cells.length).toBeGreaterThan(0);
        expect(entry.cells.every((cell: any) => cell.basis.includes('ENTRY_POINT'))).toBe(true);
        expect(new Set(entry.cells.map((cell: any) => cell.actor.key))).toEqual(new Set(['iscm']));
        expect(summary.rows.every((row: any) => row.actor.category === 'NON_STATE')).toBe(true);
        expect(summary.cells.every((cell: any) => cell.basis.includes('SUMMARY') || cell.basis.includes('ENTRY_POINT'))).toBe(true);
      });

      it('compares two actors: shared objectives and those of one only, with the paragraphs of each side', async () => {
        const response = await execute(`{
          compareActors(a: "trade-unions", b: "private-sector") {
            a { key } b { key } similarity
            shared { objective { number } a { basis paragraphs { ref } } b { basis paragraphs { ref } } paragraphs { ref } }
            onlyA { objective { number } }
            onlyB { objective { number } basis paragraphs { ref } quotes { key } }
          }
          tu: actor(key: "trade-unions") { objectives(first: 23) { edges { node { number } } } }
          ps: actor(key: "private-sector") { objectives(first: 23) { edges { node { number } } } }
          unknown: compareActors(a: "trade-unions", b: "nobody") { similarity }
        }`);
        expect(response.errors).toBeUndefined();
        const comparison = response.data.compareActors;
        const numbers = (actor: any) => actor.objectives.edges.map((edge: any) => edge.node.number);
        const [a, b] = [numbers(response.data.tu), numbers(response.data.ps)];
        const shared = comparison.shared.map((s: any) => s.objective.number);
        expect(shared).toEqual(a.filter((n: number) => b.includes(n)));
        expect(comparison.onlyA.map((s: any) => s.objective.number)).toEqual(a.filter((n: number) => !b.includes(n)));
        expect(comparison.onlyB.map((s: any) => s.objective.number)).toEqual(b.filter((n: number) => !a.includes(n)));
        expect(comparison.similarity).toBeCloseTo(shared.length / new Set([...a, ...b]).size);
        const eighteen = comparison.shared.find((s: any) => s.objective.number === 18);
        expect(eighteen.paragraphs).toEqual([{ ref: '34e' }]);
        for (const side of comparison.shared) {
          const ofB = side.b.paragraphs.map((p: any) => p.ref);
          expect(side.paragraphs).toEqual(side.a.paragraphs.filter((p: any) => ofB.includes(p.ref)));
        }
        expect(response.data.unknown).toBeNull();
      });
    });

    describe('filters and orders of the long lists', () => {
      it('filters actors by objective and by name, as Objective.actors and the names say', async () => {
        const response = await execute(`{
          linked: actors(objective: 18, first: 100) { totalCount nodes { key } }
          objective(number: 18) { actors(first: 100) { nodes { key } } }
          named: actors(nameContains: "UNION", first: 100) { totalCount nodes { key } }
          alias: actors(nameContains: "gfmd", first: 100) { nodes { key } }
          both: actors(category: NON_STATE, objective: 18, first: 100) { nodes { key category } }
        }`);
        expect(response.errors).toBeUndefined();
        const { linked, objective, named, alias, both } = response.data;
        expect(new Set(linked.nodes.map((n: any) => n.key))).toEqual(new Set(objective.actors.nodes.map((n: any) => n.key)));
        expect(linked.totalCount).toBe(linked.nodes.length);
        expect(named.nodes.map((n: any) => n.key)).toContain('trade-unions');
        expect(named.totalCount).toBe(named.nodes.length);
        expect(alias.nodes.map((n: any) => n.key)).toContain('gfmd');
        expect(both.nodes.length).toBeGreaterThan(0);
        expect(both.nodes.every((n: any) => n.category === 'NON_STATE')).toBe(true);
      });

      it('orders actors by mention count, ties by name, with stable pages', async () => {
        const query = `query ($first: Int, $after: String) { actors(orderBy: MENTION_COUNT, first: $first, after: $after) { totalCount edges { node { key name mentions { totalCount } } } pageInfo { hasNextPage endCursor } } }`;
        const whole = await collectPages(execute, query, (data) => data.actors, { first: 100 });
        const paged = await collectPages(execute, query, (data) => data.actors, { first: 3 });
        expect(paged).toEqual(whole);
        expect(whole.totalCount).toBe(whole.nodes.length);
        for (let i = 1; i < whole.nodes.length; i++) {
          const [a, b] = [whole.nodes[i - 1], whole.nodes[i]];
          expect(a.mentions.totalCount > b.mentions.totalCount || (a.mentions.totalCount === b.mentions.totalCount && a.name <= b.name)).toBe(true);
        }
      });

      it('filters paragraphs by section and text, orders them by mention count, keeps the old arguments', async () => {
        const response = await execute(`{
          section: paragraphs(section: IMPLEMENTATION, first: 100) { totalCount nodes { ref section } }
          text: paragraphs(text: "SKILLS", first: 100) { totalCount nodes { ref quotes { text } } }
          old: paragraphs(objective: 18, actor: "private-sector", first: 100) { totalCount nodes { ref } }
        }`);
        expect(response.errors).toBeUndefined();
        const { section, text, old } = response.data;
        expect(section.nodes.length).toBeGreaterThan(0);
        expect(section.nodes.every((p: any) => p.section === 'IMPLEMENTATION')).toBe(true);
        expect(text.nodes.length).toBeGreaterThan(0);
        for (const paragraph of text.nodes) expect(paragraph.quotes.some((q: any) => /skills/i.test(q.text))).toBe(true);
        expect(old.nodes.map((p: any) => p.ref)).toContain('34e');

        const query = `query ($first: Int, $after: String) { paragraphs(orderBy: MENTION_COUNT, first: $first, after: $after) { totalCount edges { node { ref actors { key } } } pageInfo { hasNextPage endCursor } } }`;
        const whole = await collectPages(execute, query, (data) => data.paragraphs, { first: 100 });
        expect(await collectPages(execute, query, (data) => data.paragraphs, { first: 7 })).toEqual(whole);
        const counts = whole.nodes.map((p: any) => p.actors.length);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        expect(whole.totalCount).toBe(graph.nodes.filter((node) => node.kind === 'Paragraph').length);
      });

      it('lists quotes at the root, filtered by actor, objective and text, in source or Compact order', async () => {
        const response = await execute(`{
          byActor: quotes(actor: "trade-unions", first: 100) { totalCount nodes { key } }
          actor(key: "trade-unions") { mentions(first: 100) { nodes { key } } }
          byObjective: quotes(objective: 6, text: "LABOUR", first: 100) { totalCount nodes { text paragraph { objective { number } } } }
          compact: quotes(orderBy: COMPACT_ORDER, first: 100) { totalCount nodes { sourceLine paragraph { ref } } }
          source: quotes(first: 100) { totalCount nodes { sourceLine } }
        }`);
        expect(response.errors).toBeUndefined();
        const { byActor, actor, byObjective, source } = response.data;
        expect(byActor.nodes).toEqual(actor.mentions.nodes);
        expect(byActor.totalCount).toBe(byActor.nodes.length);
        expect(byObjective.nodes.length).toBeGreaterThan(0);
        for (const quote of byObjective.nodes) {
          expect(quote.paragraph.objective.number).toBe(6);
          expect(quote.text.toLowerCase()).toContain('labour');
        }
        const lines = source.nodes.map((q: any) => q.sourceLine);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(source.totalCount).toBe(graph.nodes.filter((node) => node.kind === 'Quote').length);

        const query = `query ($first: Int, $after: String) { quotes(orderBy: COMPACT_ORDER, first: $first, after: $after) { totalCount edges { node { key paragraph { ref } } } pageInfo { hasNextPage endCursor } } }`;
        expect(await collectPages(execute, query, (data) => data.quotes, { first: 9 })).toEqual(await collectPages(execute, query, (data) => data.quotes, { first: 100 }));
      });
    });
  });
}
