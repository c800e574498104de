// Creates the constraints and indexes of cypher/schema.cypher; every statement is IF NOT EXISTS,
// so running it again changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Graph } from './connection.js';
import { splitStatements } from './cypher-file.js';

export const SCHEMA_FILE = resolve(PROJECT_ROOT, 'cypher/schema.cypher');

export async function ensureSchema(g: Graph): Promise<number> {
  const statements = splitStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  // Schema commands cannot share a transaction with each other: one auto-commit query each.
  for (const statement of statements) {
    await g.driver.executeQuery(statement, {}, { database: g.database });
  }
  await g.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: g.database });
  return statements.length;
}
