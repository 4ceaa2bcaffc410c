import DataLoader from 'dataloader';
import type { Config } from './config.ts';
import type { GraphNode, NodeKind, NodeOfKind, ParagraphNode } from './graph/model.ts';
import type { GraphStore, Included, ObjectiveLink, PageOf, Projection, Read } from './store/graph-store.ts';
import { instrumentStore, type StoreStats } from './store/instrument.ts';

export interface Context {
  config: Config;
  store: GraphStore;
  stats: StoreStats;
  loaders: Loaders;
  /**
   * What the operation reads of each kind of node (src/schema/plan.ts, projectionOf), set when it is
   * executed: every store call of the request sends it, so a node a loader caches holds every property
   * any selection reads. Unset: whole nodes.
   */
  projection?: Projection;
}

/** Upper bound on keys per store call, which bounds `UNWIND $keys` on Neo4j. */
const MAX_BATCH_SIZE = 1000;

/** The page a read returns, by the kind of read. */
export type PageOfRead<R extends Read> = R extends { links: unknown } ? PageOf<ObjectiveLink> : PageOf<GraphNode>;

/**
 * The one name of a read: the loader a field asks and the loader a parent's store call fills are the
 * same loader because both name the read with this function, never with a string of their own.
 */
export function readId(read: Read): string {
  const page = `${read.page.offset}|${read.page.limit}`;
  return 'relation' in read ? `${read.relation}|${page}` : `${read.links}|${page}|${read.detail.quotesPerLink}|${read.detail.paragraphs}`;
}

/**
 * Per-request DataLoaders: every lookup made while resolving one level of a query is
 * gathered into one store call. Never shared between requests. A class, its maps made on first
 * use: a request pays for the loaders it uses, not for a set of closures and maps built each time.
 */
export class Loaders {
  private nodeLoaders: Map<NodeKind, DataLoader<string, unknown>> | undefined;
  private readLoaders: Map<string, DataLoader<string, PageOf<unknown>>> | undefined;
  /** The pages store calls brought along, by read (readId), then by the key of the node they belong to. */
  private broughtPages: Map<string, Map<string, PageOf<unknown>>> | undefined;
  /** The paragraphs that came with links, for resolvers that can answer without a loader's promise. */
  private linkedParagraphs: Map<string, ParagraphNode> | undefined;

  /** What the operation reads of each kind of node (setProjection), sent by every call of these loaders; unset: whole nodes. */
  projection: Projection | undefined;

  constructor(private readonly store: GraphStore) {}

  node<K extends NodeKind>(kind: K): DataLoader<string, NodeOfKind<K> | null> {
    const loaders: Map<NodeKind, DataLoader<string, unknown>> = (this.nodeLoaders ??= new Map());
    let loader = loaders.get(kind);
    if (!loader) {
      loader = new DataLoader(async (keys) => (await this.store.nodesByKey(kind, keys, [], this.projection)).nodes, { maxBatchSize: MAX_BATCH_SIZE });
      loaders.set(kind, loader);
    }
    return loader as DataLoader<string, NodeOfKind<K> | null>;
  }

  /**
   * The page of `read` for `key`: the page itself when a parent's store call brought it along (a
   * resolver returning it completes without waiting on a promise), else its loader's promise, which
   * sibling fields with the same read share in one batch.
   */
  page<R extends Read>(read: R, key: string): PageOfRead<R> | Promise<PageOfRead<R>> {
    const id = readId(read);
    const brought = this.broughtPages?.get(id)?.get(key);
    return (brought ?? this.loaderOf(id, read).load(key)) as PageOfRead<R> | Promise<PageOfRead<R>>;
  }

  /** The pages of `read` for `keys`, in key order. */
  pages<R extends Read>(read: R, keys: readonly string[]): Promise<PageOfRead<R>[]> {
    return Promise.all(keys.map((key) => this.page(read, key)));
  }

  /** One loader per read (relation or links, page, detail). */
  private loaderOf(id: string, read: Read): DataLoader<string, PageOf<unknown>> {
    const loaders: Map<string, DataLoader<string, PageOf<unknown>>> = (this.readLoaders ??= new Map());
    let loader = loaders.get(id);
    if (!loader) {
      const load = (keys: readonly string[]): Promise<PageOf<unknown>[]> =>
        'relation' in read
          ? this.store.related(read.relation, keys, read.page, this.projection)
          : this.store.links(read.links, keys, read.detail, read.page, this.projection).then((pages) => this.primeLinkedNodes(pages));
      loader = new DataLoader(load, { maxBatchSize: MAX_BATCH_SIZE });
      loaders.set(id, loader);
    }
    return loader;
  }

  /** What a store call brought along, kept for the fields that will ask for it: those fields then need no store call. */
  primeIncluded(included: readonly Included[]): void {
    for (const { read, pages } of included) {
      const brought: Map<string, Map<string, PageOf<unknown>>> = (this.broughtPages ??= new Map());
      const id = readId(read);
      const known = brought.get(id);
      if (known) for (const [key, page] of pages) known.set(key, page);
      else brought.set(id, new Map(pages));
      if ('links' in read) this.primeLinkedNodes([...pages.values()] as PageOf<ObjectiveLink>[]);
    }
  }

  /** A paragraph that came with a link in this request, if any: a quote's paragraph is usually one (see Quote.paragraph). */
  linkedParagraph(key: string): ParagraphNode | undefined {
    return this.linkedParagraphs?.get(key);
  }

  /** Links carry their nodes; caching them spares the next level (e.g. quote → paragraph) a store call. */
  private primeLinkedNodes(pages: PageOf<ObjectiveLink>[]): PageOf<ObjectiveLink>[] {
    const linkedParagraphs = (this.linkedParagraphs ??= new Map());
    for (const page of pages) {
      for (const link of page.rows) {
        for (const paragraph of link.paragraphs) {
          this.node('Paragraph').prime(paragraph.key, paragraph);
          linkedParagraphs.set(paragraph.key, paragraph);
        }
        for (const quote of link.quotes) this.node('Quote').prime(quote.key, quote);
      }
    }
    return pages;
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new Loaders(store);
}

export function createContext(store: GraphStore, config: Config): Context {
  const stats: StoreStats = { storeRoundTrips: 0, storeMs: 0 };
  const instrumented = instrumentStore(store, stats);
  return { config, store: instrumented, stats, loaders: createLoaders(instrumented) };
}

/**
 * Gives a request the projection of the operation it executes, before any resolver runs: its loaders'
 * calls and its resolvers' own store calls send it. Set on the context the execution holds (Yoga copies
 * the one createContext made into its own).
 */
export function setProjection(context: Context, projection: Projection): void {
  context.projection = projection;
  context.loaders.projection = projection;
}
