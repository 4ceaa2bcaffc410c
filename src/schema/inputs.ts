// How the schema checks what a client sends beside the validation GraphQL does: one table of the limits
// of argument values, and the helpers the type files share.
import { userInputError } from '../errors.ts';

/** The longest value each kind of argument may have, in characters: a client cannot send the store a megabyte to match. */
export const ARGUMENT_LIMITS = {
  /** A node key (actor(key:), compareActors, coMentions). */
  key: 200,
  /** A text filter of a list (nameContains, text, actor). */
  textFilter: 200,
  /** A paragraph ref as a client writes it (§ 22(b), 43 b iii). */
  paragraphRef: 40,
  /** The words of a search (not the request's query document, which MAX_QUERY_LENGTH bounds). */
  searchQuery: 200,
} as const;

/** A key argument: bounded. */
export function checkKey(name: string, key: string): void {
  if (key.length > ARGUMENT_LIMITS.key) throw userInputError(`${name} is too long`);
}

/** A text filter of a list: bounded. */
export function checkTextFilter(name: string, value: string | null | undefined): void {
  if (value != null && value.length > ARGUMENT_LIMITS.textFilter) throw userInputError(`${name} must be at most ${ARGUMENT_LIMITS.textFilter} characters`);
}

/** Loads nodes that must exist (keys come from the graph itself), failing loudly if one does not. */
export async function loadAll<T>(loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> }, keys: readonly string[]): Promise<T[]> {
  const nodes = await loader.loadMany(keys);
  return nodes.map((node, index) => {
    if (node instanceof Error) throw node;
    if (node === null) throw new Error(`Dangling reference to ${keys[index]}`);
    return node;
  });
}
