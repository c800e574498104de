// Work over a whole graph done on the main thread in slices: each slice runs until it has used its
// time, then yields, so that the page keeps drawing and answering input. A slice of a fixed number
// of items takes several times longer on a slow or busy machine than on a fast one.
const SLICE_MS = 20;

// A message to itself, not setTimeout(0): browsers hold back a timer nested five deep by 4 ms, a
// fifth of a slice.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

export const nextTask = () => new Promise<void>((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

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
