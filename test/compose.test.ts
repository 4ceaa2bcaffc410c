// docker-compose.yml and the Dockerfile, checked without Docker: names, ports, and that every
// variable given to our services is one src/config.ts reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENVIRONMENT } from '../src/config.ts';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const compose = parse(read('docker-compose.yml'));
const services = compose.services as Record<string, any>;
const configNames = new Set(Object.keys(ENVIRONMENT.shape));

function environmentOf(service: any): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) return Object.fromEntries(environment.map((entry: string) => entry.split(/=(.*)/s).slice(0, 2)));
  return environment;
}

describe('docker-compose.yml', () => {
  it('has Neo4j 5.26 Community with a health check, a one-shot seed and the app', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'neo4j', 'seed']);
    expect(services.neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(services.neo4j.healthcheck.test.join(' ')).toContain('RETURN 1');
    expect(services.seed.command).toEqual(['node', 'dist/seed.js']);
    expect(services.seed.restart).toBe('no');
    expect(services.seed.depends_on.neo4j.condition).toBe('service_healthy');
    expect(services.app.depends_on.seed.condition).toBe('service_completed_successfully');
  });

  it('publishes the app on 4000 and Neo4j on 7687 (Bolt) and 7474 (Browser)', () => {
    expect(services.app.ports).toContain('4000:4000');
    expect(services.neo4j.ports).toEqual(expect.arrayContaining(['7687:7687', '7474:7474']));
    expect(environmentOf(services.app).PORT).toBe('4000');
  });

  it('points the app and the seed at the neo4j service, listening on every interface', () => {
    for (const name of ['app', 'seed']) {
      const environment = environmentOf(services[name]);
      expect(environment.NEO4J_URI).toBe('bolt://neo4j:7687');
      // The app's password is the one the neo4j service was given in NEO4J_AUTH.
      expect(`${environment.NEO4J_USER}/${environment.NEO4J_PASSWORD}`).toBe(environmentOf(services.neo4j).NEO4J_AUTH);
    }
    expect(environmentOf(services.app).HOST).toBe('0.0.0.0');
  });

  it('gives our services only variables src/config.ts reads, and Neo4j only NEO4J_* settings', () => {
    for (const name of ['app', 'seed']) {
      for (const variable of Object.keys(environmentOf(services[name]))) expect(configNames, `${name}: ${variable}`).toContain(variable);
      // Each value passes the config's own validation.
      expect(() => ENVIRONMENT.parse(environmentOf(services[name]))).not.toThrow();
    }
    for (const variable of Object.keys(environmentOf(services.neo4j))) expect(variable).toMatch(/^NEO4J_/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  const stages = dockerfile.split(/^(?=FROM\s)/m).filter((stage) => stage.startsWith('FROM'));
  const runStage = stages.at(-1)!;

  it('runs the compiled server with node itself (so SIGTERM reaches it) on node:24-slim (Node 24 LTS), listening on 0.0.0.0', () => {
    const images = stages.map((stage) => stage.match(/^FROM\s+(\S+)/)![1]);
    expect(images.every((image) => image === 'node:24-slim')).toBe(true);
    expect(stages[0]).toMatch(/^RUN npm run build$/m);
    expect(runStage).toMatch(/HOST=0\.0\.0\.0/);
    expect(runStage).toMatch(/^CMD \["node", "dist\/server\.js"\]$/m);
  });

  it('carries production dependencies, the build and what it reads at run time, and no sources or dev tooling', () => {
    expect(runStage).toMatch(/^RUN npm ci --omit=dev/m);
    const copied = [...runStage.matchAll(/^COPY --from=build \/app\/(\S+) \.\/(\S+)$/gm)].map(([, from, to]) => {
      expect(to).toBe(from);
      return from!;
    });
    // dist/ and what it reads at run time (src/project-files.ts), each at its place in the project.
    expect(copied.sort()).toEqual(['cypher', 'dist', 'explorer/dist', 'seed/registry.json', 'seed/source']);
    expect(runStage).not.toMatch(/tsx|tsconfig|\bsrc\b|tools\//);
  });

  it('is the image of both the seed job (the compiled seed) and the app (its CMD)', () => {
    for (const name of ['app', 'seed']) expect([services[name].build, services[name].image]).toEqual(['.', 'gcm-graph:local']);
    expect(services.app.command).toBeUndefined();
  });
});
