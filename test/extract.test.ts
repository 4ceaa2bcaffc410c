import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES, type GraphData, type GraphNode, type NodeKind } from '../src/graph/model.ts';
import {
  blockingIssues,
  extractFromFiles,
  extractGraph,
  loadSeedGraph,
  loadUsableGraph,
  parseRegistry,
  RegistryError,
  REQUIRED_ACTOR_KEYS,
  SEED_REGISTRY_URL,
  SEED_SOURCE_URL,
  SourceError,
  UnusableSourceError,
  type DataIssue,
} from '../seed/extract.ts';
import { countBullets, countQuoteCitations } from '../seed/extract/quotes.ts';
import { decodeSource } from '../seed/extract/source.ts';
import { CONTRACT_ACTORS } from './helpers.ts';
import { writeSourceCopies } from './source-copies.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceText = readFileSync(SEED_SOURCE_URL, 'utf8');
const registryJson: unknown = JSON.parse(readFileSync(SEED_REGISTRY_URL, 'utf8'));
const { graph, report } = loadSeedGraph();

/** Counted by reading the source: 13 ISCM, 8 IGO, 64 non-State, 3 cooperation/dialogue, 25 IOM/UN, 1 MICIC. */
const QUOTES_IN_SOURCE = 114;

function node<K extends NodeKind>(kind: K, key: string): Extract<GraphNode, { kind: K }> {
  const found = graph.nodes.find((candidate) => candidate.kind === kind && candidate.key === key);
  if (!found) throw new Error(`no ${kind}:${key}`);
  return found as Extract<GraphNode, { kind: K }>;
}

function nodesOf<K extends NodeKind>(kind: K, data: GraphData = graph): Extract<GraphNode, { kind: K }>[] {
  return data.nodes.filter((candidate): candidate is Extract<GraphNode, { kind: K }> => candidate.kind === kind);
}

function targets(type: keyof typeof RELATIONSHIP_TYPES, fromKey: string): string[] {
  return graph.relationships.filter((rel) => rel.type === type && rel.from.key === fromKey).map((rel) => rel.to.key);
}

function sources(type: keyof typeof RELATIONSHIP_TYPES, toKey: string): string[] {
  return graph.relationships.filter((rel) => rel.type === type && rel.to.key === toKey).map((rel) => rel.from.key);
}

function issuesOf(kind: string): DataIssue[] {
  return report.issues.filter((issue) => issue.kind === kind);
}

function runCheckData(...args: string[]) {
  return spawnSync('npx', ['tsx', 'seed/check-data.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('quotes', () => {
  it('loses no quote: the independent counts of the source equal the quotes extracted', () => {
    expect(countQuoteCitations(sourceText)).toBe(QUOTES_IN_SOURCE);
    expect(countBullets(sourceText)).toBe(QUOTES_IN_SOURCE);
    expect(nodesOf('Quote')).toHaveLength(QUOTES_IN_SOURCE);
    expect(report.quoteCheck).toEqual({ extracted: 114, citations: 114, bullets: 114 });
    expect(issuesOf('QUOTE_LOST')).toEqual([]);
  });

  it('starts every quote on a bulleted source line', () => {
    const lines = sourceText.split('\n');
    for (const quote of nodesOf('Quote')) expect(lines[quote.sourceLine - 1]).toMatch(/^- /);
  });

  it('strips quote marks and bold markers and keeps the bold terms as highlights', () => {
    const quote = node('Quote', 'gfmd-34f');
    expect(quote.text).toMatch(/^Promote inter-institutional networks/);
    expect(quote.text).toMatch(/context of the Global Forum on Migration and Development\.$/);
    expect(quote.text).not.toMatch(/\*\*|“|”/);
    expect(quote.highlights).toEqual(['Global Forum on Migration and Development']);
    expect(node('Quote', 'diasporas-35d').highlights).toEqual([
      'diasporas',
      'diaspora offices',
      'diaspora policy advisory boards',
      'diaspora focal points',
    ]);
    // The closing mark also closes the inner quotation, so it stays.
    expect(node('Quote', 'imrf-49a').text).toMatch(/renamed “International Migration Review Forum\.”$/);
  });

  it('files every quote under the Trade Unions heading under trade-unions, and each names them', () => {
    const filed = sources('FILED_UNDER', 'trade-unions');
    expect(filed.map((key) => node('Quote', key).sourceLine).sort((a, b) => a - b)).toEqual([161, 162, 163, 164, 165, 169, 170]);
    for (const key of filed) expect(targets('NAMES', key)).toContain('trade-unions');
  });

  it('joins the §22i quote broken by a page break into one quote starting on its first line', () => {
    const quotes = nodesOf('Quote').filter((quote) => quote.paragraphRef === '22i');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.key).toBe('trade-unions-22i');
    expect(quotes[0]!.sourceLine).toBe(165);
    expect(quotes[0]!.text).toContain('highest attainable standard of physical and mental health');
    expect(node('Quote', 'private-sector-19e').text).toContain('in countries of origin, in cooperation with local authorities');
    expect(issuesOf('PAGE_BREAK_JOIN').map((issue) => issue.lines)).toEqual(
      expect.arrayContaining([[165, 167], [198, 200], [42, 45], [49, 52]]),
    );
  });

  it('repairs §23I to §23l and reports it', () => {
    expect(node('Quote', 'global-migration-group-23l')).toMatchObject({ paragraphRef: '23l', sourceLine: 291 });
    expect(issuesOf('REPAIRED_REF')).toContainEqual(expect.objectContaining({ lines: [291] }));
  });

  it('parses §43biii as 43(b)(iii) in the implementation section', () => {
    expect(node('Paragraph', '43biii')).toMatchObject({
      number: 43,
      letter: 'b',
      item: 'iii',
      section: 'IMPLEMENTATION',
      objectiveNumber: null,
    });
    expect(sources('QUOTES', '43biii').sort()).toEqual(['international-financial-institutions-43biii', 'private-sector-43biii']);
  });

  it('keys quotes by actor and ref, suffixing repeats in source order', () => {
    expect(node('Quote', 'iom-52').sourceLine).toBe(278);
    expect(node('Quote', 'iom-52-2').sourceLine).toBe(279);
    expect(node('Quote', 'iscm-47').sourceLine).toBe(105);
    expect(node('Quote', 'iscm-47-2').sourceLine).toBe(109);
    expect(node('Quote', 'cross-regional-dialogue-22b').sourceLine).toBe(267);
    expect(targets('FILED_UNDER', 'cross-regional-dialogue-22b')).toEqual([]);
  });
});

describe('actor mentions', () => {
  it('has the 19 actors of the API contract with their names and categories', () => {
    for (const [key, name, category] of CONTRACT_ACTORS) expect(node('Actor', key)).toMatchObject({ name, category });
    expect(nodesOf('Actor').flatMap((actor) => actor.aliases)).not.toContain('migrants');
  });

  it('matches the longest alias only: international financial institutions are not also financial institutions', () => {
    const names = targets('NAMES', 'international-financial-institutions-43biii');
    expect(names).toContain('international-financial-institutions');
    expect(names).not.toContain('financial-institutions');
    expect(targets('NAMES', 'financial-institutions-26d')).toEqual(['financial-institutions']);
  });

  it('reads "IOM International Dialogue on Migration" as naming both iom-idm and iom', () => {
    expect(targets('NAMES', 'rcp-52')).toEqual(expect.arrayContaining(['iom-idm', 'iom', 'rcp', 'iscm', 'imrf']));
    // "the international dialogue on migration" in §47 is dialogue in general, not IOM's forum.
    expect(targets('NAMES', 'international-dialogue-on-migration-47')).not.toContain('iom-idm');
  });

  it('derives paragraph mentions from quotes and from reference-table rows', () => {
    expect(targets('MENTIONS', '22i')).toEqual(['trade-unions']);
    // GFMD's row lists §36b, which no quote cites.
    expect(sources('QUOTES', '36b')).toEqual([]);
    expect(targets('MENTIONS', '36b')).toEqual(['gfmd']);
    expect(node('Paragraph', '36b').text).toBeNull();
  });
});

describe('reference phrases', () => {
  it('keys each table row by the slug of its wording, grouped by its table', () => {
    expect(nodesOf('ReferencePhrase')).toHaveLength(22);
    expect(node('ReferencePhrase', 'regional-consultative-process-on-migration')).toMatchObject({ group: 'ISCM', sourceLine: 75 });
    expect(node('ReferencePhrase', 'united-nations-regional-economic-commissions').group).toBe('IGO');
    expect(node('ReferencePhrase', 'un-hld-im')).toMatchObject({ wording: 'UN HLD IM', group: 'OTHER' });
    const micic = 'migrants-in-countries-experiencing-conflict-or-natural-disaster-micic-guidelines';
    expect(targets('APPEARS_IN', micic)).toEqual(['18g']);
    expect(targets('REFERS_TO', micic)).toEqual(['micic']);
    expect(targets('APPEARS_IN', 'global-forum-on-migration-and-development')).toEqual(['3', '34f', '36b', '43c', '47', '51']);
  });
});

describe('entry points', () => {
  it('has 11 regional and 8 global rows, each for an objective and engaging the ISCMs', () => {
    const entryPoints = nodesOf('EntryPoint');
    expect(entryPoints.filter((entry) => entry.level === 'REGIONAL').map((entry) => entry.objectiveNumber)).toEqual([
      1, 2, 3, 5, 6, 10, 11, 12, 14, 18, 19,
    ]);
    expect(entryPoints.filter((entry) => entry.level === 'GLOBAL').map((entry) => entry.objectiveNumber)).toEqual([
      1, 6, 8, 10, 14, 18, 19, 21,
    ]);
    for (const entry of entryPoints) {
      expect(targets('FOR_OBJECTIVE', entry.key)).toEqual([String(entry.objectiveNumber)]);
      expect(targets('ENGAGES', entry.key)).toEqual(['iscm']);
    }
  });

  it('joins actions continued across a page break', () => {
    expect(node('EntryPoint', 'regional-5').action).toMatch(/multiple-country visas, and labour mobility cooperation frameworks$/);
    expect(node('EntryPoint', 'regional-12').action).toContain('in particular those unaccompanied or separated, and persons affected');
    expect(node('EntryPoint', 'regional-12').engagement).toBe('ISCMs can contribute to capacity building of their member states.');
  });

  it('strips the leading numbering of an action and reports it', () => {
    expect(node('EntryPoint', 'regional-14').action).toMatch(/^Involve relevant consular/);
    expect(node('EntryPoint', 'global-6').action).toMatch(/^international labour mobility/);
    expect(issuesOf('REPAIRED_TEXT').map((issue) => issue.lines[0])).toEqual([53, 55, 58]);
  });

  it('gives objectives the short title of their first entry point row', () => {
    expect(node('Objective', '6')).toMatchObject({ shortTitle: 'Recruitment and labour', paragraphRef: '22' });
    expect(node('Objective', '14').shortTitle).toBe('Consular protection and assistance');
    expect(node('Objective', '4').shortTitle).toBeNull();
    expect(issuesOf('SHORT_TITLE_VARIANT')).toHaveLength(1);
  });
});

describe('summary', () => {
  const listed = (actorKey: string) =>
    graph.relationships
      .filter((rel) => rel.type === 'SUMMARY_LISTS' && rel.from.key === actorKey)
      .map((rel) => ({ objective: Number(rel.to.key), line: rel.sourceLine }));

  it('lists trade unions for objectives 2, 3, 6 and 18 on line 31', () => {
    expect(listed('trade-unions')).toEqual([2, 3, 6, 18].map((objective) => ({ objective, line: 31 })));
  });

  it('reads the other summary statements by the same grammar', () => {
    expect(listed('civil-society').map((entry) => entry.objective)).toEqual([2, 3, 12, 16]);
    expect(listed('local-authorities').map((entry) => entry.objective)).toEqual([2, 3, 5, 7, 8, 12, 14, 16, 17, 19, 23]);
    expect(listed('international-organizations')).toEqual([8, 12, 23].map((objective) => ({ objective, line: 27 })));
    expect(listed('iscm')).toEqual([6, 14, 18].map((objective) => ({ objective, line: 19 })));
  });

  it('reads international financial institutions\' § refs as paragraphs, except "(§ 23d)" which means §39d', () => {
    expect(listed('international-financial-institutions')).toEqual([10, 20, 23].map((objective) => ({ objective, line: 29 })));
    expect(node('Paragraph', '36').objectiveNumber).toBe(20);
    const repair = issuesOf('REPAIRED_REF').find((issue) => issue.lines.includes(29));
    expect(repair?.message).toContain('§39d');
  });
});

describe('data report', () => {
  it('reports the same sentence quoted under §19e and §21e', () => {
    const duplicates = issuesOf('DUPLICATE_SENTENCE');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.lines).toEqual([163, 178, 202]);
    expect(duplicates[0]!.message).toMatch(/§19e.*§21e/);
    // The source's refs are kept as given.
    expect(node('Quote', 'trade-unions-19e').paragraphRef).toBe('19e');
    expect(node('Quote', 'private-sector-21e').paragraphRef).toBe('21e');
  });

  it('reports GFMD §36b as a table ref without a quote, and §50e as a quote the IMRF row does not list', () => {
    const withoutQuote = issuesOf('TABLE_REF_WITHOUT_QUOTE').map((issue) => issue.message);
    expect(withoutQuote).toContainEqual(expect.stringMatching(/Global Forum on Migration and Development" lists §36b/));
    expect(issuesOf('QUOTE_REF_NOT_IN_TABLE')).toContainEqual(expect.objectContaining({ lines: [249, 301] }));
  });

  it('reports the NICIC heading, the summary mismatches and missing quote marks', () => {
    expect(issuesOf('HEADING_MISMATCH')).toEqual([expect.objectContaining({ lines: [256, 313] })]);
    const summaryIssues = issuesOf('SUMMARY_MISMATCH').map((issue) => issue.message);
    expect(summaryIssues).toContainEqual(expect.stringMatching(/objective 16 for "civil society organizations"/));
    expect(summaryIssues).toContainEqual(expect.stringMatching(/trade-unions come from objective 5 \(§21e\)/));
    expect(issuesOf('QUOTE_MARKS').flatMap((issue) => issue.lines)).toEqual(expect.arrayContaining([88, 145, 156]));
  });

  it('gives every issue a kind, a message and source lines', () => {
    for (const issue of report.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.lines.length).toBeGreaterThan(0);
      for (const line of issue.lines) expect(line).toBeGreaterThanOrEqual(1);
    }
  });

  it('counts nodes and relationships', () => {
    expect(report.counts.nodes).toEqual({
      Actor: 27,
      Objective: 23,
      Paragraph: 95,
      Quote: 114,
      ReferencePhrase: 22,
      EntryPoint: 19,
    });
    expect(report.counts.relationships.QUOTES).toBe(114);
    expect(report.counts.relationships.SUMMARY_LISTS).toBe(40);
    expect(report.counts.relationships.FOR_OBJECTIVE).toBe(19);
  });
});

describe('graph integrity', () => {
  it('is deterministic: two extractions give byte-identical JSON', () => {
    const registry = parseRegistry(registryJson);
    const first = JSON.stringify(extractGraph(sourceText, registry));
    const second = JSON.stringify(extractGraph(sourceText, parseRegistry(structuredClone(registryJson))));
    expect(second).toBe(first);
    expect(JSON.stringify(loadSeedGraph())).toBe(first);
  });

  it('joins only the node kinds each relationship type allows, between existing nodes', () => {
    const ids = new Set(graph.nodes.map((candidate) => `${candidate.kind}:${candidate.key}`));
    expect(ids.size).toBe(graph.nodes.length);
    for (const rel of graph.relationships) {
      expect({ type: rel.type, from: rel.from.kind, to: rel.to.kind }).toEqual({ type: rel.type, ...RELATIONSHIP_TYPES[rel.type] });
      expect(ids.has(`${rel.from.kind}:${rel.from.key}`)).toBe(true);
      expect(ids.has(`${rel.to.kind}:${rel.to.key}`)).toBe(true);
    }
    const relIds = graph.relationships.map((rel) => `${rel.type}|${rel.from.kind}:${rel.from.key}|${rel.to.kind}:${rel.to.key}`);
    expect(new Set(relIds).size).toBe(relIds.length);
  });

  it('has all 23 objective paragraphs, each in its objective', () => {
    for (let objective = 1; objective <= 23; objective++) {
      const ref = String(objective + 16);
      expect(node('Paragraph', ref).objectiveNumber).toBe(objective);
      expect(targets('IN_OBJECTIVE', ref)).toEqual([String(objective)]);
    }
    expect(targets('IN_OBJECTIVE', '22b')).toEqual(['6']);
    expect(targets('IN_OBJECTIVE', '47')).toEqual([]);
  });

  it('fails loudly on a heading the registry does not know', () => {
    const registry = parseRegistry(registryJson);
    const renamed = sourceText.replace('\nTrade Unions\n', '\nLabour Unions\n');
    expect(() => extractGraph(renamed, registry)).toThrow(RegistryError);
    expect(() => extractGraph(renamed, registry)).toThrow(/Labour Unions/);
  });

  it('rejects an invalid registry', () => {
    expect(() => parseRegistry({ ...(registryJson as object), objectives: [] })).toThrow(RegistryError);
    const withoutTradeUnions = structuredClone(registryJson) as { actors: { key: string }[] };
    withoutTradeUnions.actors = withoutTradeUnions.actors.filter((actor) => actor.key !== 'trade-unions');
    expect(() => parseRegistry(withoutTradeUnions)).toThrow(/trade-unions/);
  });

  it('reports a lost quote when a citation is unreadable', () => {
    const broken = sourceText.replace('(§22d)', '(22d)');
    const { report: brokenReport } = extractGraph(broken, parseRegistry(registryJson));
    expect(brokenReport.quoteCheck.extracted).toBe(QUOTES_IN_SOURCE - 1);
    expect(brokenReport.issues.map((issue) => issue.kind)).toContain('QUOTE_LOST');
  });
});

describe('npm run check:data', () => {
  it('exits 0 on the real source and prints the report', () => {
    const result = runCheckData();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('gcm-graph data report');
    expect(result.stdout).toMatch(/Nodes: Actor 27, Objective 23/);
    expect(result.stdout).toMatch(/DUPLICATE_SENTENCE +lines 163, 178, 202/);
  }, 60_000);

  it('prints the report as JSON with --json', () => {
    const result = runCheckData('--json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(report);
  }, 60_000);

  it('exits non-zero when the source cannot be read', () => {
    const result = runCheckData('--source', join(tmpdir(), 'no-such-dir', 'missing.txt'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot read');
  }, 60_000);

  it('exits 1 when a quote is lost', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gcm-check-')), 'source.txt');
    writeFileSync(path, sourceText.replace('(§22d)', '(22d)'));
    const result = runCheckData('--source', path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('QUOTE_LOST');
  }, 60_000);
});

describe('a damaged source', () => {
  const copies = writeSourceCopies();
  afterAll(() => copies.remove());
  const registry = parseRegistry(registryJson);

  it('is not text: empty, random bytes, another encoding, NUL bytes — a SourceError with a one-line reason', () => {
    const decode = (bytes: Uint8Array) => () => decodeSource(bytes, 'source.txt');
    expect(decode(new Uint8Array())).toThrow(new SourceError('source.txt is empty (0 bytes)'));
    expect(decode(Buffer.from(' \n\t\r\n'))).toThrow(new SourceError('source.txt holds only white space'));
    expect(decode(readFileSync(copies.utf16))).toThrow(/^source\.txt is UTF-16 .*save it as UTF-8$/);
    expect(decode(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toThrow(/is UTF-32/);
    expect(decode(Buffer.from('line one\nline two\nun caf\xe9\n', 'latin1'))).toThrow(/not UTF-8 text \(line 3 /);
    expect(decode(Buffer.from('text\n\0binary'))).toThrow(/NUL byte on line 2/);
    expect(() => extractFromFiles(copies.randomBytes)).toThrow(SourceError);
    expect(() => extractFromFiles(copies.empty)).toThrow(SourceError);
    expect(() => extractFromFiles(join(copies.dir, 'missing.txt'))).toThrow(SourceError);
  });

  it('reads a UTF-8 byte-order mark and CRLF line ends as the same document', () => {
    expect(decodeSource(Buffer.from('\uFEFFtext', 'utf8'), 'x')).toBe('text');
    expect(extractFromFiles(copies.withBom)).toEqual(loadSeedGraph());
    expect(extractGraph(sourceText.replace(/\n/g, '\r\n'), registry).graph).toEqual(graph);
  });

  it('half of it: a quote lost and four required actors no quote names, both blocking', () => {
    const { report: half } = extractFromFiles(copies.half);
    expect(half.quoteCheck).toEqual({ extracted: 30, citations: 30, bullets: 31 });
    expect(blockingIssues(half).map((issue) => issue.kind)).toEqual(['QUOTE_LOST', ...Array(4).fill('ACTOR_NOT_QUOTED')]);
    expect(() => loadUsableGraph(copies.half)).toThrow(UnusableSourceError);
    expect(() => loadUsableGraph(copies.half)).toThrow(
      new UnusableSourceError(
        `${copies.half} is damaged, nothing was loaded: 30 quotes extracted, but the source has 30 closing citations and 31 bullets (and 4 more); \`npm run check:data -- --source ${copies.half}\` lists every problem`,
      ),
    );
  });

  it('cut at the end of any paragraph, it breaks an invariant; cut before the last section, only the actor one does', () => {
    // Cut inside a quote, a source loses it and the quote counts see it; cut between paragraphs, they may agree.
    const cuts = [...sourceText.matchAll(/\n\s*\n/g)].map((match) => match.index);
    expect(cuts.length).toBeGreaterThan(50);
    for (const cut of cuts) {
      const { report: cutReport } = extractGraph(sourceText.slice(0, cut), registry);
      expect(blockingIssues(cutReport).length, `cut at character ${cut}`).toBeGreaterThan(0);
    }
    const { report: lastCut } = extractFromFiles(copies.lastSectionCut);
    expect(lastCut.quoteCheck).toEqual({ extracted: 113, citations: 113, bullets: 113 });
    expect(blockingIssues(lastCut)).toEqual([
      { kind: 'ACTOR_NOT_QUOTED', message: 'required actor micic: no quote is filed under it or names it', lines: [] },
    ]);
  });

  it('the whole source breaks no invariant: every required actor is quoted, every quote counted', () => {
    expect(blockingIssues(report)).toEqual([]);
    const quoted = new Set(graph.relationships.filter((r) => r.type === 'FILED_UNDER' || r.type === 'NAMES').map((r) => r.to.key));
    for (const actorKey of REQUIRED_ACTOR_KEYS) expect(quoted).toContain(actorKey);
    // A source one quote shorter is still whole: the invariants do not demand this exact document.
    expect(blockingIssues(extractFromFiles(copies.oneQuoteFewer).report)).toEqual([]);
  });

  it('check:data exits 1 on the half file, 2 on an empty file and on random bytes, with the reason', () => {
    const half = runCheckData('--source', copies.half);
    expect(half.status).toBe(1);
    expect(half.stdout).toContain('Quotes: 30 extracted; the source has 30 closing citations and 31 bullets');
    expect(half.stdout).toMatch(/ACTOR_NOT_QUOTED +required actor micic/);
    for (const [copy, reason] of [[copies.empty, 'is empty (0 bytes)'], [copies.randomBytes, 'is not UTF-8 text']] as const) {
      const result = runCheckData('--source', copy);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(reason)]);
    }
  }, 60_000);
});
