// Every Cypher recipe of cypher/examples runs on the seeded Neo4j with the parameters its header
// documents, returns rows, and, where the API answers the same question, gives the API's answer: so
// none of them rots when the model or the data change.
import { readdirSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { readRecords } from '../src/store/neo4j/run.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { executorFor, type Execute } from './helpers.ts';
import { neo4jTestConfig } from './setup/neo4j.ts';

const DIR = new URL('../cypher/examples/', import.meta.url);
const recipes = readdirSync(DIR).filter((name) => name.endsWith('.cypher')).sort();
const PARAMS = /^\/\/ :params (\{.*\})$/m;

describe('Cypher recipes (cypher/examples)', () => {
  let driver: ReturnType<typeof acquireDriver>;
  let api: Execute;
  const answers = new Map<string, Record<string, any>[]>();

  beforeAll(async () => {
    const config = neo4jTestConfig();
    driver = acquireDriver(config);
    api = executorFor(new MemoryGraphStore(loadSeedGraph().graph)).execute;
    const options = { database: config.NEO4J_DATABASE, timeoutMs: 30_000 };
    for (const name of recipes) {
      const text = readFileSync(new URL(name, DIR), 'utf8');
      const header = PARAMS.exec(text);
      if (!header) throw new Error(`${name}: no "// :params {…}" line in its header`);
      // The documented parameters are a Cypher map, as Neo4j Browser reads it: let Neo4j read it too.
      const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
      let params: Record<string, unknown>;
      try {
        params = (await session.run(`RETURN ${header[1]} AS params`)).records[0]!.get('params');
      } finally {
        await session.close();
      }
      answers.set(name, await readRecords(driver, options, text, params));
    }
  });
  afterAll(() => releaseDriver(driver));

  it('has the six recipes of the README', () => {
    expect(recipes).toEqual([
      '1-shortest-path.cypher',
      '2-all-shortest-paths-through-paragraphs.cypher',
      '3-co-mentions.cypher',
      '4-actor-network.cypher',
      '5-coverage-matrix.cypher',
      '6-compare-actors.cypher',
    ]);
  });

  it.each(recipes)('%s runs with its documented parameters and returns rows', (name) => {
    expect(answers.get(name)!.length).toBeGreaterThan(0);
  });

  it('shortest path: as long as the API’s', async () => {
    const [row] = answers.get('1-shortest-path.cypher')!;
    const response = await api(`{ shortestPath(from: "Actor:trade-unions", to: "Actor:gfmd") { length } }`);
    expect(row!.hops).toBe(response.data.shortestPath.length);
  });

  it('all shortest paths through paragraphs: the API’s paths, node for node', async () => {
    const response = await api(`{ allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd", filter: { nodeKinds: [Paragraph, Actor] }, first: 100) { nodes { id } } }`);
    expect(answers.get('2-all-shortest-paths-through-paragraphs.cypher')!.map((row) => row.nodes)).toEqual(
      response.data.allShortestPaths.map((path: any) => path.nodes.map((node: any) => node.id)),
    );
  });

  it('co-mentions: the API’s actors, weights and paragraphs', async () => {
    const response = await api(`{ coMentions(actor: "trade-unions", first: 100) { actor { key } weight paragraphs { ref } } }`);
    expect(answers.get('3-co-mentions.cypher')!.map((row) => ({ actor: { key: row.key }, weight: row.weight, paragraphs: row.paragraphs.map((ref: string) => ({ ref })) }))).toEqual(
      response.data.coMentions,
    );
  });

  it('actor network: the API’s edges', async () => {
    const response = await api(`{ actorNetwork(minWeight: 2) { edges { from to weight } } }`);
    const rows = answers.get('4-actor-network.cypher')!.map((row) => `Actor:${row.from} Actor:${row.to} ${row.weight}`);
    expect(rows.sort()).toEqual(response.data.actorNetwork.edges.map((edge: any) => `${edge.from} ${edge.to} ${edge.weight}`).sort());
  });

  it('coverage matrix: the API’s cells', async () => {
    const response = await api(`{ coverage(categories: [NON_STATE, ISCM]) { cells { actor { key } objective { number } paragraphCount basis } } }`);
    const rows = answers.get('5-coverage-matrix.cypher')!.map((row) => ({ actor: { key: row.key }, objective: { number: row.objective }, paragraphCount: row.paragraphs, basis: row.basis }));
    expect(rows).toEqual(response.data.coverage.cells);
  });

  it('compare actors: the API’s shared and one-sided objectives', async () => {
    const response = await api(`{ compareActors(a: "trade-unions", b: "private-sector") { shared { objective { number } } onlyA { objective { number } } onlyB { objective { number } } } }`);
    const { shared, onlyA, onlyB } = response.data.compareActors;
    const numbers = (reach: string) => answers.get('6-compare-actors.cypher')!.filter((row) => row.reach === reach).map((row) => ({ objective: { number: row.objective } }));
    expect(numbers('shared')).toEqual(shared);
    expect(numbers('only trade-unions')).toEqual(onlyA);
    expect(numbers('only private-sector')).toEqual(onlyB);
  });
});
