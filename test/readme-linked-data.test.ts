import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import { exportFiles } from '../src/export/formats.ts';
import { DEFAULT_BASE_URL, Iris } from '../src/graph/vocabulary.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { createApp } from '../src/yoga.ts';
import { README } from './contract/readme.ts';

// The linked-data outputs the README prints (section "For researchers", Linked data) are what the
// server and Debian's Python with rdflib (python3-rdflib, installed by .ci/run) really print.

const run = promisify(execFile);
/** Debian's Python, which python3-rdflib installs into (a pyenv python3 on PATH has no rdflib). */
const PYTHON = '/usr/bin/python3';
const store = new MemoryGraphStore(loadSeedGraph().graph);

/** The body of the first fenced block of `info` after the line holding `after`. */
function blockAfter(after: string, info: string): string {
  const from = README.indexOf(after);
  expect(from, `README has no ${JSON.stringify(after)}`).toBeGreaterThan(-1);
  const match = new RegExp(`^\`\`\`${info}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(README.slice(from));
  expect(match, `README has no \`\`\`${info} block after ${JSON.stringify(after)}`).not.toBeNull();
  return match![1]!;
}

describe('README, linked data', () => {
  it('prints the Turtle that `curl -H "Accept: text/turtle" …/id/Paragraph/22b` answers', async () => {
    const command = "curl -H 'Accept: text/turtle' http://127.0.0.1:4000/id/Paragraph/22b";
    expect(blockAfter('### Linked data', 'sh')).toContain(command);
    const app = createApp(store, loadConfig({ LOG_LEVEL: 'silent' }));
    const response = await app.fetch('http://127.0.0.1:4000/id/Paragraph/22b', { headers: { accept: 'text/turtle' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(blockAfter(command, 'turtle'));
  });

  it('prints what the rdflib snippet prints, run by Python on the Turtle export', async () => {
    const snippet = blockAfter("**Loading the Turtle into Python's rdflib**", 'python');
    const printed = blockAfter(snippet, 'text');
    const dir = await mkdtemp(join(tmpdir(), 'gcm-rdflib-'));
    try {
      const [turtle] = await exportFiles(await store.exportGraph(), 'ttl', new Iris(DEFAULT_BASE_URL));
      await writeFile(join(dir, 'graph.ttl'), turtle!.content);
      await writeFile(join(dir, 'snippet.py'), snippet);
      const { stdout } = await run(PYTHON, ['snippet.py'], { cwd: dir });
      expect(stdout).toBe(printed);
      expect(stdout).toMatch(/^\d+ triples\n/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
