// Where exported text goes: a file, stdout, or a file of a folder. Writes wait for the stream to
// drain, so a slow disk or pipe holds the database reads back instead of filling memory.
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';

export type TextSink = { write(text: string): Promise<void>; close(): Promise<void> };

/** The reading end of a pipe went away (`kg export … | head`): stop exporting, quietly. */
export class ReaderGoneError extends Error {
  constructor() {
    super('the output was closed by its reader');
    this.name = 'ReaderGoneError';
  }
}

/** Opens one file of a multi-file export by its name; mode 0o755 for a script. */
export type FolderSink = (name: string, mode?: number) => TextSink;

export function streamSink(stream: Writable, opts: { end: boolean }): TextSink {
  const translate = (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? new ReaderGoneError() : err);
  let failure: Error | undefined;
  stream.on('error', (err) => { failure = translate(err); });
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, 'drain').catch((err: NodeJS.ErrnoException) => { throw translate(err); });
    },
    async close() {
      if (failure) throw failure;
      if (opts.end) {
        stream.end();
        await once(stream, 'finish');
      } else if (stream.writableNeedDrain) {
        await once(stream, 'drain');
      }
    },
  };
}

export const fileSink = (path: string, mode = 0o644): TextSink => streamSink(createWriteStream(path, { encoding: 'utf8', mode }), { end: true });

export function folderSink(dir: string): FolderSink {
  mkdirSync(dir, { recursive: true });
  return (name, mode) => fileSink(join(dir, name), mode);
}

/** Collects the text in memory: for tests and for callers that want a string. */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return { write: async (t) => { parts.push(t); }, close: async () => {}, text: () => parts.join('') };
}
