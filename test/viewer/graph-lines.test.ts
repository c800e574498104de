// The graph as lines, from the server's writer to the viewer's reader, over a byte stream cut at
// awkward places (inside Arabic letters, inside lines).
import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../src/model/api.js';
import { graphLines } from '../../src/server/graph-lines.js';
import { readGraphLines } from '../../viewer/src/graph-lines.js';

const payload: GraphPayload = {
  nodes: [
    { id: 'person:mustafa-al-kadhimi', name: 'Mustafa al-Kadhimi', nameAr: 'مصطفى الكاظمي', type: 'Person', degree: 2 },
    { id: 'Q6279', name: 'Joe Biden', nameAr: 'جو بايدن', type: 'Person', degree: 1 },
    { id: 'Q796', name: 'Iraq', type: 'Country', degree: 1 },
  ],
  edges: [
    { id: 'r1', source: 'person:mustafa-al-kadhimi', target: 'Q6279', predicate: 'MEETS', confidence: 0.9 },
    { id: 'r2', source: 'person:mustafa-al-kadhimi', target: 'Q796', predicate: 'LEADS' },
  ],
  total: { nodes: 40, edges: 75 },
  truncated: true,
};

/** The text as a stream of byte chunks of `size` bytes. */
function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const text = [...graphLines(payload)].join('');

describe('graph lines', () => {
  it('writes a header, then a line per node, then a line per relationship', () => {
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ nodes: 3, edges: 2, total: { nodes: 40, edges: 75 }, truncated: true });
    expect(lines.slice(1)).toEqual([...payload.nodes, ...payload.edges]);
  });

  it.each([1, 3, 7, 64, 100_000])('reads back the same payload from chunks of %i bytes', async (size) => {
    expect(await readGraphLines(streamOf(text, size))).toEqual(payload);
  });

  it('says which line is not JSON', async () => {
    const broken = text.replace('"Joe Biden"', 'Joe Biden');
    await expect(readGraphLines(streamOf(broken, 5))).rejects.toThrow('line 3 is not JSON');
  });

  it('refuses a graph cut short, or without its header', async () => {
    for (const end of [text.indexOf('{"id":"r2"'), text.indexOf('"r2"')]) {
      await expect(readGraphLines(streamOf(text.slice(0, end), 16))).rejects.toThrow('arrived incomplete (3 of 3 nodes, 1 of 2 relationships)');
    }
    const headless = text.slice(text.indexOf('\n') + 1);
    await expect(readGraphLines(streamOf(headless, 16))).rejects.toThrow('the first line is not a graph header');
  });
});
