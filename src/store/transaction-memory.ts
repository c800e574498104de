// Neo4j's memory limits for transactions, and the driver's retries. Running out of transaction
// memory is a transient error to the driver, which retries the work for up to 30 s; an article too
// big for the limit frees no memory by waiting, so such an error ends the work at once.
import type { ManagedTransaction, Session } from 'neo4j-driver';

// The limits: the pool all transactions share (dbms.memory.transaction.total.max, 70 % of the heap
// unless set), the limit of one (db.memory.transaction.max) and the heap itself. Only the last part
// of the code is compared, so that a server classifying them otherwise is still understood, and the
// message too, as it names the setting whatever the code.
const OUT_OF_MEMORY_CODES = new Set(['MemoryPoolOutOfMemoryError', 'TransactionMemoryLimit', 'OutOfMemoryError']);
const OUT_OF_MEMORY_MESSAGE = /memory\.transaction\.(total\.)?max threshold reached/;

export function isOutOfTransactionMemory(err: unknown): boolean {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && code.startsWith('Neo.') && OUT_OF_MEMORY_CODES.has(code.split('.').at(-1)!))
    || (typeof message === 'string' && OUT_OF_MEMORY_MESSAGE.test(message));
}

/** `session.executeWrite`, retried on transient errors except running out of transaction memory. */
export function executeWrite<T>(session: Session, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return session.executeWrite(async (tx) => {
    try {
      return await work(tx);
    } catch (err) {
      if (!isOutOfTransactionMemory(err)) throw err;
      // The driver retries only a Neo4jError; this one keeps the code and message that say what happened.
      const { message, code } = err as { message: string; code?: unknown };
      throw Object.assign(new Error(message, { cause: err }), { code });
    }
  });
}
