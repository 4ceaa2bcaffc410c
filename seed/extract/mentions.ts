import type { RegistryActor } from './registry.ts';

/** Lower-case, straight apostrophes, no bold markers, single spaces: the form aliases are written in. */
export function normaliseForMatching(text: string): string {
  return text.replace(/\*\*/g, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ');
}

const WORD_CHAR = /[a-z0-9]/;

interface AliasHit {
  start: number;
  end: number;
  actorKeys: string[];
}

/**
 * Finds the actors a text names. Matching is case-insensitive, on word boundaries,
 * longest match first and non-overlapping, so "international financial institutions"
 * does not also count as "financial institutions". An alias listed under several
 * actors names all of them ("iom international dialogue on migration" → iom-idm, iom).
 */
export class MentionMatcher {
  private readonly actorsByAlias = new Map<string, string[]>();

  constructor(actors: readonly RegistryActor[]) {
    for (const actor of actors) {
      for (const alias of actor.aliases) {
        const keys = this.actorsByAlias.get(alias) ?? [];
        if (!keys.includes(actor.key)) keys.push(actor.key);
        this.actorsByAlias.set(alias, keys);
      }
    }
  }

  /** Actor keys named in the text, in order of first appearance. */
  actorsNamedIn(text: string): string[] {
    const haystack = normaliseForMatching(text);
    const hits: AliasHit[] = [];
    for (const [alias, actorKeys] of this.actorsByAlias) {
      for (let start = haystack.indexOf(alias); start !== -1; start = haystack.indexOf(alias, start + 1)) {
        const end = start + alias.length;
        const before = haystack[start - 1] ?? ' ';
        const after = haystack[end] ?? ' ';
        if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) hits.push({ start, end, actorKeys });
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const accepted: AliasHit[] = [];
    for (const hit of hits) {
      if (accepted.every((other) => hit.end <= other.start || hit.start >= other.end)) accepted.push(hit);
    }
    accepted.sort((a, b) => a.start - b.start);
    return [...new Set(accepted.flatMap((hit) => hit.actorKeys))];
  }
}
