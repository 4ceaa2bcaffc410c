// GraphiQL 5, built by Vite with the explorer (see ../../vite.config.ts) and served by us at /graphql
// to browsers: Monaco, its workers and every font come from this server, nothing from a CDN.
import '@graphiql/react/setup-workers/vite';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examples, examplesPlugin } from './examples-plugin.tsx';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';

const flagship = examples[0];
if (!flagship) throw new Error('the README has no example query');

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const plugins = [examplesPlugin, explorerPlugin()];

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} visiblePlugin={examplesPlugin} defaultQuery={flagship.query} defaultTabs={[{ query: flagship.query }]} defaultEditorToolsVisibility={false}>
      <GraphiQL.Logo>
        <a href="/" className="graphiql-home">
          gcm-graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
