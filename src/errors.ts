// Errors a user can act on. They carry an exit code and print without a stack trace; anything else
// is a bug and prints its stack.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/** Prints an error the way a CLI user wants to see it and returns the exit code to use. */
export function reportError(err: unknown): number {
  if (err instanceof UserError) {
    console.error(`kg: ${err.message}`);
    return err.exitCode;
  }
  const e = err as { code?: string; message?: string; stack?: string };
  if (e?.code?.startsWith?.('Neo.')) {
    console.error(`kg: Neo4j refused: ${e.message} (${e.code})`);
    return 1;
  }
  console.error(e?.stack ?? String(err));
  return 1;
}
