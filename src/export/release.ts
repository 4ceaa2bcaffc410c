// The manifest of a release (`npm run export -- --release DIR`): what the release is, what it counts,
// which graph it is (the seed version: the content hash `npm run seed` writes to Neo4j), and every file
// with its size and sha256, so that a copy can be checked (`sha256sum`) and cited.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { graphHash } from '../../seed/load-neo4j.ts';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES, type GraphData } from '../graph/model.ts';
import type { Iris } from '../graph/vocabulary.ts';
import { projectFile } from '../project-files.ts';
import type { ExportFile, ExportFormat } from './formats.ts';
import { graphTriples } from './linked-data.ts';

export const RELEASE_MANIFEST = 'manifest.json';

const PACKAGE = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { name: string; version: string; releaseDate: string };

export interface ReleaseManifest {
  name: string;
  version: string;
  releaseDate: string;
  /** The content hash of the graph: equal seed versions, equal graphs. */
  seedVersion: string;
  /** The base of the linked data's IRIs. */
  baseUrl: string;
  counts: { nodes: Record<string, number>; relationships: Record<string, number>; triples: number };
  files: { name: string; format: ExportFormat | 'citation'; contentType: string; bytes: number; sha256: string }[];
}

export const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

export function releaseManifest(data: GraphData, written: readonly { file: ExportFile; format: ExportFormat | 'citation' }[], iris: Iris): ReleaseManifest {
  const count = <T extends string>(names: readonly T[], of: (name: T) => number) => Object.fromEntries(names.map((name) => [name, of(name)]));
  return {
    name: PACKAGE.name,
    version: PACKAGE.version,
    releaseDate: PACKAGE.releaseDate,
    seedVersion: graphHash(data),
    baseUrl: iris.base,
    counts: {
      nodes: count(NODE_KINDS, (kind) => data.nodes.filter((node) => node.kind === kind).length),
      relationships: count(RELATIONSHIP_TYPE_NAMES, (type) => data.relationships.filter((relationship) => relationship.type === type).length),
      triples: graphTriples(data, iris).length,
    },
    files: written.map(({ file, format }) => ({
      name: file.name,
      format,
      contentType: file.contentType,
      bytes: Buffer.byteLength(file.content),
      sha256: sha256(file.content),
    })),
  };
}
