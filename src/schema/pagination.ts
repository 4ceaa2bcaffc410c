import { limitExceededError, userInputError } from '../errors.ts';
import type { Config } from '../config.ts';
import type { Page, PageOf } from '../store/graph-store.ts';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'offset:';

/** Cursors of the first offsets, made once: a list of connections (objectives with their actors) asks for the same few hundred. */
const CURSORS: string[] = [];
const CACHED_CURSORS = 4096;

export function cursorOf(offset: number): string {
  if (offset < CACHED_CURSORS && Number.isInteger(offset) && offset >= 0) return (CURSORS[offset] ??= Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url'));
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function offsetOf(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw userInputError(`"${cursor}" is not a cursor of this connection`);
  }
  return offset;
}

/** Checks a page size from arguments or variables alike against the configured cap. */
export function checkPageSize(name: string, value: number | null | undefined, config: Config): void {
  if (value == null) return;
  if (value < 0) throw userInputError(`${name} must not be negative, got ${value}`);
  if (value > config.MAX_PAGE_SIZE) throw limitExceededError(`${name} must be at most ${config.MAX_PAGE_SIZE}, got ${value}`);
}

export interface Connection<E extends { cursor: string }> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Resolves a Relay connection over an offset-paged store list. `load` is called once with the
 * window to fetch; `last` without `before` needs the total first, so it costs one more call.
 */
export async function offsetConnection<Row, E extends { cursor: string } = { cursor: string; node: Row }>(
  args: ConnectionArgs,
  config: Config,
  load: (page: Page) => Promise<PageOf<Row>>,
  toEdge: (row: Row, cursor: string) => E = (node, cursor) => ({ node, cursor }) as unknown as E,
): Promise<Connection<E>> {
  checkPageSize('first', args.first, config);
  checkPageSize('last', args.last, config);
  if (args.first != null && args.last != null) throw userInputError('Pass either first or last, not both');

  const after = args.after ? offsetOf(args.after) + 1 : 0;
  let before = args.before ? offsetOf(args.before) : null;
  let offset = after;
  let limit: number;
  if (args.last != null) {
    if (before === null) before = (await load({ offset: 0, limit: 0 })).totalCount;
    offset = Math.max(after, before - args.last);
    limit = Math.max(0, before - offset);
  } else {
    limit = args.first ?? config.DEFAULT_PAGE_SIZE;
    if (before !== null) limit = Math.max(0, Math.min(limit, before - offset));
  }

  const page = await load({ offset, limit });
  const edges = page.rows.map((node, index) => toEdge(node, cursorOf(offset + index)));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + page.rows.length < (before ?? page.totalCount),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same connection over a list already in memory (e.g. an actor's at most 23 objectives). */
export function arrayConnection<Row, E extends { cursor: string } = { cursor: string; node: Row }>(
  args: ConnectionArgs,
  config: Config,
  rows: Row[],
  toEdge?: (row: Row, cursor: string) => E,
): Promise<Connection<E>> {
  return offsetConnection(
    args,
    config,
    async (page) => ({
      rows: rows.slice(page.offset, page.limit === null ? undefined : page.offset + page.limit),
      totalCount: rows.length,
    }),
    toEdge,
  );
}
