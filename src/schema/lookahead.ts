import { Kind, valueFromASTUntyped, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type { LinkDetail } from '../store/graph-store.ts';

type FieldSelection = { alias?: { value: string }; selectionSet?: SelectionSetNode; arguments?: readonly { name: { value: string }; value: ValueNode }[] };

/** The fields named `name` directly in a selection set, looking through fragments. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo) {
  const found: FieldSelection[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(selection.selectionSet, name, info));
    } else {
      found.push(...fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info));
    }
  }
  return found;
}

/**
 * What the `edges` under an actor–objective connection field read of each link: quotes, as many as the
 * largest `quotes(first: n)` (null when one asks for all, 0 when none asks), and paragraphs when an edge
 * reads them or its quotes (a quote's paragraph is one of them). Lets the store send only that: at scale
 * a link carries thousands of quotes, and counting links needs neither.
 */
export function linkDetailWanted(info: GraphQLResolveInfo): LinkDetail {
  return linkDetailOf(info.fieldNodes, info);
}

/** Whether a connection field reads nothing but its `totalCount` (and `__typename`): then the store need only count. */
export function onlyTotalCount(info: GraphQLResolveInfo): boolean {
  return countOnly(info.fieldNodes, info);
}

function countOnly(fields: readonly FieldSelection[], info: GraphQLResolveInfo): boolean {
  const read = (selectionSet: SelectionSetNode | undefined): string[] =>
    (selectionSet?.selections ?? []).flatMap((selection) =>
      selection.kind === Kind.FIELD
        ? [selection.name.value]
        : read(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet),
    );
  return fields.every((field) => read(field.selectionSet).every((name) => name === 'totalCount' || name === '__typename'));
}

/** linkDetailWanted for the connection fields `fields` (one response key under one parent). */
function linkDetailOf(fields: readonly { selectionSet?: SelectionSetNode }[], info: GraphQLResolveInfo): LinkDetail {
  let quotesPerLink: number | null = 0;
  let paragraphs = false;
  for (const field of fields) {
    for (const edges of fieldsNamed(field.selectionSet, 'edges', info)) {
      if (fieldsNamed(edges.selectionSet, 'paragraphs', info).length > 0) paragraphs = true;
      for (const quotes of fieldsNamed(edges.selectionSet, 'quotes', info)) {
        paragraphs = true;
        const first = quotes.arguments?.find((argument) => argument.name.value === 'first');
        const value = first ? valueFromASTUntyped(first.value, info.variableValues) : null;
        quotesPerLink = typeof value === 'number' && quotesPerLink !== null ? Math.max(quotesPerLink, value) : null;
      }
    }
  }
  return { quotesPerLink, paragraphs };
}

/**
 * For a list of actors (a connection field resolving now), the detail its actors' `objectives` fields
 * will ask the store for, so that the list's store call can bring the links along: null when no actor
 * of the list reads `objectives`, or when its `objectives` fields (aliases, or under both `edges` and
 * `nodes`) would ask for different detail, which one call cannot serve.
 */
export function actorLinksWanted(info: GraphQLResolveInfo): LinkDetail | null {
  const actors = info.fieldNodes.flatMap((connection) => [
    ...fieldsNamed(connection.selectionSet, 'edges', info).flatMap((edges) => fieldsNamed(edges.selectionSet, 'node', info)),
    ...fieldsNamed(connection.selectionSet, 'nodes', info),
  ]);
  return linksWantedUnder(actors, 'objectives', info);
}

/** The same for a plain list of objectives (`Query.objectives`) and their `actors` fields. */
export function objectiveLinksWanted(info: GraphQLResolveInfo): LinkDetail | null {
  // Objective.actors answers a field that only reads totalCount by counting, not from links.
  return linksWantedUnder(info.fieldNodes, 'actors', info, { countedApart: true });
}

/** The one detail that the `linkField` fields under `parents` ask for; null when none reads it or they disagree. */
function linksWantedUnder(parents: readonly FieldSelection[], linkField: string, info: GraphQLResolveInfo, { countedApart = false } = {}): LinkDetail | null {
  // Fields with one response key under one parent resolve together: group them as graphql-js does.
  const groups = new Map<string, FieldSelection[]>();
  parents.forEach((parent, index) => {
    for (const field of fieldsNamed(parent.selectionSet, linkField, info)) {
      const id = `${index}|${field.alias?.value ?? linkField}`;
      groups.set(id, [...(groups.get(id) ?? []), field]);
    }
  });
  const details = [...groups.values()].filter((fields) => !(countedApart && countOnly(fields, info))).map((fields) => linkDetailOf(fields, info));
  if (details.length === 0) return null;
  const [first] = details;
  return details.every((detail) => detail.quotesPerLink === first!.quotesPerLink && detail.paragraphs === first!.paragraphs) ? first! : null;
}

/** Whether the field resolving now selects `path` (field names, one per level, through fragments and aliases). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level: readonly FieldSelection[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((field) => fieldsNamed(field.selectionSet, name, info));
  return level.length > 0;
}
