// The cost of an operation, computed where its variables are known: graphql-armor's cost limit reads
// literals only, so `first: $n` counted 1 and `paths` cost what a scalar costs. Two figures, each with
// its limit, both LIMIT_EXCEEDED before any resolver runs:
// - the page cost (MAX_COST): objects 2, scalars 1, ×1.5 per level, × each field's `first` or `last`;
// - the research work (MAX_OPERATION_WORK): the sum of what path, neighbourhood and network fields
//   declare (src/schema/work.ts), times the pages they sit in.
// Fields that declare LANE_MIN_WORK or more then run through the research lane: RESEARCH_CONCURRENCY
// places per process, a call taking the share of a place its work declares (a whole one from
// LANE_PLACE_WORK), so that long searches queue behind each other instead of taking every store
// thread from the light requests, while small ones run side by side.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { PlanMemo, variablesVariant } from '../schema/plan-memo.ts';
import { LANE_MIN_WORK, LANE_PLACE_WORK, researchWorkOf, type WorkEstimate } from '../schema/work.ts';
import { throwIfDeadlinePassed } from './deadline.ts';
import { limitRejection } from './limits.ts';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

export interface OperationCost {
  /** Page cost: what the response may hold. */
  cost: number;
  /** Research work: what the store may have to consider to answer. */
  work: number;
}

interface Walk {
  schema: GraphQLSchema;
  config: Config;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Each fragment's cost once walked (a spread of it again costs the same), -1 while walking it (a cycle costs nothing more). */
  fragmentCosts: Map<string, number>;
  work: number;
}

/**
 * The operation's page cost and research work with its variables resolved; null when the variables or
 * the operation don't resolve (execution reports that with its own error).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | undefined, config: Config): OperationCost | null {
  return costs.get(config, document, `${operationName ?? ''}|${variablesVariant(rawVariables)}`, () => measureOperation(schema, document, operationName, rawVariables, config));
}

/** Costs of repeated operations (a parsed document is reused; the schema of an app does not change under it). */
const costs = new PlanMemo<OperationCost | null>();

function measureOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | undefined, config: Config): OperationCost | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const walk: Walk = {
    schema,
    config,
    variables: coerced.coerced,
    fragments: new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])),
    fragmentCosts: new Map(),
    work: 0,
  };
  let cost = 0;
  for (const selection of operation.selectionSet.selections) cost += selectionCost(walk, root, selection, 1);
  return { cost, work: walk.work };
}

/** The cost of one selection under `parent`; `pages` is how many times it may be resolved (the product of the pages above it). */
function selectionCost(walk: Walk, parent: GraphQLCompositeType, selection: SelectionSetNode['selections'][number], pages: number): number {
  if (selection.kind === Kind.FRAGMENT_SPREAD) {
    const name = selection.name.value;
    const known = walk.fragmentCosts.get(name);
    if (known !== undefined) return SCALAR_COST + DEPTH_FACTOR * Math.max(known, 0);
    const fragment = walk.fragments.get(name);
    if (!fragment) return SCALAR_COST;
    walk.fragmentCosts.set(name, -1);
    const type = (walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) ?? parent;
    const fragmentCost = setCost(walk, type, fragment.selectionSet, pages);
    walk.fragmentCosts.set(name, fragmentCost);
    return SCALAR_COST + DEPTH_FACTOR * fragmentCost;
  }
  if (selection.kind === Kind.INLINE_FRAGMENT) {
    const type = selection.typeCondition ? ((walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) ?? parent) : parent;
    return setCost(walk, type, selection.selectionSet, pages);
  }
  return fieldCost(walk, parent, selection, pages);
}

/** A fragment's cost as graphql-armor counts it: an object holding its selections. */
function setCost(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode, pages: number): number {
  let cost = OBJECT_COST;
  for (const child of selectionSet.selections) cost += DEPTH_FACTOR * selectionCost(walk, type, child, pages);
  return cost;
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, pages: number): number {
  // GraphiQL's introspection query is free, as graphql-armor had it; `__type` is not.
  if (node.name.value === '__schema') return 0;
  const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
  const args = field ? argumentsOf(field, node, walk.variables) : null;
  const estimate = field && researchWorkOf(field);
  if (estimate && args) walk.work += pages * estimate(args, walk.config);
  if (!node.selectionSet) return SCALAR_COST;
  if (!field) return OBJECT_COST;
  const page = args ? pageOf(args) : 1;
  const type = getNamedType(field.type) as GraphQLCompositeType;
  let cost = OBJECT_COST;
  for (const child of node.selectionSet.selections) cost += DEPTH_FACTOR * selectionCost(walk, type, child, pages * page);
  return cost * page;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // An argument that does not coerce: execution answers it with its own error.
    return null;
  }
}

/**
 * The page a field returns: `first` or `last`, as a literal or a variable alike. Without either it
 * counts 1, as graphql-armor counted it: the default page (DEFAULT_PAGE_SIZE) is small.
 */
function pageOf(args: Record<string, unknown>): number {
  const size = (args.first ?? args.last) as number | null | undefined;
  return typeof size === 'number' ? Math.max(1, size) : 1;
}

/**
 * FIFO admission of calls by their work: at most `places` × LANE_PLACE_WORK declared work runs at
 * once, a call counting its work up to a whole place. A call waits while any call before it waits,
 * so a newcomer cannot overtake a long search waiting for room.
 */
export class Lane {
  private running = 0;
  private readonly waiting: { work: number; admit: () => void }[] = [];
  private readonly capacity: number;

  constructor(places: number) {
    this.capacity = places * LANE_PLACE_WORK;
  }

  async run<T>(work: () => T | Promise<T>, declaredWork = LANE_PLACE_WORK): Promise<T> {
    const taken = Math.min(Math.max(1, Math.ceil(declaredWork)), LANE_PLACE_WORK);
    if (this.waiting.length > 0 || this.running + taken > this.capacity) await new Promise<void>((admit) => this.waiting.push({ work: taken, admit }));
    else this.running += taken;
    try {
      return await work();
    } finally {
      this.running -= taken;
      this.admitWaiting();
    }
  }

  /** Admits the calls at the head of the line while they fit: their room is taken before they run. */
  private admitWaiting(): void {
    while (this.waiting.length > 0 && this.running + this.waiting[0]!.work <= this.capacity) {
      const next = this.waiting.shift()!;
      this.running += next.work;
      next.admit();
    }
  }
}

const LANE = Symbol('research lane');

interface LaneState {
  [LANE]?: Lane;
}

const laned = new WeakSet<GraphQLSchema>();

/** Makes every field of `schema` that declares research work run through its operation's lane (once per schema). */
function runResearchThroughLane(schema: GraphQLSchema): void {
  if (laned.has(schema)) return;
  laned.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      const estimate = researchWorkOf(field);
      if (!resolve || !estimate) continue;
      field.resolve = throughLane(resolve, estimate);
    }
  }
}

function throughLane(resolve: GraphQLFieldResolver<unknown, unknown>, estimate: WorkEstimate): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const lane = (context as LaneState | null | undefined)?.[LANE];
    const work = lane && estimate(args, (context as Context).config);
    if (!lane || !work || work < LANE_MIN_WORK) return resolve(source, args, context, info);
    return lane.run(() => {
      // A call that waited past its operation's deadline is not started: nobody awaits its answer.
      throwIfDeadlinePassed(context);
      return resolve(source, args, context, info);
    }, work);
  };
}

/** Refuses an operation over MAX_COST or MAX_OPERATION_WORK before execution; runs research fields through one lane per app. */
export function operationCostPlugin(config: Config): Plugin {
  const lane = new Lane(config.RESEARCH_CONCURRENCY);
  return {
    onSchemaChange({ schema }) {
      runResearchThroughLane(schema);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const measured = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined, config);
      if (measured && measured.cost > config.MAX_COST) {
        setResultAndStopExecution({ errors: [limitRejection(`Query Cost limit of ${config.MAX_COST} exceeded, found ${Math.round(measured.cost)}.`)] });
        return;
      }
      if (measured && measured.work > config.MAX_OPERATION_WORK) {
        setResultAndStopExecution({
          errors: [
            limitRejection(
              `The operation asks for ${Math.round(measured.work)} units of research work (paths, neighbourhoods, networks); the limit is ${config.MAX_OPERATION_WORK} (MAX_OPERATION_WORK). Split it into several requests, or lower first or maxHops.`,
            ),
          ],
        });
        return;
      }
      if (typeof args.contextValue === 'object' && args.contextValue !== null) (args.contextValue as LaneState)[LANE] = lane;
    },
  };
}
