// Peer (c): @neo4j/graphql 7 over the same Neo4j, served by graphql-yoga on its own port. Its type
// definitions mirror our contract: the same labels, properties and relationship types, each
// relationship readable from both ends. Dev-only: the benchmark starts it, nothing else uses it.
// Env: NEO4J_URI, PORT. Prints "listening <port>" when ready.
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node @fulltext(indexes: [{ indexName: "search_words", queryName: "actorsSearch", fields: ["searchText"] }]) {
    key: String!
    name: String!
    category: String!
    aliases: [String!]!
    searchText: String
    filedQuotes: [Quote!]! @relationship(type: "FILED_UNDER", direction: IN)
    namingQuotes: [Quote!]! @relationship(type: "NAMES", direction: IN)
    mentionedIn: [Paragraph!]! @relationship(type: "MENTIONS", direction: IN)
    referencePhrases: [ReferencePhrase!]! @relationship(type: "REFERS_TO", direction: IN)
    summaryObjectives: [Objective!]! @relationship(type: "SUMMARY_LISTS", direction: OUT)
    engagedBy: [EntryPoint!]! @relationship(type: "ENGAGES", direction: IN)
  }

  type Objective @node @fulltext(indexes: [{ indexName: "search_words", queryName: "objectivesSearch", fields: ["searchText"] }]) {
    key: String!
    number: Int!
    title: String!
    shortTitle: String
    paragraphRef: String!
    searchText: String
    paragraphs: [Paragraph!]! @relationship(type: "IN_OBJECTIVE", direction: IN)
    summaryActors: [Actor!]! @relationship(type: "SUMMARY_LISTS", direction: IN)
    entryPoints: [EntryPoint!]! @relationship(type: "FOR_OBJECTIVE", direction: IN)
  }

  type Paragraph @node {
    key: String!
    number: Int!
    letter: String
    item: String
    order: Int!
    section: String!
    objectiveNumber: Int
    text: String
    objective: [Objective!]! @relationship(type: "IN_OBJECTIVE", direction: OUT)
    quotes: [Quote!]! @relationship(type: "QUOTES", direction: IN)
    actors: [Actor!]! @relationship(type: "MENTIONS", direction: OUT)
    referencePhrases: [ReferencePhrase!]! @relationship(type: "APPEARS_IN", direction: IN)
  }

  type Quote @node @fulltext(indexes: [{ indexName: "search_words", queryName: "quotesSearch", fields: ["searchText"] }]) {
    key: String!
    text: String!
    highlights: [String!]!
    paragraphRef: String!
    sourceLine: Int!
    searchText: String
    paragraph: [Paragraph!]! @relationship(type: "QUOTES", direction: OUT)
    filedUnder: [Actor!]! @relationship(type: "FILED_UNDER", direction: OUT)
    names: [Actor!]! @relationship(type: "NAMES", direction: OUT)
  }

  type ReferencePhrase @node @fulltext(indexes: [{ indexName: "search_words", queryName: "referencePhrasesSearch", fields: ["searchText"] }]) {
    key: String!
    wording: String!
    group: String!
    sourceLine: Int!
    searchText: String
    paragraphs: [Paragraph!]! @relationship(type: "APPEARS_IN", direction: OUT)
    actors: [Actor!]! @relationship(type: "REFERS_TO", direction: OUT)
  }

  type EntryPoint @node {
    key: String!
    level: String!
    objectiveNumber: Int!
    action: String!
    engagement: String!
    sourceLine: Int!
    objective: [Objective!]! @relationship(type: "FOR_OBJECTIVE", direction: OUT)
    engages: [Actor!]! @relationship(type: "ENGAGES", direction: OUT)
  }
`;

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', ''));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
  const server = createServer(yoga);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
  });
  process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
