// Work over a whole graph done on the main thread in slices: each slice runs until it has used its
// time, then yields, so that the page keeps drawing and answering input. A slice of a fixed number
// of items takes several times longer on a slow or busy machine than on a fast one.
const SLICE_MS = 20;

// Chrome's scheduler.yield() lets input and drawing run, then resumes ahead of other tasks; where
// it is missing (Node, in the unit tests; older browsers), setTimeout(0), which browsers hold back
// 4 ms when nested five deep: a fifth of a slice.
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

export const nextTask = (): Promise<void> => (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

/** Steps between two readings of the clock: reading it costs more than many a step. */
const STEPS_PER_CHECK = 32;

/** Calls `step` on each item, in slices; resolves false, leaving the rest, if `cancelled` turns true between slices. */
export async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, cancelled: () => boolean): Promise<boolean> {
  let sliceEnd = performance.now() + SLICE_MS;
  let steps = 0;
  for (const item of items) {
    if (++steps % STEPS_PER_CHECK === 0 && performance.now() > sliceEnd) {
      await nextTask();
      if (cancelled()) return false;
      sliceEnd = performance.now() + SLICE_MS;
    }
    step(item);
  }
  return true;
}

/** The items in consecutive arrays of `size`. */
export function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
