import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { FetchError } from './errors';
import { DEFAULT_USER_AGENT, fetchUrl } from './fetch-url';

/** A local server on 127.0.0.1; the tests allow-list that address only. */
describe('fetchUrl against a local server', () => {
  let server: http.Server;
  let base: string;
  const seenAgents: string[] = [];
  const allowList = ['127.0.0.1'];
  const page = Buffer.from('<html><body><p>خبر</p></body></html>', 'utf8');

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seenAgents.push(String(req.headers['user-agent']));
      const url = new URL(req.url ?? '/', 'http://x');
      const hops = /^\/r\/(\d+)$/.exec(url.pathname);
      if (url.pathname === '/ok') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' }).end(page);
      } else if (hops) {
        const n = Number(hops[1]);
        res.writeHead(302, { location: n > 1 ? `/r/${n - 1}` : '/ok' }).end();
      } else if (url.pathname === '/to-private') {
        res.writeHead(301, { location: url.searchParams.get('to') ?? '' }).end();
      } else if (url.pathname === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2_000_000 }).end(Buffer.alloc(2_000_000, 'a'));
      } else if (url.pathname === '/big-chunked') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const push = () => {
          if (sent >= 3_000_000 || res.destroyed) return res.end();
          sent += 64 * 1024;
          if (res.write(Buffer.alloc(64 * 1024, 'b'))) setImmediate(push);
          else res.once('drain', push);
        };
        push();
      } else if (url.pathname === '/gzip-bomb') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(5_000_000)));
      } else if (url.pathname === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(page));
      } else if (url.pathname === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('part');
        // never ends: the client's deadline must fire
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as FetchError);

  it('downloads a page with its content type, charset and a polite User-Agent', async () => {
    const r = await fetchUrl(`${base}/ok`, { allowList });
    expect(r.bytes.equals(page)).toBe(true);
    expect(r).toMatchObject({ status: 200, contentType: 'text/html; charset=windows-1256', charset: 'windows-1256', finalUrl: `${base}/ok` });
    expect(seenAgents[seenAgents.length - 1]).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^ArabicNewsPipeline\/0\.1 \(\+https:\/\/github\.com\//);
  });

  it('connects to the checked address of an allow-listed host name', async () => {
    const r = await fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/ok`, { allowList: ['localhost'] });
    expect(r.bytes.equals(page)).toBe(true);
  });

  it('decompresses gzip', async () => {
    expect((await fetchUrl(`${base}/gzip`, { allowList })).bytes.equals(page)).toBe(true);
  });

  it('fails a 404 with http_404, not retryable', async () => {
    const err = await failure(fetchUrl(`${base}/missing`, { allowList }));
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ code: 'http_404', retryable: false });
    expect(err.message).toContain('404');
  });

  it('follows redirects up to the limit and reports the final URL', async () => {
    const r = await fetchUrl(`${base}/r/3`, { allowList, maxRedirects: 3 });
    expect(r.finalUrl).toBe(`${base}/ok`);
    const err = await failure(fetchUrl(`${base}/r/4`, { allowList, maxRedirects: 3 }));
    expect(err).toMatchObject({ code: 'too_many_redirects', retryable: false });
  });

  it.each(['http://10.0.0.1/', 'http://127.0.0.2:1/', 'http://[::1]/', 'http://[::ffff:127.0.0.2]:1/', 'http://[::ffff:a00:1]/', 'http://169.254.169.254/latest/meta-data'])(
    'refuses a redirect to %s when not allow-listed',
    async (to) => {
      const err = await failure(fetchUrl(`${base}/to-private?to=${encodeURIComponent(to)}`, { allowList }));
      expect(err).toMatchObject({ code: 'redirect_to_private_address', retryable: false });
    },
  );

  it('refuses loopback and names resolving to it without an allow-list', async () => {
    expect(await failure(fetchUrl(`${base}/ok`))).toMatchObject({ code: 'private_address' });
    const err = await failure(fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/ok`));
    expect(err).toMatchObject({ code: 'private_address' });
    expect(err.message).toMatch(/localhost resolves to/);
  });

  it('aborts a body over the size cap, declared or streamed', async () => {
    expect(await failure(fetchUrl(`${base}/big`, { allowList, maxBytes: 1_000_000 }))).toMatchObject({ code: 'too_large' });
    expect(await failure(fetchUrl(`${base}/big-chunked`, { allowList, maxBytes: 1_000_000 }))).toMatchObject({ code: 'too_large' });
    expect(await failure(fetchUrl(`${base}/gzip-bomb`, { allowList, maxBytes: 1_000_000 }))).toMatchObject({ code: 'too_large' });
  });

  it('times out a response that never ends', async () => {
    const err = await failure(fetchUrl(`${base}/slow`, { allowList, timeoutMs: 300 }));
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('reports an unreachable server as retryable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(fetchUrl(`http://127.0.0.1:${port}/`, { allowList }))).toMatchObject({ code: 'unreachable', retryable: true });
  });

  it('rejects bad URLs and other protocols', async () => {
    expect(await failure(fetchUrl('not a url'))).toMatchObject({ code: 'invalid_url' });
    expect(await failure(fetchUrl('file:///etc/passwd'))).toMatchObject({ code: 'unsupported_protocol' });
    expect(await failure(fetchUrl('http://no-such-host.invalid/'))).toMatchObject({ code: 'dns_failed' });
  });
});
