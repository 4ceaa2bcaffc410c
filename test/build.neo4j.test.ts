// The compiled build (`npm run build` → dist/, what the container runs): the server answers as the
// sources do, on the embedded store and on Neo4j seeded by the compiled seed, and needs no dev tooling.
// It runs `npm run build:server`, the compile step of `npm run build`: the explorer half is Vite's, which
// test/explorer.browser.test.ts runs at the same time and which must not run twice at once.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLAGSHIP_QUERY } from '../bench/queries.ts';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { startServer, type ServerProcess } from '../tools/server-process.ts';
import { executorFor } from './helpers.ts';
import { neo4jTestConfig } from './setup/neo4j.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const run = promisify(execFile);
/** A seed process, then a server start: more than the default test time on a busy machine. */
const SEED_AND_START_MS = 180_000;

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Research the embedded store runs on its worker thread (dist/research-worker.js in the build). */
const RESEARCH_QUERY = `{
  paths(from: "Actor:private-sector", to: "Actor:local-authorities", maxHops: 4, first: 20) { length nodes { id } relationships { type from to } }
  allShortestPaths(from: "Actor:trade-unions", to: "Actor:gfmd") { nodes { id } }
  neighbourhood(id: "Objective:18", hops: 2) { truncated nodes { id } edges { type from to } }
  coMentions(actor: "iom", first: 5) { weight actor { key } paragraphs { ref } }
  actorNetwork(minWeight: 3) { nodes { id } edges { weight from to paragraphs { ref } } }
}`;

async function answerFrom(origin: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

const flagshipFrom = (origin: string) => answerFrom(origin, FLAGSHIP_QUERY, { first: 20 });

describe('npm run build (dist/)', () => {
  let sourceAnswer: unknown;
  let sourceResearch: unknown;

  beforeAll(async () => {
    await run('npm', ['run', '-s', 'build:server'], { cwd: ROOT });
    const store = new MemoryGraphStore(loadSeedGraph().graph);
    const { execute } = executorFor(store, { GRAPH_STATS: 'false' });
    const { status, ...body } = await execute(FLAGSHIP_QUERY, { first: 20 });
    sourceAnswer = body;
    const { status: researchStatus, ...research } = await execute(RESEARCH_QUERY);
    sourceResearch = research;
    await store.close();
  });

  it('imports only Node built-ins, its own files and production dependencies', () => {
    const dependencies = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const scripts = readdirSync(DIST).filter((file) => file.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['server.js', 'seed.js', 'research-worker.js']));
    const imported = new Set<string>();
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:(?<![\w$.])from\s*|(?<![\w$.-])import\s*\(?\s*)["']([^"']+)["']/g)) imported.add(specifier!);
    }
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const outside = [...imported].filter((specifier) => !specifier.startsWith('./') && !builtins.has(specifier) && !dependencies.includes(packageOf(specifier)));
    expect(outside).toEqual([]);
    // The packages it does import, so the check above cannot pass on an empty scan.
    expect([...imported]).toEqual(expect.arrayContaining(['graphql-yoga', 'neo4j-driver', 'sirv']));
  });

  it('node dist/server.js answers the flagship query and research (its worker thread) on the embedded store as the sources do, and serves the explorer', async () => {
    server = await startServer({ from: 'build' });
    expect(await flagshipFrom(server.origin)).toEqual(sourceAnswer);
    expect(sourceResearch).toMatchObject({ data: { paths: expect.arrayContaining([expect.objectContaining({ length: 2 })]) } });
    expect(await answerFrom(server.origin, RESEARCH_QUERY)).toEqual(sourceResearch);
    const page = await fetch(`${server.origin}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
  });

  it('node dist/seed.js seeds Neo4j, and node dist/server.js answers the flagship query from it', async () => {
    const config = neo4jTestConfig();
    const env = { NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD, NEO4J_DATABASE: config.NEO4J_DATABASE ?? '' };
    // The database already holds the extracted graph (the other Neo4j files expect it), so this merge changes nothing.
    const seeded = await run(process.execPath, ['dist/seed.js'], { cwd: ROOT, env: { ...process.env, ...env } });
    expect(seeded.stdout).toMatch(/^Seeded bolt:\/\/.* removed 0 stale nodes and 0 stale relationships/ms);
    server = await startServer({ from: 'build', env });
    expect(server.logs.find((entry) => entry.url)?.store).toBe('neo4j');
    expect(await flagshipFrom(server.origin)).toEqual(sourceAnswer);
  }, SEED_AND_START_MS);
});
