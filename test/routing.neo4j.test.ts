// The contract suite once more, over a routing URI (neo4j://), as a Neo4j cluster or Aura is reached: the
// driver asks the server for its routing table and sends each read to a reader. A standalone Community
// server answers routing requests with itself in every role, so this proves our side of routing (the URI,
// the access modes), not a cluster's (docs/scaling.md). Only the contract suite: the other Neo4j tests
// would add minutes and test nothing routing changes.
import { inject, describe, expect, it } from 'vitest';
import { acquireDriver, releaseDriver } from '../src/store/neo4j/driver.ts';
import { readRecords } from '../src/store/neo4j/run.ts';
import { contractSuite } from './contract/suite.ts';
import { neo4jTestConfig, openNeo4jStore, routingUriOf } from './setup/neo4j.ts';

const routingUri = routingUriOf(inject('neo4jUri'));

describe('the routing URI', () => {
  it('is a neo4j:// URI', () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });
});

contractSuite(`neo4j over ${routingUri.split(':')[0]}://`, () => openNeo4jStore({ NEO4J_URI: routingUri }));

describe('reads over the routing URI', () => {
  // A write that leaves nothing behind: only the access mode decides whether the server runs it.
  const WRITE = 'CREATE (probe:AccessModeProbe) DELETE probe RETURN 1 AS written';

  it('go out in READ mode: the server refuses a write sent down the read path that every store read takes', async () => {
    const config = neo4jTestConfig({ NEO4J_URI: routingUri });
    const driver = acquireDriver(config);
    try {
      await expect(readRecords(driver, { database: config.NEO4J_DATABASE, timeoutMs: 5_000 }, WRITE)).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.AccessMode',
      });
      // The same statement in WRITE mode runs: the refusal above is the access mode's, not the statement's.
      const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: 'WRITE' });
      try {
        const written = await session.executeWrite((tx) => tx.run(WRITE));
        expect(written.records[0]!.get('written')).toBe(1);
      } finally {
        await session.close();
      }
    } finally {
      await releaseDriver(driver);
    }
  });
});
