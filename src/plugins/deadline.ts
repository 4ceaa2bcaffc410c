// The whole-operation deadline: an operation still running after OPERATION_TIMEOUT_MS is answered
// with a TIMEOUT error. Its resolvers are told to stop (the executor's abort signal), and store
// work already sent finishes on its own: every Neo4j transaction carries NEO4J_TX_TIMEOUT_MS,
// so no session is held past that.
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../errors.ts';

type ExecuteFn = (args: { signal?: AbortSignal }) => unknown;

/**
 * Per operation only an AbortController and a timer: the TIMEOUT error (a stack trace to capture) is made
 * when the deadline passes, and the wrapped execute function is made once per executor, not per request.
 */
export function deadlinePlugin(timeoutMs: number): Plugin {
  const withDeadline = new WeakMap<ExecuteFn, ExecuteFn>();
  const wrap = (executeFn: ExecuteFn): ExecuteFn => (args) => {
    const deadline = new AbortController();
    // The executor stops resolving further fields once its signal aborts; keep the client's too.
    const clientSignal = args.signal;
    const signal = clientSignal ? AbortSignal.any([clientSignal, deadline.signal]) : deadline.signal;
    let timedOut: GraphQLError | undefined;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        timedOut = timeoutError();
        resolve({ data: null, errors: [timedOut] } satisfies ExecutionResult);
        deadline.abort(timedOut);
      }, timeoutMs);
      let running: unknown;
      try {
        running = executeFn({ ...args, signal });
      } catch (thrown) {
        clearTimeout(timer);
        return reject(thrown);
      }
      Promise.resolve(running).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (thrown: unknown) => {
          clearTimeout(timer);
          // The executor rejects with the abort reason when the deadline wins inside it.
          if (thrown !== undefined && thrown === timedOut) resolve({ data: null, errors: [timedOut] });
          else reject(thrown);
        },
      );
    });
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      let wrapped = withDeadline.get(executeFn as ExecuteFn);
      if (!wrapped) withDeadline.set(executeFn as ExecuteFn, (wrapped = wrap(executeFn as ExecuteFn)));
      setExecuteFn(wrapped as typeof executeFn);
    },
  };
}
