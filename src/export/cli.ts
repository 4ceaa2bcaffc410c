// `npm run export -- --format graphml|gexf|csv|json|ttl|jsonld [--format …] [--out DIR]`: the whole graph as
// files, read from the store the server would use (NEO4J_URI set: Neo4j; unset: the embedded store).
// `npm run export -- --release DIR`: a citable release: every format, CITATION.cff and manifest.json (counts,
// the seed version, each file's size and sha256).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { DEFAULT_BASE_URL, Iris } from '../graph/vocabulary.ts';
import { projectFile } from '../project-files.ts';
import { openStore } from '../store/index.ts';
import { EXPORT_FORMATS, exportFiles, type ExportFile, type ExportFormat } from './formats.ts';
import { releaseManifest, RELEASE_MANIFEST } from './release.ts';

const USAGE = `Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--format …] [--out DIR]
       npm run export -- --release DIR
Writes graph.graphml, graph.gexf, graph.json, graph.ttl, graph.jsonld, or nodes.csv and one CSV per relationship
type, into DIR (default: export). --release writes every format, CITATION.cff and ${RELEASE_MANIFEST} into DIR.
The linked data's IRIs are under PUBLIC_BASE_URL (default ${DEFAULT_BASE_URL}).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', multiple: true },
      out: { type: 'string', default: 'export' },
      release: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const formats = values.release !== undefined ? [...EXPORT_FORMATS] : (values.format ?? []);
  const unknown = formats.filter((format) => !(EXPORT_FORMATS as readonly string[]).includes(format));
  if ((values.release !== undefined && values.format !== undefined) || formats.length === 0 || unknown.length > 0) {
    throw new ConfigError(`${unknown.length > 0 ? `Unknown format ${unknown.join(', ')}. ` : ''}${USAGE}`);
  }
  const config = loadConfig();
  const iris = new Iris(config.PUBLIC_BASE_URL ?? DEFAULT_BASE_URL);
  const store = await openStore(config);
  try {
    const data = await store.exportGraph();
    const shown = values.release ?? values.out;
    const out = resolve(shown);
    await mkdir(out, { recursive: true });
    console.log(`${store.name} store: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
    const written: { file: ExportFile; format: ExportFormat | 'citation' }[] = [];
    const save = async (file: ExportFile, format: ExportFormat | 'citation') => {
      await writeFile(join(out, file.name), file.content);
      written.push({ file, format });
      console.log(`wrote ${join(shown, file.name)} (${Buffer.byteLength(file.content)} bytes)`);
    };
    for (const format of formats as ExportFormat[]) for (const file of await exportFiles(data, format, iris)) await save(file, format);
    if (values.release !== undefined) {
      await save({ name: 'CITATION.cff', contentType: 'application/x-yaml', content: await readFile(projectFile('CITATION.cff'), 'utf8') }, 'citation');
      const manifest = releaseManifest(data, written, iris);
      await writeFile(join(out, RELEASE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`wrote ${join(shown, RELEASE_MANIFEST)}: version ${manifest.version}, seed ${manifest.seedVersion.slice(0, 12)}, ${manifest.files.length} files`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (error as Error).message : error);
  process.exitCode = 1;
});
