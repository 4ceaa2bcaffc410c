// The CSV files the offline import reads (seed/import-neo4j.ts): how each value is written, and what is
// refused before the importer runs. test/seed-import.neo4j.test.ts imports them into a real Neo4j.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, ImportEncodingError, writeImportFiles } from '../seed/import-neo4j.ts';
import type { GraphData, GraphNode } from '../src/graph/model.ts';

const actor = (key: string, aliases: string[], name = key): GraphNode => ({ kind: 'Actor', key, name, category: 'NON_STATE', aliases });

describe('the offline import files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gcm-graph-import-files-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('write each label and type with typed headers, quoted texts, joined lists, and empty cells for what is not stored', async () => {
    const graph: GraphData = {
      nodes: [
        actor('a', ['x', 'y'], 'Say "hi",\nthen go'),
        actor('b', []),
        { kind: 'Paragraph', key: '22b', number: 22, letter: 'b', item: null, order: 2202, section: 'OBJECTIVES', objectiveNumber: 6, text: null },
      ],
      relationships: [{ type: 'MENTIONS', from: { kind: 'Paragraph', key: '22b' }, to: { kind: 'Actor', key: 'a' } }],
    };
    const { argumentsFile, emptyLists } = await writeImportFiles(graph, dir);
    expect((await readFile(join(dir, 'nodes-Actor.csv'), 'utf8')).split('\n')).toEqual([
      'key:ID(Actor),name:string,category:string,aliases:string[],searchText:string',
      '"a","Say ""hi"",',
      'then go","NON_STATE","x\u001fy","say hi then go x y"',
      '"b","b","NON_STATE",,"b"',
      '',
    ]);
    expect(await readFile(join(dir, 'nodes-Paragraph.csv'), 'utf8')).toBe(
      'key:ID(Paragraph),number:long,letter:string,item:string,order:long,section:string,objectiveNumber:long,text:string\n"22b",22,"b",,2202,"OBJECTIVES",6,\n',
    );
    expect(await readFile(join(dir, 'relationships-MENTIONS.csv'), 'utf8')).toBe(':START_ID(Paragraph),:END_ID(Actor),sourceLine:string\n"22b","a",\n');
    // The empty list is left out by the importer, so the seed sets it afterwards.
    expect(emptyLists).toEqual([{ entity: 'nodes', name: 'Actor', property: 'aliases' }]);
    const args = (await readFile(argumentsFile, 'utf8')).trim().split('\n');
    expect(args).toContain(`--nodes=Actor=${join(dir, 'nodes-Actor.csv')}`);
    expect(args).toContain(`--relationships=MENTIONS=${join(dir, 'relationships-MENTIONS.csv')}`);
    expect(args).toEqual(expect.arrayContaining(['--array-delimiter=U+001F', '--multiline-fields=true', '--bad-tolerance=0']));
  });

  it('refuse what a CSV cell cannot carry as the transactional seed stores it', async () => {
    expect(() => csvCell(['a\u001fb'], 'Actor a, aliases')).toThrow(ImportEncodingError);
    expect(() => csvCell(['a', ''], 'Actor a, aliases')).toThrow('Actor a, aliases holds a list item that is empty or contains U+001F');
    const mixed = { nodes: [actor('a', ['x']), { ...actor('b', ['y']), name: 7 } as unknown as GraphNode], relationships: [] };
    await expect(writeImportFiles(mixed, dir)).rejects.toThrow('Actor.name holds both string and long values');
    const nested = { nodes: [{ ...actor('a', []), name: { nested: 'map' } } as unknown as GraphNode], relationships: [] };
    await expect(writeImportFiles(nested, dir)).rejects.toThrow('Actor.name holds a value the importer cannot store');
  });
});
