// Writes explorer/src/api-types.ts: the TypeScript type of the answer to each operation the explorer sends
// (QUERIES in explorer/src/api.ts), read from schema.graphql. `npm run typecheck` runs it before checking
// the explorer, so an operation that reads a field schema.graphql no longer has fails there, and so does
// every line of the explorer that reads a field whose type changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  validate,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { QUERIES } from '../explorer/src/api.ts';

const ROOT = new URL('..', import.meta.url);
const OUTPUT = new URL('explorer/src/api-types.ts', ROOT);
const SCALARS: Record<string, string> = { Int: 'number', Float: 'number', String: 'string', ID: 'string', Boolean: 'boolean' };

/** The fields a selection set takes from one object type, in order, inline fragments for that type included. */
function fieldsOn(type: GraphQLObjectType, selectionSet: SelectionSetNode, schema: GraphQLSchema): [string, string][] {
  const fields: [string, string][] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const key = selection.alias?.value ?? name;
      if (name === '__typename') fields.push([key, `'${type.name}'`]);
      else fields.push([key, typeOf(type.getFields()[name] as GraphQLField<unknown, unknown>, selection.selectionSet, schema)]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
      const applies = !condition || condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));
      if (applies) fields.push(...fieldsOn(type, selection.selectionSet, schema));
    } else {
      throw new Error(`Fragment spreads are not supported here: ...${selection.name.value}`);
    }
  }
  return fields;
}

function objectOf(type: GraphQLObjectType, selectionSet: SelectionSetNode, schema: GraphQLSchema): string {
  const fields = new Map(fieldsOn(type, selectionSet, schema));
  return `{ ${[...fields].map(([key, value]) => `${key}: ${value}`).join('; ')} }`;
}

function namedTypeOf(type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, schema: GraphQLSchema): string {
  if (isScalarType(type)) return SCALARS[type.name] ?? 'unknown';
  if (isEnumType(type)) return type.name;
  if (!selectionSet) throw new Error(`${type.name} needs a selection`);
  if (isObjectType(type)) return objectOf(type, selectionSet, schema);
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => objectOf(possible, selectionSet, schema)).join(' | ');
  throw new Error(`Unexpected output type ${type.name}`);
}

function outputTypeOf(type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined, schema: GraphQLSchema): string {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const value = isListType(inner) ? `Array<${outputTypeOf(inner.ofType, selectionSet, schema)}>` : namedTypeOf(getNamedType(inner), selectionSet, schema);
  if (!nullable) return value;
  return `${value.includes(' | ') ? `(${value})` : value} | null`;
}

function typeOf(field: GraphQLField<unknown, unknown>, selectionSet: SelectionSetNode | undefined, schema: GraphQLSchema): string {
  return outputTypeOf(field.type, selectionSet, schema);
}

/** The source of api-types.ts for a schema; throws when an operation of the explorer does not fit it. */
export function explorerTypesOf(schemaSource: string): string {
  const schema = buildSchema(schemaSource);
  const lines = ['// Written by tools/explorer-types.ts from schema.graphql and the operations in api.ts (npm run typecheck); do not edit.', ''];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isEnumType(type) && !type.name.startsWith('__')) lines.push(`export type ${type.name} = ${type.getValues().map((value) => `'${value.name}'`).join(' | ')};`);
  }
  lines.push('');
  for (const [name, text] of Object.entries(QUERIES)) {
    const document = parse(text);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`The explorer's ${name} query does not fit schema.graphql: ${errors.map((error) => error.message).join('; ')}`);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) throw new Error(`The explorer's ${name} query must be one named operation`);
      lines.push(`export type ${definition.name.value}Query = ${objectOf(schema.getQueryType()!, definition.selectionSet, schema)};`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const output = explorerTypesOf(readFileSync(new URL('schema.graphql', ROOT), 'utf8'));
  let previous = '';
  try {
    previous = readFileSync(OUTPUT, 'utf8');
  } catch {}
  if (output !== previous) writeFileSync(OUTPUT, output);
}
