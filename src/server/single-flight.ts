// Identical requests that arrive while one is being answered share its answer: under load, fifty
// clients asking for the same node cost one set of database queries, and nothing is ever stale.
export type SingleFlight = <T>(key: string, work: () => Promise<T>) => Promise<T>;

export function singleFlight(): SingleFlight {
  const inFlight = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const pending = inFlight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const started = work().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
