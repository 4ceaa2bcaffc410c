// The query planner: which lists below a node a store call can bring along, read from what the fields
// of the schema declare, never from their names. A field that reads a list declares it (`reads`); a field
// of a link edge declares how much of each link it reads (`readsOfLink`); a field that reads no row of its
// list declares that (`readsNoRows`, a connection's totalCount). Walking a selection with the schema's
// types, through fragments and aliases, the planner finds the fields that will resolve on the nodes of the
// call and the reads they will make. Reads of one list fold into the call only when every selection of it
// agrees on its arguments (Pothos's Prisma planner follows the same rule); otherwise each field loads its
// own, a level later, batched by its loader. The fields' resolvers build their read with the same
// function (readFor), so the read a call brings along is the read the field asks for.
// The properties of the nodes an operation reads come from the same declarations: an exposed property
// declares itself, a computed field declares what it reads (`readsProperties`, `readsNodeProperties`),
// and projectionOf gathers them over the whole document once, for every store call of the operation.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLList,
  GraphQLSkipDirective,
  GraphQLIncludeDirective,
  getDirectiveValues,
  isAbstractType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';
import { NODE_KINDS, type NodeKind, type NodeOfKind } from '../graph/model.ts';
import type { FacetDimension, LinkRelationName, RelationName } from '../graph/catalogue.ts';
import { canInclude, WHOLE_LIST, type LinkDetail, type ListPage, type ListQuery, type Page, type Projection, type Read } from '../store/graph-store.ts';
import { pageOf, type ConnectionArgs } from './pagination.ts';
import { PlanMemo, selectionVariant } from './plan-memo.ts';

/** What a field reads below its parent node: a relation of the catalogue, or the node's actor–objective links. */
export type ReadDeclaration = { relation: RelationName } | { links: LinkRelationName };

/** The extensions a field declares to the planner. */
export interface PlannerExtensions {
  reads?: ReadDeclaration;
  /** On a field of a link edge: how much of each link it reads, given its arguments. */
  readsOfLink?: (args: Record<string, unknown>) => LinkDetail;
  /** On a field that reads none of its list's rows (a connection's totalCount): a list selecting only these is only counted. */
  readsNoRows?: true;
  /** On a connection's field that answers the list's facets: its selection says which dimensions to count. */
  readsFacets?: true;
  /** On a field of a facets type: the dimension it answers (FACETS in the catalogue). */
  facetDimension?: FacetDimension;
  /** On a field of a node type: the properties of its node it reads, beside `key` (always sent). An exposed property (`t.exposeString('text')`) needs none: it declares itself. */
  readsProperties?: readonly string[];
  /** The properties of other nodes its resolver reads, by kind: the nodes it returns or holds (a filter on a property of its list, a name made from a node). */
  readsNodeProperties?: Projection;
}

/** The key under which Pothos records the property an exposed field reads (`t.expose*`), in the field's extensions. */
const EXPOSED_PROPERTY = 'pothosExposedField';

/** The links of no detail: their basis and ends only. */
const BARE_LINKS: LinkDetail = { quotesPerLink: 0, paragraphs: false };

type Fields = Map<string, FieldNode[]>;

function declared(field: GraphQLField<unknown, unknown> | undefined): PlannerExtensions {
  return (field?.extensions ?? {}) as PlannerExtensions;
}

function included(node: { directives?: readonly unknown[] }, info: GraphQLResolveInfo): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
  return include?.if !== false;
}

/** The fields of selection sets on `type`, by response key, through fragments that apply to it (graphql-js's collectFields). */
function collectFields(type: GraphQLObjectType, selectionSets: readonly (SelectionSetNode | undefined)[], info: GraphQLResolveInfo, into: Fields = new Map()): Fields {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition && info.schema.getType(fragment.typeCondition.name.value);
      const applies = !condition || condition === type || (!isObjectType(condition) && info.schema.isSubType(condition as never, type));
      if (applies) collectFields(type, [fragment.selectionSet], info, into);
    }
  }
  return into;
}

const isNodeType = (type: GraphQLObjectType) => (NODE_KINDS as readonly string[]).includes(type.name);

/**
 * Every selection of the nodes that `fields` (of type `type`) resolve to: the fields themselves when
 * they are nodes, else those found through the wrappers between (a connection's edges and nodes).
 */
function nodeSelections(type: GraphQLObjectType, fields: readonly FieldNode[], info: GraphQLResolveInfo): { type: GraphQLObjectType; fields: Fields }[] {
  if (isNodeType(type)) return [{ type, fields: collectFields(type, fields.map((field) => field.selectionSet), info) }];
  const found: { type: GraphQLObjectType; fields: Fields }[] = [];
  for (const [, group] of collectFields(type, fields.map((field) => field.selectionSet), info)) {
    const definition = type.getFields()[group[0]!.name.value];
    const inner = definition && getNamedType(definition.type);
    if (inner && isObjectType(inner) && !declared(definition).reads) found.push(...nodeSelections(inner, group, info));
  }
  return found;
}

/** How much of each link the selection of a links field reads: the most that any field under it declares. */
function linkDetailOf(type: GraphQLObjectType, fields: readonly FieldNode[], info: GraphQLResolveInfo): LinkDetail {
  let detail = BARE_LINKS;
  for (const [, group] of collectFields(type, fields.map((field) => field.selectionSet), info)) {
    const definition = type.getFields()[group[0]!.name.value];
    if (!definition) continue;
    const { readsOfLink } = declared(definition);
    if (readsOfLink) {
      const wanted = readsOfLink(getArgumentValues(definition, group[0]!, info.variableValues));
      detail = {
        quotesPerLink: detail.quotesPerLink === null || wanted.quotesPerLink === null ? null : Math.max(detail.quotesPerLink, wanted.quotesPerLink),
        paragraphs: detail.paragraphs || wanted.paragraphs,
      };
    }
    const inner = getNamedType(definition.type);
    // Into the wrappers (edges), not into the nodes at the other end: their fields are the next level's.
    if (isObjectType(inner) && !isNodeType(inner)) {
      const below = linkDetailOf(inner, group, info);
      detail = {
        quotesPerLink: detail.quotesPerLink === null || below.quotesPerLink === null ? null : Math.max(detail.quotesPerLink, below.quotesPerLink),
        paragraphs: detail.paragraphs || below.paragraphs,
      };
    }
  }
  return detail;
}

/** Whether the selection of a list field reads only what needs no row (totalCount, __typename). */
function readsNoRows(type: GraphQLObjectType, fields: readonly FieldNode[], info: GraphQLResolveInfo): boolean {
  for (const [, group] of collectFields(type, fields.map((field) => field.selectionSet), info)) {
    const definition = type.getFields()[group[0]!.name.value];
    // No definition: __typename, which reads no row either.
    if (definition && !declared(definition).readsNoRows) return false;
  }
  return true;
}

/** The read of a field that declares one, for the page given: what its resolver asks its loader and what a parent's call may bring along. */
function readOf(definition: GraphQLField<unknown, unknown>, fields: readonly FieldNode[], page: Page, info: GraphQLResolveInfo): Read | null {
  const declaration = declared(definition).reads;
  if (!declaration) return null;
  if ('relation' in declaration) return { relation: declaration.relation, page };
  const type = getNamedType(definition.type) as GraphQLObjectType;
  if (readsNoRows(type, fields, info)) return { links: declaration.links, detail: BARE_LINKS, page: { offset: page.offset, limit: 0 } };
  return { links: declaration.links, detail: linkDetailOf(type, fields, info), page };
}

/** The read of the field resolving now, for the page its connection asks (a plain list: the whole list). */
export function readFor(info: GraphQLResolveInfo, page: Page = WHOLE_LIST): Read {
  const place = placeOf(info);
  if (place === null) return planRead(info, page);
  // A list field resolves once per parent node: its read is planned once per operation and page.
  return readPlans.get(info.schema, info.operation, `${place}|${page.offset}|${page.limit}`, () => planRead(info, page));
}

const readPlans = new PlanMemo<Read>();

function planRead(info: GraphQLResolveInfo, page: Page): Read {
  const definition = info.parentType.getFields()[info.fieldName]!;
  const read = readOf(definition, info.fieldNodes, page, info);
  if (!read) throw new Error(`${info.parentType.name}.${info.fieldName} declares no read`);
  return read;
}

/** The page a field's arguments ask for, as its resolver will: a plain list, all of it; a connection, its window; null when unknown before a count. */
function pageOfField(definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>, config: Config): Page | null {
  if (getNullableType(definition.type) instanceof GraphQLList) return WHOLE_LIST;
  try {
    return pageOf(args as ConnectionArgs, config);
  } catch {
    // Arguments the field will refuse: its resolver says why, with nothing brought along for it.
    return null;
  }
}

/**
 * The reads that the fields on the nodes of the field resolving now will make and that its store call
 * (`into`) can bring along: for each list below, the one read that every selection of it agrees on.
 */
export function includesFor(info: GraphQLResolveInfo, config: Config, into: { nodesOf: NodeKind } | { listOf: NodeKind }): Read[] {
  const place = placeOf(info);
  if (place === null) return planIncludes(info, config, into);
  return includePlans.get(config, info.operation, `${place}|${'nodesOf' in into ? `n${into.nodesOf}` : `l${into.listOf}`}`, () => planIncludes(info, config, into));
}

/**
 * The field resolving now as a memo's variant: its parent type, its nodes' offsets in the document
 * (which name its selection) and the variables when its selection reads any; null when the nodes have no location.
 */
function placeOf(info: GraphQLResolveInfo): string | null {
  let offsets = '';
  for (const node of info.fieldNodes) {
    if (!node.loc) return null;
    offsets += `${node.loc.start},`;
  }
  return `${info.parentType.name}|${offsets}|${selectionVariant(info.fieldNodes, info.variableValues)}`;
}

/** The includes of repeated operations: their plans are the same each time. */
const includePlans = new PlanMemo<Read[]>();

function planIncludes(info: GraphQLResolveInfo, config: Config, into: { nodesOf: NodeKind } | { listOf: NodeKind }): Read[] {
  const returned = getNamedType(info.returnType);
  if (!isObjectType(returned)) return [];
  const wanted = new Map<string, Read | null>();
  for (const { type, fields } of nodeSelections(returned, info.fieldNodes, info)) {
    for (const [, group] of fields) {
      const definition = type.getFields()[group[0]!.name.value];
      if (!definition || !declared(definition).reads) continue;
      const page = pageOfField(definition, getArgumentValues(definition, group[0]!, info.variableValues), config);
      const read = page && readOf(definition, group, page, info);
      const list = JSON.stringify(declared(definition).reads);
      const agreed = wanted.has(list) ? wanted.get(list) : read;
      wanted.set(list, agreed && read && JSON.stringify(agreed) === JSON.stringify(read) ? agreed : null);
    }
  }
  return [...wanted.values()].filter((read): read is Read => read !== null && canInclude(into, read));
}

/**
 * The facet dimensions the selection of the field resolving now asks for: the fields declaring a
 * `facetDimension` in its returned type, directly (a search's facets) or under a field that declares it
 * `readsFacets` (a connection's facets). None selected: the store counts nothing.
 */
export function facetsFor(info: GraphQLResolveInfo): FacetDimension[] {
  const found = new Set<FacetDimension>();
  const visit = (type: GraphQLObjectType, fields: readonly FieldNode[]) => {
    for (const [, group] of collectFields(type, fields.map((field) => field.selectionSet), info)) {
      const definition = type.getFields()[group[0]!.name.value];
      const { facetDimension, readsFacets } = declared(definition);
      if (facetDimension) found.add(facetDimension);
      const inner = definition && getNamedType(definition.type);
      if (readsFacets && inner && isObjectType(inner)) visit(inner, group);
    }
  };
  const returned = getNamedType(info.returnType);
  if (isObjectType(returned)) visit(returned, info.fieldNodes);
  return [...found];
}

/** A page of a list, with what its nodes' selected fields read brought along when the store can, and the facets selected: one store call, not one per level. */
export async function listPlanned<Q extends ListQuery>(query: Q, page: Page, context: Context, info: GraphQLResolveInfo): Promise<ListPage<Q['kind']>> {
  const found = await context.store.list(query, page, includesFor(info, context.config, { listOf: query.kind }), facetsFor(info), context.projection);
  context.loaders.primeIncluded(found.included);
  return found;
}

/** One node by key, with the lists its selected fields read brought along when the store can: one store call, not one per level. */
export async function loadPlanned<K extends NodeKind>(kind: K, key: string, context: Context, info: GraphQLResolveInfo): Promise<NodeOfKind<K> | null> {
  const include = includesFor(info, context.config, { nodesOf: kind });
  if (include.length === 0) return context.loaders.node(kind).load(key);
  const found = await context.store.nodesByKey(kind, [key], include, context.projection);
  const node = found.nodes[0] ?? null;
  if (node) context.loaders.node(kind).prime(key, node);
  context.loaders.primeIncluded(found.included);
  return node;
}

/** The properties of its node that a field of a node type reads: declared, or the one it exposes. */
function propertiesReadBy(field: GraphQLField<unknown, unknown>): readonly string[] {
  const exposed = field.extensions[EXPOSED_PROPERTY];
  return declared(field).readsProperties ?? (typeof exposed === 'string' ? [exposed] : []);
}

/**
 * The properties of each kind of node that some field of the document reads: every selection of every
 * operation and fragment, a field selected on an interface or union counting for each node type that can
 * be there. Over, never under: @skip and @include are ignored and a fragment counts wherever it is spread.
 */
function collectProjection(schema: GraphQLSchema, document: DocumentNode): Projection {
  const found = new Map<string, Set<string>>();
  const add = (kind: string, properties: readonly string[]) => {
    if (properties.length === 0) return;
    const into = found.get(kind) ?? found.set(kind, new Set()).get(kind)!;
    for (const property of properties) into.add(property);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const types = !parent ? [] : isAbstractType(parent) ? schema.getPossibleTypes(parent) : isObjectType(parent) ? [parent] : [];
        for (const type of types) {
          const definition = type.getFields()[node.name.value];
          if (!definition) continue;
          if (isNodeType(type)) add(type.name, propertiesReadBy(definition));
          for (const [kind, properties] of Object.entries(declared(definition).readsNodeProperties ?? {})) add(kind, properties ?? []);
        }
      },
    }),
  );
  return Object.fromEntries([...found].map(([kind, properties]) => [kind, [...properties].sort()]));
}

const projections = new WeakMap<DocumentNode, Projection>();

/**
 * The projection of an operation: what every store call it makes sends of each kind of node. Made once
 * per parsed document (Yoga reuses parsed documents), so every request of one document shares it.
 */
export function projectionOf(schema: GraphQLSchema, document: DocumentNode): Projection {
  let projection = projections.get(document);
  if (!projection) {
    projection = collectProjection(schema, document);
    projections.set(document, projection);
  }
  return projection;
}
