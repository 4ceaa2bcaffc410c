// `npm run check:data [-- --source PATH] [--registry PATH] [--json]`: extracts the graph and prints
// the data report. Exit codes: 0 fine, 1 the source is damaged (a blocking issue: the seed and the
// embedded store refuse it), 2 a source that is not UTF-8 text, or an invalid registry.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES } from '../src/graph/model.ts';
import {
  blockingIssues,
  extractFromFiles,
  RegistryError,
  SEED_REGISTRY_URL,
  SEED_SOURCE_URL,
  SourceError,
  type ExtractionResult,
} from './extract.ts';

const EXIT_DAMAGED_SOURCE = 1;
const EXIT_BAD_INPUT = 2;

const USAGE = 'usage: npm run check:data [-- --source PATH] [--registry PATH] [--json]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        source: { type: 'string' },
        registry: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`gcm-graph data check: ${(error as Error).message}; ${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const sourcePath = values.source ?? fileURLToPath(SEED_SOURCE_URL);
  const registryPath = values.registry ?? fileURLToPath(SEED_REGISTRY_URL);

  let result: ExtractionResult;
  try {
    result = extractFromFiles(sourcePath, registryPath);
  } catch (error) {
    if (error instanceof RegistryError || error instanceof SourceError) console.error(`gcm-graph data check: ${error.message}`);
    else console.error(`gcm-graph data check: cannot read the source or the registry: ${(error as Error).message}`);
    return EXIT_BAD_INPUT;
  }

  const { report } = result;
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(result, relative(process.cwd(), sourcePath)));
  return blockingIssues(report).length > 0 ? EXIT_DAMAGED_SOURCE : 0;
}

function formatReport({ report }: ExtractionResult, sourceName: string): string {
  const { nodes, relationships } = report.counts;
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);
  const kindWidth = Math.max(...report.issues.map((issue) => issue.kind.length), 0);
  const { extracted, citations, bullets } = report.quoteCheck;
  return [
    `gcm-graph data report — ${sourceName}`,
    `Quotes: ${extracted} extracted; the source has ${citations} closing citations and ${bullets} bullets`,
    `Nodes: ${NODE_KINDS.map((kind) => `${kind} ${nodes[kind]}`).join(', ')}  (total ${total(nodes)})`,
    `Relationships: ${RELATIONSHIP_TYPE_NAMES.map((type) => `${type} ${relationships[type]}`).join(', ')}  (total ${total(relationships)})`,
    `Inconsistencies (${report.issues.length}):`,
    ...report.issues.map((issue) => {
      const lines = issue.lines.length === 0 ? '' : `line${issue.lines.length > 1 ? 's' : ''} ${issue.lines.join(', ')}: `;
      return `  ${issue.kind.padEnd(kindWidth)}  ${lines}${issue.message}`;
    }),
  ].join('\n');
}

process.exitCode = main();
