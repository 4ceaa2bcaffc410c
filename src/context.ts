import DataLoader from 'dataloader';
import type { Config } from './config.ts';
import type { NodeKind, NodeOfKind, ParagraphNode } from './graph/model.ts';
import { FULL_LINKS, type GraphStore, type LinkDetail, type ObjectiveLink, type Page, type ParagraphWithRelated, type PageOf, type RelatedNode, type RelationName } from './store/graph-store.ts';
import { instrumentStore, type StoreStats } from './store/instrument.ts';

export interface Context {
  config: Config;
  store: GraphStore;
  stats: StoreStats;
  loaders: Loaders;
}

/** The page of a list field that is not paged (relatedList in src/schema/connections.ts). */
export const WHOLE_LIST: Page = { offset: 0, limit: null };

/** Upper bound on keys per store call, which bounds `UNWIND $keys` on Neo4j. */
const MAX_BATCH_SIZE = 1000;

/**
 * Per-request DataLoaders: every lookup made while resolving one level of a query is
 * gathered into one store call. Never shared between requests. A class, its maps made on first
 * use: a request pays for the loaders it uses, not for a set of closures and maps built each time.
 */
export class Loaders {
  private nodeLoaders: Map<NodeKind, DataLoader<string, unknown>> | undefined;
  private relatedLoaders: Map<string, DataLoader<string, PageOf<unknown>>> | undefined;
  private actorLinkLoaders: Map<string, DataLoader<string, ObjectiveLink[]>> | undefined;
  private objectiveLinkLoaders: Map<string, DataLoader<number, ObjectiveLink[]>> | undefined;
  private actorCountLoader: DataLoader<number, number> | undefined;
  /** The paragraphs that came with links, for resolvers that can answer without a loader's promise. */
  private linkedParagraphs: Map<string, ParagraphNode> | undefined;

  constructor(private readonly store: GraphStore) {}

  node<K extends NodeKind>(kind: K): DataLoader<string, NodeOfKind<K> | null> {
    const loaders: Map<NodeKind, DataLoader<string, unknown>> = (this.nodeLoaders ??= new Map());
    let loader = loaders.get(kind);
    if (!loader) {
      loader = new DataLoader((keys) => this.store.nodesByKey(kind, keys), { maxBatchSize: MAX_BATCH_SIZE });
      loaders.set(kind, loader);
    }
    return loader as DataLoader<string, NodeOfKind<K> | null>;
  }

  /** One loader per relation and page window, so sibling fields with the same arguments share a batch. */
  related<R extends RelationName>(relation: R, page: Page): DataLoader<string, PageOf<RelatedNode<R>>> {
    const loaders: Map<string, DataLoader<string, PageOf<unknown>>> = (this.relatedLoaders ??= new Map());
    const id = `${relation}|${page.offset}|${page.limit}`;
    let loader = loaders.get(id);
    if (!loader) {
      loader = new DataLoader((keys) => this.store.related(relation, keys, page), { maxBatchSize: MAX_BATCH_SIZE });
      loaders.set(id, loader);
    }
    return loader as DataLoader<string, PageOf<RelatedNode<R>>>;
  }

  /** Every link of each actor with all its quotes and paragraphs. */
  get objectiveLinksOfActor(): DataLoader<string, ObjectiveLink[]> {
    return this.objectiveLinksOfActorWith(FULL_LINKS);
  }

  /** The links with only the detail asked for (see linkDetailWanted): what the query's edges read, and no more. */
  objectiveLinksOfActorWith(detail: LinkDetail): DataLoader<string, ObjectiveLink[]> {
    return this.linkLoader((this.actorLinkLoaders ??= new Map()), detail, (keys) => this.store.objectiveLinksOfActors(keys, detail));
  }
  actorLinksOfObjectiveWith(detail: LinkDetail): DataLoader<number, ObjectiveLink[]> {
    return this.linkLoader((this.objectiveLinkLoaders ??= new Map()), detail, (numbers) => this.store.actorLinksOfObjectives(numbers, detail));
  }

  /** Lists a paragraph brought along (`store.paragraphWithRelated`): its fields that read them then need no store call. */
  primeParagraphWithRelated({ paragraph, related }: ParagraphWithRelated): void {
    this.node('Paragraph').prime(paragraph.key, paragraph);
    for (const [relation, page] of Object.entries(related)) this.related(relation as RelationName, WHOLE_LIST).prime(paragraph.key, page);
  }

  /** How many actors an objective is linked to, when that is all a query reads of its actors. */
  get actorCountOfObjective(): DataLoader<number, number> {
    return (this.actorCountLoader ??= new DataLoader((numbers) => this.store.actorCountsOfObjectives(numbers), { maxBatchSize: MAX_BATCH_SIZE }));
  }

  /**
   * Links a list brought along with it (`store.actors` with `links`, `store.objectivesWithLinks`), into the
   * loader its link fields will ask (`objectiveLinksOfActorWith(detail)` or `actorLinksOfObjectiveWith(detail)`):
   * those fields then need no store call.
   */
  primeLinks<K>(loader: DataLoader<K, ObjectiveLink[]>, keys: readonly K[], linksPerKey: ObjectiveLink[][]): void {
    keys.forEach((key, i) => loader.prime(key, linksPerKey[i]!));
    this.primeWithLinks(linksPerKey);
  }

  private linkLoader<K>(cache: Map<string, DataLoader<K, ObjectiveLink[]>>, detail: LinkDetail, load: (keys: readonly K[]) => Promise<ObjectiveLink[][]>) {
    const id = `${detail.quotesPerLink}|${detail.paragraphs}`;
    let loader = cache.get(id);
    if (!loader) {
      loader = new DataLoader<K, ObjectiveLink[]>(async (keys) => this.primeWithLinks(await load(keys)), { maxBatchSize: MAX_BATCH_SIZE });
      cache.set(id, loader);
    }
    return loader;
  }

  /** A paragraph that came with a link in this request, if any: a quote's paragraph is usually one (see Quote.paragraph). */
  linkedParagraph(key: string): ParagraphNode | undefined {
    return this.linkedParagraphs?.get(key);
  }

  /** Links carry their nodes; caching them spares the next level (e.g. quote → paragraph) a store call. */
  private primeWithLinks(linksPerKey: ObjectiveLink[][]): ObjectiveLink[][] {
    const linkedParagraphs = (this.linkedParagraphs ??= new Map());
    for (const link of linksPerKey.flat()) {
      for (const paragraph of link.paragraphs) {
        this.node('Paragraph').prime(paragraph.key, paragraph);
        linkedParagraphs.set(paragraph.key, paragraph);
      }
      for (const quote of link.quotes) this.node('Quote').prime(quote.key, quote);
    }
    return linksPerKey;
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
