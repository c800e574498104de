import { describe, expect, it } from 'vitest';
import { singleFlight } from '../../src/server/single-flight.js';

describe('singleFlight', () => {
  it('shares one answer among concurrent identical requests, and asks again afterwards', async () => {
    const shared = singleFlight();
    let runs = 0;
    const work = async () => ++runs;
    expect(await Promise.all([shared('a', work), shared('a', work), shared('b', work)])).toEqual([1, 1, 2]);
    expect(await shared('a', work)).toBe(3);
  });

  it('passes a failure to every waiter and forgets it', async () => {
    const shared = singleFlight();
    const failing = async () => { throw new Error('down'); };
    const results = await Promise.allSettled([shared('a', failing), shared('a', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await shared('a', async () => 'up')).toBe('up');
  });
});
