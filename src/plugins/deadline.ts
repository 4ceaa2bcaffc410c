// The whole-operation deadline: an operation still running after OPERATION_TIMEOUT_MS is answered
// with a TIMEOUT error. Its resolvers are told to stop: from then on every resolver of the schema
// refuses to start, so the operation winds down at the next field instead of reaching further into
// the store; store work already sent finishes on its own (every Neo4j transaction carries
// NEO4J_TX_TIMEOUT_MS, so no session is held past that).
//
// Not the executor's abort signal: given one, @graphql-tools/executor races every object's fields
// against it (a Promise.race per object) and checks it before every field, which cost 10–15% of our
// CPU per request. A client's own signal, when one is given, still reaches the executor.
import { isObjectType, type ExecutionResult, type GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../errors.ts';

const PASSED = Symbol('operation deadline passed');

/** What the deadline leaves on the operation's context once it has passed: the TIMEOUT error. */
interface DeadlineState {
  [PASSED]?: GraphQLError;
}

type ExecuteFn = (args: { contextValue?: unknown }) => unknown;

const guarded = new WeakSet<GraphQLSchema>();

/** Makes every resolver of `schema` refuse to start once its operation's deadline has passed (once per schema). */
export function stopResolversAtDeadline(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      // A field without a resolver reads a property of its parent: nothing to stop.
      if (!resolve) continue;
      field.resolve = guard(resolve);
    }
  }
}

/** Throws the operation's TIMEOUT error once its deadline has passed: for work that waited its turn. */
export function throwIfDeadlinePassed(context: unknown): void {
  const passed = (context as DeadlineState | null | undefined)?.[PASSED];
  if (passed) throw passed;
}

function guard(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    throwIfDeadlinePassed(context);
    return resolve(source, args, context, info);
  };
}

/**
 * Per operation only a timer: the TIMEOUT error (a stack trace to capture) is made when the deadline
 * passes, and the wrapped execute function is made once per executor, not per request.
 */
export function deadlinePlugin(timeoutMs: number): Plugin {
  const withDeadline = new WeakMap<ExecuteFn, ExecuteFn>();
  const wrap =
    (executeFn: ExecuteFn): ExecuteFn =>
    (args) =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          const error = timeoutError();
          if (typeof args.contextValue === 'object' && args.contextValue !== null) (args.contextValue as DeadlineState)[PASSED] = error;
          resolve({ data: null, errors: [error] } satisfies ExecutionResult);
        }, timeoutMs);
        let running: unknown;
        try {
          running = executeFn(args);
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
            reject(thrown);
          },
        );
      });
  return {
    onSchemaChange({ schema }) {
      stopResolversAtDeadline(schema);
    },
    onExecute({ executeFn, setExecuteFn }) {
      let wrapped = withDeadline.get(executeFn as ExecuteFn);
      if (!wrapped) withDeadline.set(executeFn as ExecuteFn, (wrapped = wrap(executeFn as ExecuteFn)));
      setExecuteFn(wrapped as typeof executeFn);
    },
  };
}
