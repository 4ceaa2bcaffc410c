import { echo, limitExceededError, userInputError } from '../errors.ts';
import type { Config } from '../config.ts';
import type { FacetCounts, Page, PageOf } from '../store/graph-store.ts';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'offset:';
/** The longest cursor the server issues (an offset of nine digits); a longer one is refused unread. */
const MAX_CURSOR_LENGTH = Buffer.from(`${CURSOR_PREFIX}999999999`).toString('base64url').length;
/** What a cursor decodes to: the prefix and an offset in canonical decimal, at most nine digits. */
const DECODED_CURSOR = /^offset:(0|[1-9]\d{0,8})$/;

/** Cursors of the first offsets, made once: a list of connections (objectives with their actors) asks for the same few hundred. */
const CURSORS: string[] = [];
const CACHED_CURSORS = 4096;

export function cursorOf(offset: number): string {
  if (offset < CACHED_CURSORS && Number.isInteger(offset) && offset >= 0) return (CURSORS[offset] ??= Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url'));
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function notACursorError(cursor: string) {
  return userInputError(`${echo(cursor)} is not a cursor of this connection`);
}

/**
 * The offset of a cursor the server issued, and only of one: `offset: 3`, `offset:0x10`, `offset:1e2`,
 * `offset:3.0`, padding or the other base64 alphabet are refused, since cursorOf never writes them.
 */
function offsetOf(cursor: string): number {
  const match = cursor.length <= MAX_CURSOR_LENGTH ? DECODED_CURSOR.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  const offset = match ? Number(match[1]) : -1;
  if (offset < 0 || cursorOf(offset) !== cursor) throw notACursorError(cursor);
  return offset;
}

/** Checks a page size from arguments or variables alike against the configured cap. */
export function checkPageSize(name: string, value: number | null | undefined, config: Config): void {
  if (value == null) return;
  if (value < 0) throw userInputError(`${name} must not be negative, got ${value}`);
  if (value > config.MAX_PAGE_SIZE) throw limitExceededError(`${name} must be at most ${config.MAX_PAGE_SIZE}, got ${value}`);
}

/** Checks the length of a list argument against the same cap as a page: no list a client sends is longer than one it can get. */
export function checkListLength(name: string, length: number, config: Config): void {
  if (length > config.MAX_PAGE_SIZE) throw limitExceededError(`${name} must hold at most ${config.MAX_PAGE_SIZE} items, got ${length}`);
}

export interface Connection<E extends { cursor: string }> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  /** The whole list's facets, when the store was asked for them. */
  facets?: FacetCounts;
}

/**
 * The window a connection's arguments ask for; null for `last` without `before`, which needs the list's
 * length first (`before`, when the caller has it). The query planner asks too, to bring the page along.
 */
export function pageOf(args: ConnectionArgs, config: Config, before: number | null = args.before ? offsetOf(args.before) : null): Page | null {
  checkPageSize('first', args.first, config);
  checkPageSize('last', args.last, config);
  if (args.first != null && args.last != null) throw userInputError('Pass either first or last, not both');
  const after = args.after ? offsetOf(args.after) + 1 : 0;
  if (args.last != null) {
    if (before === null) return null;
    const offset = Math.max(after, before - args.last);
    return { offset, limit: Math.max(0, before - offset) };
  }
  const limit = args.first ?? config.DEFAULT_PAGE_SIZE;
  return { offset: after, limit: before === null ? limit : Math.max(0, Math.min(limit, before - after)) };
}

/** A value or the promise of one: resolvers answer with the value itself when they have it, and graphql-js then completes the field without a turn of the event loop. */
export type MaybePromise<T> = T | Promise<T>;

/** `then` on a value that may be a promise, staying synchronous when it is not. */
export function mapMaybePromise<T, U>(value: MaybePromise<T>, then: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(then) : then(value);
}

/**
 * Resolves a Relay connection over an offset-paged store list. `load` is called once with the
 * window to fetch; `last` without `before` needs the total first, so it costs one more call.
 */
export function offsetConnection<Row, E extends { cursor: string } = { cursor: string; node: Row }>(
  args: ConnectionArgs,
  config: Config,
  load: (page: Page) => MaybePromise<PageOf<Row>>,
  toEdge: (row: Row, cursor: string) => E = (node, cursor) => ({ node, cursor }) as unknown as E,
): MaybePromise<Connection<E>> {
  const window = pageOf(args, config);
  if (window) return mapMaybePromise(load(window), (page) => connectionOf(args, window.offset, page, toEdge));
  // `last` without `before`: the window is known once the list is counted.
  return Promise.resolve(load({ offset: 0, limit: 0 })).then(async (counted) => {
    const lastWindow = pageOf(args, config, counted.totalCount)!;
    return connectionOf(args, lastWindow.offset, await load(lastWindow), toEdge);
  });
}

function connectionOf<Row, E extends { cursor: string }>(args: ConnectionArgs, offset: number, page: PageOf<Row>, toEdge: (row: Row, cursor: string) => E): Connection<E> {
  const after = args.after ? offsetOf(args.after) + 1 : 0;
  const before = args.before ? offsetOf(args.before) : null;
  // The server issues cursors for offsets 0 to totalCount - 1 only: one past them did not come from this list.
  if (after > page.totalCount) throw notACursorError(args.after!);
  if (before !== null && before >= page.totalCount) throw notACursorError(args.before!);
  const edges = page.rows.map((node, index) => toEdge(node, cursorOf(offset + index)));
  return {
    edges,
    totalCount: page.totalCount,
    ...(page.facets ? { facets: page.facets } : {}),
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
): MaybePromise<Connection<E>> {
  return offsetConnection(
    args,
    config,
    (page) => ({
      rows: rows.slice(page.offset, page.limit === null ? undefined : page.offset + page.limit),
      totalCount: rows.length,
    }),
    toEdge,
  );
}
