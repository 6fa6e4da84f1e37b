import { Module, type INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '@app/config';
import { bootstrapApp } from './bootstrap';
import { listenHost } from './listen-host';

describe('listenHost', () => {
  it('is loopback unless HOST is set', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ HOST: ' ' })).toBe('127.0.0.1');
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });
});

describe('bootstrapApp without HOST', () => {
  let app: INestApplication | undefined;
  const saved = process.env.HOST;
  afterAll(async () => {
    await app?.close();
    if (saved === undefined) delete process.env.HOST;
    else process.env.HOST = saved;
  });

  it('listens on a loopback address only', async () => {
    delete process.env.HOST;
    @Module({ imports: [ConfigModule.forRoot({ overrides: { port: 3901 } }), LoggerModule.forRoot({ pinoHttp: { level: 'silent' } })] })
    class TinyModule {}
    app = await bootstrapApp('tiny', TinyModule);
    const address = app.getHttpServer().address() as AddressInfo;
    expect(address.port).toBe(3901);
    expect(['127.0.0.1', '::1']).toContain(address.address);
  });
});
