// The whole-operation deadline: an operation still running after OPERATION_TIMEOUT_MS is answered
// with a TIMEOUT error. Its resolvers are told to stop (the executor's abort signal), and store
// work already sent finishes on its own: every Neo4j transaction carries NEO4J_TX_TIMEOUT_MS,
// so no session is held past that.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../errors.ts';

export function deadlinePlugin(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const error = timeoutError();
        const deadline = new AbortController();
        // The executor stops resolving further fields once its signal aborts; keep the client's too.
        const clientSignal = (args as { signal?: AbortSignal }).signal;
        const signal = clientSignal ? AbortSignal.any([clientSignal, deadline.signal]) : deadline.signal;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            resolve({ data: null, errors: [error] });
            deadline.abort(error);
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn({ ...args, signal } as typeof args), late]);
        } catch (thrown) {
          // The executor rejects with the abort reason when the deadline wins inside it.
          if (thrown === error) return { data: null, errors: [error] };
          throw thrown;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
