import { z } from 'zod';
import { ACTOR_CATEGORIES, type ActorCategory } from '../../src/graph/model.ts';
import { OBJECTIVE_COUNT } from '../../src/graph/paragraph-ref.ts';

/** The curated registry (seed/registry.json): data the source document takes for granted. */
export interface RegistryActor {
  key: string;
  name: string;
  category: ActorCategory;
  /** Lower-case phrases that name the actor in quote text. */
  aliases: string[];
}

export interface Registry {
  actors: RegistryActor[];
  objectives: { number: number; title: string }[];
  /** Quote-group heading, verbatim → the actor its quotes are filed under, or null. */
  sectionActors: Record<string, string | null>;
  /** Reference-table wording slug → the actors it refers to. */
  phraseActors: Record<string, string[]>;
  /** Actor wording of the summary statements → actor key. */
  summaryActors: Record<string, string>;
}

/** The actors the API contract requires. */
export const REQUIRED_ACTOR_KEYS = [
  'iscm', 'rcp', 'gfmd', 'iom-idm', 'micic',
  'international-organizations', 'un-regional-economic-commissions', 'iom',
  'un-network-on-migration', 'global-migration-group', 'imrf', 'un-hld',
  'financial-institutions', 'international-financial-institutions',
  'civil-society', 'trade-unions', 'local-authorities', 'private-sector', 'diasporas',
] as const;

/** The registry is unusable, or does not cover the source (e.g. an unknown heading). Its message is one line. */
export class RegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid registry: ${problems.join('; ')}`);
    this.name = 'RegistryError';
  }
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const registrySchema = z.object({
  actors: z.array(
    z.object({
      key: z.string().regex(KEBAB),
      name: z.string().min(1),
      category: z.enum(ACTOR_CATEGORIES),
      aliases: z.array(z.string().min(2)),
    }),
  ),
  objectives: z.array(z.object({ number: z.number().int(), title: z.string().min(1) })),
  sectionActors: z.record(z.string(), z.string().nullable()),
  phraseActors: z.record(z.string(), z.array(z.string())),
  summaryActors: z.record(z.string(), z.string()),
});

/** Validates parsed JSON as a Registry; throws RegistryError listing every problem. */
export function parseRegistry(json: unknown): Registry {
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    throw new RegistryError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const registry: Registry = parsed.data;
  assertValidRegistry(registry);
  return registry;
}

/** Cross-checks a registry: unique keys, required actors, objectives 1..23, known actor keys everywhere. */
export function assertValidRegistry(registry: Registry): void {
  const problems = registryProblems(registry);
  if (problems.length > 0) throw new RegistryError(problems);
}

function registryProblems(registry: Registry): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const actor of registry.actors) {
    if (keys.has(actor.key)) problems.push(`actors: duplicate key "${actor.key}"`);
    keys.add(actor.key);
    for (const alias of actor.aliases) {
      if (alias !== alias.toLowerCase() || alias !== alias.trim() || /\s{2}/.test(alias)) {
        problems.push(`actors.${actor.key}: alias "${alias}" must be lower-case and single-spaced`);
      }
    }
    if (new Set(actor.aliases).size !== actor.aliases.length) problems.push(`actors.${actor.key}: duplicate alias`);
  }
  for (const key of REQUIRED_ACTOR_KEYS) {
    if (!keys.has(key)) problems.push(`actors: required actor "${key}" is missing`);
  }
  const numbers = registry.objectives.map((objective) => objective.number).sort((a, b) => a - b);
  const expected = Array.from({ length: OBJECTIVE_COUNT }, (_, index) => index + 1);
  if (numbers.join() !== expected.join()) problems.push(`objectives: must be exactly 1..${OBJECTIVE_COUNT}, once each`);

  const checkKey = (where: string, key: string) => {
    if (!keys.has(key)) problems.push(`${where}: unknown actor "${key}"`);
  };
  for (const [heading, key] of Object.entries(registry.sectionActors)) if (key !== null) checkKey(`sectionActors["${heading}"]`, key);
  for (const [slug, actorKeys] of Object.entries(registry.phraseActors)) {
    if (!KEBAB.test(slug)) problems.push(`phraseActors: "${slug}" is not a slug`);
    for (const key of actorKeys) checkKey(`phraseActors["${slug}"]`, key);
  }
  for (const [wording, key] of Object.entries(registry.summaryActors)) checkKey(`summaryActors["${wording}"]`, key);
  return problems;
}
