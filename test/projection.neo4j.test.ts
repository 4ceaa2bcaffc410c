// What the driver hands the Neo4j store when an operation reads only some properties of its nodes: the
// statements send what the operation reads (src/schema/plan.ts, projectionOf), no more. Recorded by a
// driver whose sessions note every record they return, as bench/run.ts records the statements.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import type { Neo4jGraphStore } from '../src/store/neo4j/store.ts';
import { executorFor, type Execute } from './helpers.ts';
import { openNeo4jStore } from './setup/neo4j.ts';

const { graph } = loadSeedGraph();
/** The long texts of the graph: every paragraph's and quote's. */
const texts = new Set(graph.nodes.flatMap((node) => (node.kind === 'Paragraph' || node.kind === 'Quote') && node.text !== null ? [node.text] : []));

/** Every string in a value, through lists and maps. */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** The store's driver, made to note every record its sessions return into `received`. */
function recordingDriver(driver: Driver, received: unknown[]): Driver {
  const bind = (target: object, property: string | symbol) => {
    const value = Reflect.get(target, property);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  return new Proxy(driver, {
    get: (target, property) =>
      property === 'session'
        ? (config: object) =>
            new Proxy(target.session(config), {
              get: (session, name) =>
                name === 'run'
                  ? (statement: string, parameters: object, txConfig: object) =>
                      session.run(statement, parameters, txConfig).then((result) => {
                        received.push(...result.records.map((record) => record.toObject()));
                        return result;
                      })
                  : bind(session, name),
            })
        : bind(target, property),
  });
}

describe('what the Neo4j store receives for an operation', () => {
  let store: Neo4jGraphStore;
  let execute: Execute;
  const received: unknown[] = [];

  beforeAll(async () => {
    store = await openNeo4jStore({ NEO4J_TX_TIMEOUT_MS: '30000' });
    const holder = store as unknown as { driver: Driver };
    holder.driver = recordingDriver(holder.driver, received);
    execute = executorFor(store).execute;
  });
  afterAll(() => store.close());

  /** The texts of the graph among what the driver returned for one operation, and its answer. */
  async function textsReceived(query: string) {
    received.length = 0;
    const response = await execute(query);
    expect(response.errors, query).toBeUndefined();
    expect(received.length, query).toBeGreaterThan(0);
    return { found: stringsIn(received).filter((string) => texts.has(string)), data: response.data };
  }

  it('sends no paragraph or quote text to an operation that reads only refs and keys', async () => {
    const { found, data } = await textsReceived(`{ paragraphs(first: 100) { nodes { ref quotes { key paragraph { ref } } } } }`);
    expect(data.paragraphs.nodes.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
    const search = await textsReceived(`{ search(query: "migrant workers", first: 20) { node { id } } }`);
    expect(search.data.search.length).toBe(20);
    expect(search.found).toEqual([]);
  });

  it('sends the texts an operation reads', async () => {
    const { found, data } = await textsReceived(`{ paragraphs(first: 100) { nodes { ref text quotes { key text } } } }`);
    const answered = stringsIn(data).filter((string) => texts.has(string));
    expect(answered.length).toBeGreaterThan(100);
    expect(new Set(found)).toEqual(new Set(answered));
  });
});
