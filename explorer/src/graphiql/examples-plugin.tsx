import { PlayIcon, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useState } from 'react';
import examples from 'virtual:readme-examples';

export type Example = (typeof examples)[number];
export { examples };

/** A book icon: the README's examples. */
function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z" />
      <path d="M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" />
      <path d="M8 7h8M8 11h6" />
    </svg>
  );
}

/**
 * Every example of the README as a button that opens it (its own tab, reused if open) and runs it.
 * It runs once GraphiQL has read the new query's operation name: running before that would send
 * the previous tab's name with the new query.
 */
function ExamplesPanel() {
  const { addTab, changeTab, run } = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const operationName = useGraphiQL((state) => state.operationName);
  const [pending, setPending] = useState<Example | null>(null);

  useEffect(() => {
    if (pending === null || operationName !== pending.operationName || queryEditor?.getValue() !== pending.query) return;
    setPending(null);
    void run();
  }, [pending, operationName, queryEditor, run]);

  const open = (example: Example) => {
    const index = tabs.findIndex((tab) => tab.query === example.query);
    if (index >= 0) changeTab(index);
    else {
      addTab();
      queryEditor?.setValue(example.query);
    }
    setPending(example);
  };

  return (
    <section className="readme-examples" aria-labelledby="readme-examples-heading">
      <div className="graphiql-doc-explorer-title" id="readme-examples-heading">
        Examples
      </div>
      <p>The README's example queries. Each opens in its own tab and runs.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.operationName ?? example.title}>
            <button type="button" className="graphiql-un-styled readme-example" data-operation={example.operationName ?? undefined} onClick={() => open(example)}>
              <PlayIcon aria-hidden="true" />
              <span>{example.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const examplesPlugin: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
