// Work over a whole graph done on the main thread in slices: each slice runs until it has used its
// time, then yields, so that the page keeps drawing and answering input. A slice of a fixed number
// of items takes several times longer on a slow or busy machine than on a fast one.
const SLICE_MS = 20;

// Chrome's scheduler.yield() lets input and drawing run, then resumes ahead of other tasks; where
// it is missing (Node, in the unit tests; older browsers), setTimeout(0), which browsers hold back
// 4 ms when nested five deep: a fifth of a slice.
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

export const nextTask = (): Promise<void> => (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

/** Most steps between two readings of the clock. */
const MOST_STEPS_PER_CHECK = 64;

/** Calls `step` on each item, in slices; resolves false, leaving the rest, if `cancelled` turns true between slices. */
export async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, cancelled: () => boolean): Promise<boolean> {
  let sliceEnd = performance.now() + SLICE_MS;
  // Steps of a microsecond are timed in groups, as reading the clock costs more than they do; the
  // group doubles while it takes under half a millisecond, and halves when it takes longer.
  let perCheck = 1;
  let steps = 0;
  let checked = performance.now();
  for (const item of items) {
    if (++steps >= perCheck) {
      steps = 0;
      const now = performance.now();
      perCheck = now - checked < 0.5 ? Math.min(perCheck * 2, MOST_STEPS_PER_CHECK) : Math.max(1, perCheck >> 1);
      checked = now;
      if (now > sliceEnd) {
        await nextTask();
        if (cancelled()) return false;
        checked = performance.now();
        sliceEnd = checked + SLICE_MS;
      }
    }
    step(item);
  }
  return true;
}

/** The items in consecutive arrays of `size`. */
export function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
