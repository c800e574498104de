// bench:ingest empties its database: it must refuse a store it did not create unless told it may.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_HOME, benchConfig } from '../../src/bench/own-store.js';

describe('the database bench:ingest empties', () => {
  it('is its own store by default, on its own port, even with KG_NEO4J_PORT or KG_HOME naming it', () => {
    expect(benchConfig({}).embedded).toMatchObject({ home: resolve(BENCH_HOME, 'neo4j'), port: 17688 });
    expect(benchConfig({ KG_NEO4J_PORT: '17999' }).embedded.port).toBe(17999);
    expect(benchConfig({ KG_HOME: resolve(BENCH_HOME) }).embedded.home).toBe(resolve(BENCH_HOME, 'neo4j'));
  });

  it('is never a user\'s KG_HOME or NEO4J_URI unless KG_BENCH_ALLOW_CLEAR=1', () => {
    expect(() => benchConfig({ KG_HOME: '/tmp/kg-user-home' })).toThrow(
      'the benchmark deletes everything in its database, and the store in KG_HOME (/tmp/kg-user-home/neo4j) is not its own: unset KG_HOME');
    expect(() => benchConfig({ NEO4J_URI: 'bolt://db.example.com:7687', NEO4J_PASSWORD: 'x' })).toThrow(
      /the Neo4j at NEO4J_URI \(bolt:\/\/db\.example\.com:7687\) is not its own: unset NEO4J_URI .* or set KG_BENCH_ALLOW_CLEAR=1/);
    expect(benchConfig({ KG_HOME: '/tmp/kg-user-home', KG_BENCH_ALLOW_CLEAR: '1' }).embedded.home).toBe('/tmp/kg-user-home/neo4j');
    expect(benchConfig({ NEO4J_URI: 'bolt://db.example.com:7687', NEO4J_PASSWORD: 'x', KG_BENCH_ALLOW_CLEAR: '1' }).external?.uri).toBe('bolt://db.example.com:7687');
  });
});
