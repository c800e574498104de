// Work in slices of main-thread time: the page runs between slices, whatever a step costs.
import { describe, expect, it } from 'vitest';
import { chunks, inSlices } from '../../viewer/src/slices.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** How many times a zero-delay timer fired while `work` ran. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const clock = setInterval(() => ticks++, 0);
  try {
    await work();
  } finally {
    clearInterval(clock);
  }
  return ticks;
}

describe('inSlices', () => {
  it('yields after a slice of slow steps, not after a count of them', async () => {
    // Eight steps of 12 ms: a 20 ms slice holds two.
    expect(await ticksDuring(() => inSlices(Array.from({ length: 8 }), () => busy(12), () => false))).toBeGreaterThanOrEqual(3);
  });

  it('runs every step of many quick ones, yielding along the way', async () => {
    let done = 0;
    const ticks = await ticksDuring(() => inSlices(Array.from({ length: 200_000 }), () => { done++; busy(0.0005); }, () => false));
    expect(done).toBe(200_000);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops between slices once cancelled, leaving the rest', async () => {
    let done = 0;
    const finished = await inSlices(Array.from({ length: 10 }), () => { done++; busy(12); }, () => done >= 2);
    expect(finished).toBe(false);
    expect(done).toBeLessThan(10);
  });

  it('cuts an array into consecutive chunks', () => {
    expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
  });
});
