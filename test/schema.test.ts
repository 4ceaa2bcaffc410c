import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES } from '../src/graph/model.ts';
import { printedSchema, SCHEMA_FILE } from '../src/schema/print.ts';

const enumValues = (sdl: string, name: string) => new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)?.[1]?.trim().split(/\s+/);

describe('schema.graphql', () => {
  it('is the SDL printed from the Pothos schema (run `npm run schema:print` after an API change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('has a node type for every kind of the model, and every kind and relationship type in its enums', () => {
    const sdl = printedSchema();
    expect(enumValues(sdl, 'NodeKind')).toEqual([...NODE_KINDS]);
    expect(enumValues(sdl, 'RelationshipType')).toEqual([...RELATIONSHIP_TYPE_NAMES]);
    for (const kind of NODE_KINDS) expect(sdl, kind).toMatch(new RegExp(`\\ntype ${kind} implements Node \\{`));
  });

  it('has every name of the API contract', () => {
    const sdl = printedSchema();
    const fields: Record<string, string[]> = {
      Query: [
        'node', 'actors', 'actor', 'objectives', 'objective', 'paragraph', 'paragraphs', 'referencePhrases', 'entryPoints', 'search', 'shortestPath', 'neighbourhood',
        // The research queries (README, For researchers).
        'allShortestPaths', 'paths', 'coMentions', 'actorNetwork', 'coverage', 'compareActors', 'quotes',
      ],
      Actor: ['id', 'key', 'name', 'category', 'aliases', 'objectives', 'mentions', 'paragraphs', 'referencePhrases'],
      Objective: ['id', 'number', 'title', 'shortTitle', 'paragraph', 'paragraphs', 'actors', 'entryPoints'],
      Paragraph: ['id', 'ref', 'number', 'letter', 'section', 'objective', 'quotes', 'actors', 'referencePhrases', 'text'],
      Quote: ['id', 'text', 'highlights', 'paragraph', 'actors', 'sourceLine'],
      ReferencePhrase: ['id', 'wording', 'group', 'paragraphs', 'actors'],
      EntryPoint: ['id', 'level', 'objective', 'action', 'engagement'],
      ActorObjectiveEdge: ['basis', 'paragraphs', 'quotes', 'node'],
      ObjectiveActorEdge: ['basis', 'paragraphs', 'quotes', 'node'],
      SearchHit: ['score', 'snippet', 'node'],
      Path: ['length', 'nodes', 'relationships', 'steps', 'sentence'],
      PathStep: ['from', 'to', 'relationship', 'phrase'],
      CoMention: ['actor', 'weight', 'paragraphs'],
      ActorNetwork: ['nodes', 'edges'],
      WeightedEdge: ['from', 'to', 'weight', 'paragraphs'],
      Coverage: ['rows', 'columns', 'cells'],
      CoverageCell: ['actor', 'objective', 'paragraphCount', 'quoteCount', 'basis'],
      ActorComparison: ['a', 'b', 'shared', 'onlyA', 'onlyB'],
      Subgraph: ['nodes', 'edges'],
      SubgraphNode: ['id', 'label', 'name'],
      Relationship: ['type', 'from', 'to'],
    };
    for (const [type, names] of Object.entries(fields)) {
      const body = new RegExp(`type ${type}( implements \\w+)? \\{([^}]*)\\}`).exec(sdl)?.[2];
      expect(body, type).toBeDefined();
      for (const name of names) expect(body, `${type}.${name}`).toMatch(new RegExp(`\\n\\s+${name}[(:]`));
    }
    expect(sdl).toMatch(/enum LinkBasis \{[^}]*QUOTED[^}]*SUMMARY[^}]*ENTRY_POINT/);
    expect(sdl).toMatch(/enum EngagementLevel \{\s*REGIONAL\s*GLOBAL\s*\}/);
    expect(enumValues(sdl, 'NodeKind')).toEqual(expect.arrayContaining(['Actor', 'Objective', 'Paragraph', 'Quote', 'ReferencePhrase', 'EntryPoint']));
    expect(sdl).toMatch(/input PathFilter \{[^}]*relationshipTypes: \[RelationshipType!\][^}]*nodeKinds: \[NodeKind!\]/);
  });
});
