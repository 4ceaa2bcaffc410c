// Copies of the seed source, damaged or changed, in a temporary directory: what the seed, the embedded
// store and check:data are fed through --source / SEED_SOURCE. The committed file is never touched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_SOURCE_URL } from '../seed/extract.ts';

/** The heading of the source's last quote group: the only section filed under micic. */
export const LAST_SECTION_HEADING = 'Migrants in Countries Experiencing Conflict or Natural Disaster (NICIC Guidelines)';
/** One quote of a group with several (imrf stays quoted): dropping it gives a smaller source that is still whole. */
export const DROPPABLE_QUOTE_START = '- “Each edition of the **International Migration Review Forum**';

/** 20,000 bytes that look random but are the same on every run (a SHA-256 chain). */
function pseudoRandomBytes(length: number): Buffer {
  const blocks: Buffer[] = [];
  let block = createHash('sha256').update('gcm-graph damaged source').digest();
  for (let total = 0; total < length; total += block.length) {
    blocks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(blocks).subarray(0, length);
}

export interface SourceCopies {
  dir: string;
  /** The first half of the file's bytes, cut mid-line (the case). */
  half: string;
  empty: string;
  randomBytes: string;
  /** The whole text, in UTF-16 with its byte-order mark. */
  utf16: string;
  /** Cut at the end of a line before the last section: the quote counts still agree. */
  lastSectionCut: string;
  /** Damaged, each one: every copy the seed and the embedded store must refuse. */
  damaged: Record<string, string>;
  /** The whole text behind a UTF-8 byte-order mark: the same graph. */
  withBom: string;
  /** Whole, one quote fewer: a legitimate edit that shrinks the graph a little. */
  oneQuoteFewer: string;
  remove(): void;
}

export function writeSourceCopies(): SourceCopies {
  const bytes = readFileSync(SEED_SOURCE_URL);
  const text = bytes.toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gcm-source-'));
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const lastSection = text.indexOf(`\n${LAST_SECTION_HEADING}\n`);
  const droppable = text.indexOf(`\n${DROPPABLE_QUOTE_START}`);
  if (lastSection === -1 || droppable === -1) throw new Error('the source changed: update test/source-copies.ts');

  const damaged = {
    half: write('half.txt', bytes.subarray(0, Math.floor(bytes.length / 2))),
    empty: write('empty.txt', ''),
    randomBytes: write('random.bin', pseudoRandomBytes(20_000)),
    utf16: write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    lastSectionCut: write('last-section-cut.txt', text.slice(0, lastSection + 1)),
  };
  return {
    dir,
    ...damaged,
    damaged,
    withBom: write('with-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])),
    oneQuoteFewer: write('one-quote-fewer.txt', text.slice(0, droppable) + text.slice(text.indexOf('\n', droppable + 1))),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
