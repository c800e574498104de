// The driver retries transient errors for up to 30 s; running out of transaction memory is one, but
// waiting frees nothing, so the write stops at once. Run against the real Neo4j.
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { executeWrite, isOutOfTransactionMemory } from '../../src/store/transaction-memory.js';
import { testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
});
afterAll(async () => {
  await g?.close();
});

/** Runs `work` in a write transaction that fails with `error` on the first `failures` attempts; says how many attempts it took. */
async function attempts(error: Neo4jError, failures: number): Promise<{ attempts: number; outcome: unknown }> {
  const session = g.driver.session({ database: g.database });
  let count = 0;
  try {
    const outcome = await executeWrite(session, async (tx) => {
      count++;
      await tx.run('RETURN 1');
      if (count <= failures) throw error;
      return 'written';
    }).catch((err: unknown) => err);
    return { attempts: count, outcome };
  } finally {
    await session.close();
  }
}

describe('writing in a transaction', () => {
  it('gives up at once when Neo4j runs out of transaction memory, keeping the code that says so', async () => {
    const pool = new Neo4jError('dbms.memory.transaction.total.max threshold reached', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '50N42', '');
    const { attempts: n, outcome } = await attempts(pool, Infinity);
    expect(n).toBe(1);
    expect(isOutOfTransactionMemory(outcome)).toBe(true);
    expect((outcome as { code: string }).code).toBe('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
  });

  it('still retries other transient errors, as the driver does', async () => {
    const deadlock = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N05', '');
    expect(await attempts(deadlock, 1)).toEqual({ attempts: 2, outcome: 'written' });
  });
});
