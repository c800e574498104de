// A local stand-in for an OpenAI-compatible endpoint: node:http on 127.0.0.1, a free port, and a
// reply chosen by the test. It records what it was sent, so tests can check the request too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received { path: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }

/** The chat-completions wire format of a reply whose message is `content`. */
export function completionBody(content: string, finishReason = 'stop'): string {
  return JSON.stringify({
    id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
  });
}

/** `hang` never answers; `drop` closes the connection without a word, as a crashed server would. */
export type Reply = { status?: number; headers?: Record<string, string>; body: string } | 'hang' | 'drop';

/** A server that recovers: `failure` to the first `times` requests, then whatever `then` says. */
export function failingFirst(times: number, failure: Reply, then: (req: Received) => Reply): (req: Received) => Reply {
  let calls = 0;
  return (req) => (calls++ < times ? failure : then(req));
}

export interface FakeLlm {
  baseUrl: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startFakeLlm(reply: (req: Received) => Reply): Promise<FakeLlm> {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { raw += c; });
    req.on('end', () => {
      const r: Received = { path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> };
      received.push(r);
      const answer = reply(r);
      if (answer === 'hang') { hanging.push(res); return; }
      if (answer === 'drop') { res.destroy(); return; }
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers }).end(answer.body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    close: () => new Promise<void>((ok) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
