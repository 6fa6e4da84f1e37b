import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { httpLoggerOptions, redactUrl } from './log-redaction';

describe('redactUrl', () => {
  it('censors URL user:password and secret query values, keeps the rest', () => {
    expect(redactUrl('https://bob:s3cret@news.example/a?x=1')).toBe('https://[redacted]@news.example/a?x=1');
    expect(redactUrl('/search?q=x&api_key=k123&page=2')).toBe('/search?q=x&api_key=[redacted]&page=2');
    expect(redactUrl('/documents/abc?state=indexed')).toBe('/documents/abc?state=indexed');
  });
});

describe('HTTP request logs', () => {
  let server: Server;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pinoHttp(httpLoggerOptions('info'), sink);
    server = createServer((req, res) => {
      logger(req, res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('carry neither the x-api-key nor the Authorization value, nor URL credentials', async () => {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/upload?apiKey=querysecret-1',
          headers: { 'x-api-key': 'keysecret-2', authorization: 'Basic YWRtaW46cGFzc3NlY3JldC0z' },
        },
        (res) => res.resume().on('end', resolve),
      );
      req.on('error', reject).end();
    });
    await new Promise((r) => setTimeout(r, 50));
    const log = lines.join('');
    expect(log).toContain('/upload?apiKey=[redacted]');
    expect(log).toContain('"x-api-key":"[redacted]"');
    for (const secret of ['keysecret-2', 'YWRtaW46cGFzc3NlY3JldC0z', 'querysecret-1']) expect(log).not.toContain(secret);
  });
});
