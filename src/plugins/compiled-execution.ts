// Operations compiled to JavaScript by graphql-jit (through @envelop/graphql-jit) instead of walked by
// graphql-js: on the embedded store executing GraphQL is most of a request's CPU. Compiled execution
// answers exactly as graphql-js does, or graphql-js answers instead:
// - only queries are compiled, and none that carries @defer or @stream (graphql-jit executes neither);
//   graphql-js gives a mutation or subscription its validation error, as the schema has neither;
// - variables are coerced by graphql-js first: when they are wrong, graphql-js answers with its messages;
// - graphql-jit's errors (a class of its own, with locations but no nodes) become graphql-js errors with
//   the same message, path, locations, extensions and original error, before Yoga masks them.
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  BREAK,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type Source,
  type SourceLocation,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

function carriesDeferOrStream(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'defer' && directive.name.value !== 'stream') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Whether graphql-jit may execute the operation: a query without @defer/@stream whose variables graphql-js accepts. */
function compilable(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query' || carriesDeferOrStream(args.document)) return false;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>, { maxErrors: 50 });
  return coerced.errors === undefined;
}

/** The offset in `source` of a line and column, as GraphQLError takes positions. */
function positionOf(source: Source, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = source.body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

interface CompiledError {
  message: string;
  locations?: readonly SourceLocation[];
  path?: readonly (string | number)[];
  originalError?: Error;
  extensions?: Record<string, unknown>;
}

/**
 * graphql-jit's errors pass `instanceof GraphQLError` (their prototype is graphql-js's) but hold only message,
 * locations, path, original error and extensions: graphql-js's own always have `nodes`, which Yoga's masking reads.
 */
const isCompiledError = (error: unknown) => error instanceof Error && !Object.prototype.hasOwnProperty.call(error, 'nodes');

/** graphql-jit's error as the graphql-js error graphql-js itself would have raised. */
function asGraphQLError(error: CompiledError, source: Source | undefined): GraphQLError {
  return new GraphQLError(error.message, {
    ...(source && error.locations ? { source, positions: error.locations.map((location) => positionOf(source, location)) } : {}),
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The compiling executor, then the rebuilding of its errors; place them before the plugins that wrap execution (the deadline). */
export function compiledExecutionPlugins(): [ReturnType<typeof useGraphQlJit>, Plugin] {
  return [
    useGraphQlJit({}, { enableIf: compilable }),
    {
      onExecute({ args }) {
        const source = args.document.loc?.source;
        return {
          onExecuteDone({ result, setResult }) {
            const single = result as ExecutionResult;
            if (!single.errors?.some(isCompiledError)) return;
            setResult({ ...single, errors: single.errors.map((error) => (isCompiledError(error) ? asGraphQLError(error as CompiledError, source) : error)) });
          },
        };
      },
    },
  ];
}
