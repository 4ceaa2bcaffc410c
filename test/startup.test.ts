// `npm start` on the embedded store with SEED_SOURCE pointing at a damaged copy: the real server process
// stops before listening, with a one-line reason and exit code 1. It never serves part of the graph.
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../tools/server-process.ts';
import { runScript } from './run-script.ts';
import { writeSourceCopies } from './source-copies.ts';

const copies = writeSourceCopies();
afterAll(() => copies.remove());

/** The server as `npm start` runs it (without the explorer build); a server that listens instead of refusing is killed. */
const runServer = (env: Record<string, string>) => runScript('src/server.ts', [], { NEO4J_URI: '', HOST: '127.0.0.1', PORT: '0', ...env });

describe('start-up on the embedded store', () => {
  for (const [name, reason] of [
    ['half', /half\.txt is damaged, nothing was loaded: 30 quotes extracted, but the source has 30 closing citations and 31 bullets \(and 4 more\)/],
    ['empty', /empty\.txt is empty \(0 bytes\)$/],
    ['randomBytes', /random\.bin is not UTF-8 text/],
    ['lastSectionCut', /last-section-cut\.txt is damaged, nothing was loaded: required actor micic: no quote is filed under it or names it;/],
  ] as const) {
    it(`refuses a damaged source (${name}): exit 1 with a one-line reason, never listening`, async () => {
      const { code, stdout, stderr } = await runServer({ SEED_SOURCE: copies.damaged[name]! });
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^gcm-graph failed to start: /);
      expect(lines[0]).toMatch(reason);
      expect(stdout).not.toContain('GraphiQL at');
    }, 60_000);
  }

  it('serves a whole source given in SEED_SOURCE: a copy one quote shorter gives one quote fewer', async () => {
    const server = await startServer({ env: { SEED_SOURCE: copies.oneQuoteFewer } });
    try {
      const response = await fetch(`${server.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ quotes(first: 1) { totalCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { quotes: { totalCount: 113 } } });
    } finally {
      await server.stop('SIGKILL');
    }
  }, 60_000);
});
