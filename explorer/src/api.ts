// The explorer's only way to the data: GraphQL over POST to the same server, as any client would.
// The types of the answers are not written here: api-types.ts is generated from schema.graphql and the
// operations below (tools/explorer-types.ts, run by npm run typecheck), so a field the API drops or
// changes fails the explorer's type check where it is read.
import type {
  ActorCategory,
  ExplorerActorQuery,
  ExplorerCoverageQuery,
  ExplorerFocusQuery,
  ExplorerMoreActorsQuery,
  ExplorerObjectiveQuery,
  ExplorerOverviewQuery,
  ExplorerPathQuery,
  ExplorerSearchQuery,
} from './api-types.ts';
import { PATH_NODE_FIELDS, SEARCH_NODE_FIELDS } from './kinds.ts';

export type { ActorCategory, EngagementLevel, LinkBasis, RelationshipType } from './api-types.ts';

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  if (!body.data) throw new GraphQLRequestError(`The server answered ${response.status} with no data`);
  return body.data;
}

// ---- The overview: every actor with its objective links, and the 23 objectives ----

export type OverviewActor = ExplorerOverviewQuery['actors']['nodes'][number];
export type OverviewObjective = ExplorerOverviewQuery['objectives'][number];

export interface Overview {
  actors: OverviewActor[];
  objectives: OverviewObjective[];
}

// Page sizes travel as variables, as in any parameterised client; see PAGE_SIZES.
const ACTOR_FIELDS = `id key name category
  objectives(first: $objectives) { edges { basis paragraphs { ref } node { id number } } }`;

const OVERVIEW = `query ExplorerOverview($actors: Int!, $objectives: Int!) {
  objectives { id number title shortTitle }
  actors(first: $actors) { pageInfo { hasNextPage endCursor } nodes { ${ACTOR_FIELDS} } }
}`;

const MORE_ACTORS = `query ExplorerMoreActors($actors: Int!, $objectives: Int!, $after: String) {
  actors(first: $actors, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${ACTOR_FIELDS} } }
}`;

/**
 * 23 objectives; 100 is the server's default page cap (MAX_PAGE_SIZE). The overview pages actors by 50:
 * 100 actors with their 23 objectives each would exceed the default MAX_COST.
 */
export const PAGE_SIZES = { actors: 100, overviewActors: 50, objectives: 23, mentions: 100, search: 8 } as const;

/** Every operation the explorer sends, in one place so a test can validate them against schema.graphql. */
export const QUERIES = {
  overview: OVERVIEW,
  moreActors: MORE_ACTORS,
  actor: `query ExplorerActor($key: String!, $objectives: Int!, $mentions: Int!) {
  actor(key: $key) {
    id name category aliases
    objectives(first: $objectives) {
      edges {
        basis
        paragraphs { ref }
        quotes { id text highlights paragraph { ref } filedUnder { id name } }
        node { id number title shortTitle }
      }
    }
    mentions(first: $mentions) { totalCount nodes { id text highlights paragraph { ref objective { number } } filedUnder { id name } } }
  }
}`,
  objective: `query ExplorerObjective($number: Int!, $actors: Int!) {
  objective(number: $number) {
    id number title shortTitle
    paragraph { ref }
    actors(first: $actors) { edges { basis paragraphs { ref } node { id name category } } }
    entryPoints { level action engagement }
  }
}`,
  path: `query ExplorerPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    length
    nodes { ${PATH_NODE_FIELDS} }
    relationships { type from to }
    steps { phrase }
  }
}`,
  coverage: `query ExplorerCoverage($categories: [ActorCategory!]) {
  actors(first: 0) { totalCount facets { category { value count } } }
  coverage(categories: $categories) {
    rows { actor { id name category } }
    columns { objective { id number title shortTitle } }
    cells { actor { id } objective { number } paragraphCount basis }
  }
}`,
  search: `query ExplorerSearch($query: String!, $first: Int!) {
  searchFacets(query: $query) { kind { value count } }
  search(query: $query, first: $first) {
    score snippet
    node { ${SEARCH_NODE_FIELDS} }
  }
}`,
  focus: `query ExplorerFocus($id: ID!) {
  node(id: $id) { ${SEARCH_NODE_FIELDS} }
}`,
};

export async function loadOverview(): Promise<Overview> {
  const first = await graphql<ExplorerOverviewQuery>(QUERIES.overview, { actors: PAGE_SIZES.overviewActors, objectives: PAGE_SIZES.objectives });
  const actors = [...first.actors.nodes];
  let page = first.actors.pageInfo;
  while (page.hasNextPage) {
    const more = await graphql<ExplorerMoreActorsQuery>(QUERIES.moreActors, { actors: PAGE_SIZES.overviewActors, objectives: PAGE_SIZES.objectives, after: page.endCursor });
    actors.push(...more.actors.nodes);
    page = more.actors.pageInfo;
  }
  return { actors, objectives: first.objectives };
}

// ---- One actor or objective, for the side panel ----

export type ActorDetails = NonNullable<ExplorerActorQuery['actor']>;
export type QuoteText = ActorDetails['objectives']['edges'][number]['quotes'][number];

export async function loadActor(key: string): Promise<ActorDetails | null> {
  const data = await graphql<ExplorerActorQuery>(
    QUERIES.actor,
    { key, objectives: PAGE_SIZES.objectives, mentions: PAGE_SIZES.mentions },
  );
  return data.actor;
}

export type ObjectiveDetails = NonNullable<ExplorerObjectiveQuery['objective']>;

export async function loadObjective(number: number): Promise<ObjectiveDetails | null> {
  const data = await graphql<ExplorerObjectiveQuery>(
    QUERIES.objective,
    { number, actors: PAGE_SIZES.actors },
  );
  return data.objective;
}

// ---- Shortest path ----

/** A path; each hop's relationship read in the direction walked is worded by the API (`steps { phrase }`). */
export type PathResult = NonNullable<ExplorerPathQuery['shortestPath']>;
export type PathNode = PathResult['nodes'][number];

export async function loadShortestPath(from: string, to: string): Promise<PathResult | null> {
  const data = await graphql<ExplorerPathQuery>(
    QUERIES.path,
    { from, to },
  );
  return data.shortestPath;
}

// ---- Coverage: the actor × objective matrix, as the API computes it ----

export type CoverageResult = ExplorerCoverageQuery['coverage'];
/** How many actors each category has (the API's facets of the actor list), and how many in all. */
export type CategoryCounts = { total: number; byCategory: { value: ActorCategory; count: number }[] };

/** The matrix, of the actors of one category or of all, with the actors counted by category. */
export async function loadCoverage(category: ActorCategory | null = null): Promise<{ coverage: CoverageResult; categories: CategoryCounts }> {
  const data = await graphql<ExplorerCoverageQuery>(QUERIES.coverage, { categories: category ? [category] : null });
  return { coverage: data.coverage, categories: { total: data.actors.totalCount, byCategory: data.actors.facets?.category ?? [] } };
}

// ---- A node named in the address (/#Paragraph%3A22b, where /id/Paragraph/22b sends a browser) ----

export type FocusNode = NonNullable<ExplorerFocusQuery['node']>;

export async function loadFocus(id: string): Promise<FocusNode | null> {
  const data = await graphql<ExplorerFocusQuery>(QUERIES.focus, { id });
  return data.node;
}

// ---- Search ----

export type SearchHit = ExplorerSearchQuery['search'][number];
/** Every hit of a search counted by kind (the API's searchFacets), most first. */
export type HitCounts = ExplorerSearchQuery['searchFacets']['kind'];

export async function search(query: string, signal?: AbortSignal): Promise<{ hits: SearchHit[]; counts: HitCounts }> {
  const data = await graphql<ExplorerSearchQuery>(
    QUERIES.search,
    { query, first: PAGE_SIZES.search },
    signal,
  );
  return { hits: data.search, counts: data.searchFacets.kind };
}
