import { readFileSync } from 'node:fs';

/** The source file cannot be read as text: missing, empty, binary or not UTF-8. Its message is one line. */
export class SourceError extends Error {
  override name = 'SourceError';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Byte-order marks of encodings we do not read, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_BOMS: [bytes: number[], encoding: string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe], 'UTF-16'],
  [[0xfe, 0xff], 'UTF-16'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The text of a source file's bytes: UTF-8, with a leading byte-order mark dropped (editors on Windows
 * add one). Throws SourceError for an empty file, another encoding, or bytes that are not text.
 */
export function decodeSource(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new SourceError(`${name} is empty (0 bytes)`);
  const foreign = FOREIGN_BOMS.find(([bom]) => startsWith(bytes, bom));
  if (foreign) throw new SourceError(`${name} is ${foreign[1]} (it starts with a ${foreign[1]} byte-order mark); save it as UTF-8`);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(body);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(`${name} is not UTF-8 text (line ${line} has a byte sequence UTF-8 does not allow); save it as UTF-8`);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new SourceError(`${name} holds a NUL byte on line ${text.slice(0, nul).split('\n').length}: it is binary, not text`);
  if (text.trim() === '') throw new SourceError(`${name} holds only white space`);
  return text;
}

/** Reads and decodes a source file; a file that cannot be opened is a SourceError too. */
export function readSource(path: string | URL, name = String(path)): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SourceError(`cannot read ${name}: ${(error as Error).message}`);
  }
  return decodeSource(bytes, name);
}
