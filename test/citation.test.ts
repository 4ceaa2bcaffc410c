import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// CITATION.cff is checked as cffconvert --validate checks it: against the CFF 1.2.0 JSON Schema
// (vendored in test/vendor, nothing fetched), with YAML dates read as strings as the schema asks.

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const citation = parse(read('CITATION.cff')) as Record<string, unknown>;
const packageJson = JSON.parse(read('package.json')) as { version: string; releaseDate: string };

function validatorOfCff() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(read('test/vendor/cff-1.2.0.schema.json')) as object);
}

describe('CITATION.cff', () => {
  const validate = validatorOfCff();

  it('is valid Citation File Format 1.2.0', () => {
    expect(citation['cff-version']).toBe('1.2.0');
    const valid = validate(citation);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by the same check when it breaks the schema', () => {
    const { authors: _authors, ...withoutAuthors } = citation;
    expect(validate(withoutAuthors)).toBe(false);
    expect(validate({ ...citation, 'date-released': '2026-13-01' })).toBe(false);
    expect(validate({ ...citation, 'cite-as': 'not a CFF key' })).toBe(false);
  });

  it('has the version and release date of package.json', () => {
    expect(citation.version).toBe(packageJson.version);
    expect(citation['date-released']).toBe(packageJson.releaseDate);
  });

  it('cites the software and, among its references, the IOM analysis and the resolution it is built from', () => {
    expect(citation.type).toBe('software');
    const references = citation.references as { type: string; title: string; identifiers?: { value: string }[] }[];
    expect(references[0]!.title).toContain('References to Inter-State Consultation Mechanisms on Migration and Other Regional Actors');
    // The source document's own title, as its line 7 gives it.
    expect(read('seed/source/gcm-iscm-references.txt')).toContain(references[0]!.title.trim());
    expect(references.flatMap((reference) => reference.identifiers ?? []).map((identifier) => identifier.value)).toContain('A/RES/73/195');
  });
});
