import { createYoga, type Plugin } from 'graphql-yoga';
import type { Config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { explorerPlugin } from './explorer.ts';
import { schema } from './schema/index.ts';
import type { GraphStore } from './store/graph-store.ts';

/** The query GraphiQL opens with: from a stakeholder type to its objectives and the quoted text. */
export const EXAMPLE_QUERY = `# From a stakeholder type to its objectives and to the quoted paragraph text.
query TradeUnionsObjectives {
  actor(key: "trade-unions") {
    name
    category
    objectives {
      totalCount
      edges {
        basis
        node { number title }
        paragraphs { ref }
        quotes { text highlights paragraph { ref } }
      }
    }
  }
}
`;

/** Adds `extensions.stats` (store round trips and timings) to results when GRAPH_STATS is on. */
function statsPlugin(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result || 'errors' in result)) return;
          const { stats } = args.contextValue;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              stats: { storeRoundTrips: stats.storeRoundTrips, storeMs: round(stats.storeMs), totalMs: round(performance.now() - started) },
            },
          });
        },
      };
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function createApp(store: GraphStore, config: Config) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: () => createContext(store, config),
    // Unexpected errors never reach clients in any environment: no stack, no Cypher, no host names.
    maskedErrors: { isDev: false },
    graphiql: config.GRAPHIQL ? { title: 'gcm-graph', defaultQuery: EXAMPLE_QUERY } : false,
    plugins: [explorerPlugin(), ...(config.GRAPH_STATS ? [statsPlugin()] : [])],
  });
}
