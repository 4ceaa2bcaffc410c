// Adding a node kind, measured. test/fixtures/commitment-kind.patch adds the test-only kind Commitment and
// its relationship type COMMITS_TO as a developer would (tools/kind-patch.ts makes it), with a fixture graph
// and a test of their own. Applied to a copy of the repository, it touches exactly the files that
// docs/architecture.md lists under "Adding a node kind", fewer than 10, and the copy passes the type check
// and the patch's test on both stores (this project's Neo4j), beside the tests of the files it regenerates.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyRepository, FIXTURE_FILES, filesOfPatch, PATCH_FILE, readPatch, ROOT } from '../tools/kind-patch.ts';

const execFileAsync = promisify(execFile);
/** Waits only for what it runs: tsc and vitest in the copy take a while on a shared machine. */
const SLOW = 300_000;

/** Runs a command in the copy; on failure the error carries what it printed. */
async function runIn(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    return await execFileAsync(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/** The files and their number as docs/architecture.md states them, under "Adding a node kind". */
async function documentedCost(): Promise<{ count: number; files: string[] }> {
  const doc = await readFile(join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = /^## Adding a node kind\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1];
  if (!section) throw new Error('docs/architecture.md has no section "Adding a node kind"');
  const count = /\*\*(\d+) files\*\*/.exec(section)?.[1];
  if (!count) throw new Error('"Adding a node kind" states no **N files**');
  return { count: Number(count), files: [...section.matchAll(/^- `([^`]+)`/gm)].map(([, file]) => file!) };
}

describe('test/fixtures/commitment-kind.patch, a test-only node kind', () => {
  let dir: string;
  const bin = (name: string) => join(dir, 'node_modules/.bin', name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gcm-graph-kind-'));
    copyRepository(dir);
    await runIn(dir, 'git', ['apply', PATCH_FILE]);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('touches the files docs/architecture.md lists, fewer than 10, besides its fixture graph and its test', async () => {
    const patched = filesOfPatch(readPatch());
    expect(patched).toEqual(expect.arrayContaining(FIXTURE_FILES));
    const kindFiles = patched.filter((file) => !FIXTURE_FILES.includes(file));
    const { count, files } = await documentedCost();
    expect(kindFiles.toSorted()).toEqual(files.toSorted());
    expect(count).toBe(kindFiles.length);
    expect(count).toBeLessThan(10);
  });

  it(
    'type-checks in the copy: server, tests and tools, and the explorer against the answer types the patch carries',
    async () => {
      await runIn(dir, bin('tsc'), ['--noEmit', '-p', '.']);
      const apiTypes = join(dir, 'explorer/src/api-types.ts');
      const carried = await readFile(apiTypes, 'utf8');
      await runIn(dir, bin('tsx'), ['tools/explorer-types.ts']);
      expect(await readFile(apiTypes, 'utf8'), 'the patch carries explorer/src/api-types.ts as npm run typecheck writes it').toBe(carried);
      await runIn(dir, bin('tsc'), ['--noEmit', '-p', 'explorer']);
    },
    SLOW,
  );

  it(
    'passes its own test on both stores in the copy, and the tests of the printed schema, the explorer and the relay artifacts',
    async () => {
      const report = join(dir, 'vitest-report.json');
      // The copy's vitest is a run of its own: none of this worker's variables but the Neo4j to use.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
      const files = ['test/commitment.fixture.neo4j.test.ts', 'test/schema.test.ts', 'test/explorer.unit.test.ts', 'test/clients/relay.test.ts'];
      await runIn(dir, bin('vitest'), ['run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { ...env, NEO4J_URI: inject('neo4jUri') });
      const results = JSON.parse(await readFile(report, 'utf8')) as {
        testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
      };
      const statuses = (file: string) =>
        results.testResults.filter((result) => result.name === join(dir, file)).flatMap((result) => result.assertionResults.map((test) => `${test.status}: ${test.fullName}`));
      for (const file of files) {
        expect(statuses(file).length, file).toBeGreaterThan(0);
        for (const status of statuses(file)) expect(status, file).toMatch(/^passed: /);
      }
      // Four checks on each store, and the stores' exports compared.
      expect(statuses('test/commitment.fixture.neo4j.test.ts')).toHaveLength(9);
    },
    SLOW,
  );
});
