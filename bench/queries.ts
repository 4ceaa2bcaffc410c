// The operations every system of the benchmark answers, and how to tell their answers are the same:
// each system's response is reduced to a sorted list of lines (a fingerprint) that must be equal.

/** actors → objectives (with edge paragraphs) → quotes → paragraph: five nesting levels below the root list. */
export const FLAGSHIP_QUERY = `query Flagship($first: Int) {
  actors(first: $first) {
    edges {
      node {
        key
        objectives(first: 23) {
          edges {
            basis
            paragraphs { ref }
            node { number title }
            quotes { key text paragraph { ref section } }
          }
        }
      }
    }
  }
}`;

/** The flagship with each edge's quotes paged (`quotes(first: 5)`): what a client showing a graph at scale asks. */
export const FLAGSHIP_PAGED_QUERY = FLAGSHIP_QUERY.replace('quotes {', 'quoteCount quotes(first: 5) {');

export type QueryName = 'flagship' | 'objectives' | 'paragraph' | 'search' | 'shortestPath' | 'neighbourhood';

export interface BenchQuery {
  name: QueryName;
  title: string;
  /** Our GraphQL API: the document for our server and for the graphql-js floor. */
  document: string;
  variables: Record<string, unknown>;
  /** The fingerprint of a response of our API (and of the Cypher floor, which answers in the same shape). */
  fingerprint: (data: any) => string[];
  /** The @neo4j/graphql document, or why it can't be written without hand-written @cypher. */
  peer: { document: string; variables: Record<string, unknown>; fingerprint: (data: any) => string[] } | { notExpressible: string };
}

const sorted = (lines: string[]) => [...lines].sort();
const BASES = ['QUOTED', 'SUMMARY', 'ENTRY_POINT'];
const SEARCH_WORDS = 'migrant workers';

/** Lines of one actor–objective link: its basis and paragraphs, and one line per quote. */
function linkLines(actor: string, objective: number, basis: string[], paragraphs: string[], quotes: { key: string; paragraph: string }[]): string[] {
  return [
    `${actor}|${objective}|${basis.join(',')}|${[...paragraphs].sort().join(',')}`,
    ...quotes.map((quote) => `${actor}|${objective}|quote ${quote.key}|${quote.paragraph}`),
  ];
}

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'flagship',
    title: 'flagship: 20 actors → objectives (edge paragraphs) → quotes → paragraph',
    document: FLAGSHIP_QUERY,
    variables: { first: 20 },
    fingerprint: (data) =>
      sorted(
        data.actors.edges.flatMap(({ node: actor }: any) =>
          actor.objectives.edges.flatMap((edge: any) =>
            linkLines(
              actor.key,
              edge.node.number,
              edge.basis,
              edge.paragraphs.map((p: any) => p.ref),
              edge.quotes.map((q: any) => ({ key: q.key, paragraph: q.paragraph.ref })),
            ),
          ),
        ),
      ),
    peer: {
      // No derived actor–objective link: the client walks the three ways there and groups them itself.
      document: `query Flagship($first: Int) {
  actors(limit: $first, sort: [{ name: ASC }, { key: ASC }]) {
    key
    filedQuotes { key text paragraph { key section objective { number title } } }
    namingQuotes { key text paragraph { key section objective { number title } } }
    summaryObjectives { number title }
    engagedBy { objective { number title } }
  }
}`,
      variables: { first: 20 },
      fingerprint: (data) =>
        sorted(
          data.actors.flatMap((actor: any) => {
            const links = new Map<number, { basis: Set<string>; paragraphs: Set<string>; quotes: Map<string, string> }>();
            const linkOf = (objective: number) => {
              let link = links.get(objective);
              if (!link) links.set(objective, (link = { basis: new Set(), paragraphs: new Set(), quotes: new Map() }));
              return link;
            };
            for (const quote of [...actor.filedQuotes, ...actor.namingQuotes]) {
              for (const paragraph of quote.paragraph) {
                for (const objective of paragraph.objective) {
                  const link = linkOf(objective.number);
                  link.basis.add('QUOTED');
                  link.paragraphs.add(paragraph.key);
                  link.quotes.set(quote.key, paragraph.key);
                }
              }
            }
            for (const objective of actor.summaryObjectives) linkOf(objective.number).basis.add('SUMMARY');
            for (const entry of actor.engagedBy) for (const objective of entry.objective) linkOf(objective.number).basis.add('ENTRY_POINT');
            return [...links].flatMap(([objective, link]) =>
              linkLines(
                actor.key,
                objective,
                BASES.filter((basis) => link.basis.has(basis)),
                [...link.paragraphs],
                [...link.quotes].map(([key, paragraph]) => ({ key, paragraph })),
              ),
            );
          }),
        ),
    },
  },
  {
    name: 'objectives',
    title: 'all objectives with actor counts',
    document: `{ objectives { number title actors { totalCount } } }`,
    variables: {},
    fingerprint: (data) => data.objectives.map((o: any) => `${o.number}|${o.actors.totalCount}`),
    peer: {
      // The actors of an objective through quotes, the summary and entry points, counted by the client.
      document: `{
  objectives(sort: [{ number: ASC }]) {
    number
    title
    paragraphs { quotes { filedUnder { key } names { key } } }
    summaryActors { key }
    entryPoints { engages { key } }
  }
}`,
      variables: {},
      fingerprint: (data) =>
        data.objectives.map((o: any) => {
          const actors = new Set<string>();
          for (const p of o.paragraphs) for (const q of p.quotes) for (const a of [...q.filedUnder, ...q.names]) actors.add(a.key);
          for (const a of o.summaryActors) actors.add(a.key);
          for (const e of o.entryPoints) for (const a of e.engages) actors.add(a.key);
          return `${o.number}|${actors.size}`;
        }),
    },
  },
  {
    name: 'paragraph',
    title: 'one paragraph (§34f) with its quotes and actors',
    document: `query Paragraph($ref: String!) { paragraph(ref: $ref) { ref section quotes { key text } actors { key name } } }`,
    variables: { ref: '34f' },
    fingerprint: (data) => [data.paragraph.ref, ...data.paragraph.quotes.map((q: any) => `quote ${q.key}`), ...data.paragraph.actors.map((a: any) => `actor ${a.key}`)],
    peer: {
      document: `query Paragraph($ref: String!) {
  paragraphs(where: { key: { eq: $ref } }) {
    key
    section
    quotes(sort: [{ sourceLine: ASC }, { key: ASC }]) { key text }
    actors(sort: [{ name: ASC }, { key: ASC }]) { key name }
  }
}`,
      variables: { ref: '34f' },
      fingerprint: (data) => {
        const [paragraph] = data.paragraphs;
        return [paragraph.key, ...paragraph.quotes.map((q: any) => `quote ${q.key}`), ...paragraph.actors.map((a: any) => `actor ${a.key}`)];
      },
    },
  },
  {
    name: 'search',
    title: `search "${SEARCH_WORDS}", first 10`,
    document: `query Search($query: String!) { search(query: $query, first: 10) { score node { id } } }`,
    variables: { query: SEARCH_WORDS },
    fingerprint: (data) => sorted(data.search.map((hit: any) => hit.node.id)),
    peer: {
      // One full-text query per type over the same index; the client merges them by score.
      document: `query Search($query: String!) {
  quotesSearch(phrase: $query, first: 10) { edges { score node { key } } }
  actorsSearch(phrase: $query, first: 10) { edges { score node { key } } }
  objectivesSearch(phrase: $query, first: 10) { edges { score node { key } } }
  referencePhrasesSearch(phrase: $query, first: 10) { edges { score node { key } } }
}`,
      variables: { query: SEARCH_WORDS },
      fingerprint: (data) => {
        const hits = [
          ...data.quotesSearch.edges.map((e: any) => ({ score: e.score, id: `Quote:${e.node.key}` })),
          ...data.actorsSearch.edges.map((e: any) => ({ score: e.score, id: `Actor:${e.node.key}` })),
          ...data.objectivesSearch.edges.map((e: any) => ({ score: e.score, id: `Objective:${e.node.key}` })),
          ...data.referencePhrasesSearch.edges.map((e: any) => ({ score: e.score, id: `ReferencePhrase:${e.node.key}` })),
        ];
        hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
        return sorted(hits.slice(0, 10).map((hit) => hit.id));
      },
    },
  },
  {
    name: 'shortestPath',
    title: 'shortest path trade unions → GFMD',
    document: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id } relationships { type from to } } }`,
    variables: { from: 'Actor:trade-unions', to: 'Actor:gfmd' },
    fingerprint: (data) => [
      ...data.shortestPath.nodes.map((n: any) => n.id),
      ...data.shortestPath.relationships.map((r: any) => `${r.type} ${r.from} ${r.to}`),
    ],
    peer: { notExpressible: 'not expressible without hand-written @cypher (no path queries)' },
  },
  {
    name: 'neighbourhood',
    title: '2-hop neighbourhood of trade unions',
    document: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, hops: 2) { nodes { id label } edges { type from to } } }`,
    variables: { id: 'Actor:trade-unions' },
    fingerprint: (data) =>
      sorted([...data.neighbourhood.nodes.map((n: any) => n.id), ...data.neighbourhood.edges.map((e: any) => `${e.type} ${e.from} ${e.to}`)]),
    peer: { notExpressible: 'not expressible without hand-written @cypher (no variable-length traversal)' },
  },
];
