/**
 * A pass-through HTTP proxy in front of the real Elasticsearch that can fail the
 * next `_bulk` requests on purpose (a whole-request 429/503, or a 200 whose items
 * are all 429), so retry paths are exercised against the real server.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = { kind: 'request'; status: number } | { kind: 'items'; status: number };

export class FaultProxy {
  readonly faults: Fault[] = [];
  bulkRequests = 0;
  private server?: Server;

  constructor(private readonly target: string) {}

  async start(): Promise<string> {
    const target = new URL(this.target);
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const isBulk = /\/_bulk(\?|$)/.test(req.url ?? '');
        if (isBulk) this.bulkRequests++;
        const fault = isBulk ? this.faults.shift() : undefined;
        const headers = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };
        if (fault?.kind === 'request') {
          res.writeHead(fault.status, headers).end(JSON.stringify({ error: { type: 'injected', reason: 'injected fault' }, status: fault.status }));
          return;
        }
        if (fault?.kind === 'items') {
          const lines = body.toString('utf8').split('\n').filter(Boolean);
          const items = lines.filter((_, i) => i % 2 === 0).map((l) => {
            const action = JSON.parse(l).index;
            return { index: { _index: action._index, _id: action._id, status: fault.status, error: { type: 'es_rejected_execution_exception', reason: 'injected' } } };
          });
          res.writeHead(200, headers).end(JSON.stringify({ took: 0, errors: true, items }));
          return;
        }
        const upstream = request(
          { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.on('error', (e) => res.writeHead(502).end(String(e)));
        upstream.end(body);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
