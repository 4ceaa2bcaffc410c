// `npm run export -- --format graphml|gexf|csv|json [--format …] [--out DIR]`: the whole graph as files,
// read from the store the server would use (NEO4J_URI set: Neo4j; unset: the embedded store).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openStore } from '../store/index.ts';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from './formats.ts';

const USAGE = `Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--format …] [--out DIR]
Writes graph.graphml, graph.gexf, graph.json, or nodes.csv and one CSV per relationship type, into DIR (default: export).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { format: { type: 'string', multiple: true }, out: { type: 'string', default: 'export' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const formats = values.format ?? [];
  const unknown = formats.filter((format) => !(EXPORT_FORMATS as readonly string[]).includes(format));
  if (formats.length === 0 || unknown.length > 0) {
    throw new ConfigError(`${unknown.length > 0 ? `Unknown format ${unknown.join(', ')}. ` : ''}${USAGE}`);
  }
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const data = await store.exportGraph();
    const out = resolve(values.out);
    await mkdir(out, { recursive: true });
    console.log(`${store.name} store: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
    for (const format of formats as ExportFormat[]) {
      for (const file of exportFiles(data, format)) {
        await writeFile(join(out, file.name), file.content);
        console.log(`wrote ${join(values.out, file.name)} (${Buffer.byteLength(file.content)} bytes)`);
      }
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (error as Error).message : error);
  process.exitCode = 1;
});
