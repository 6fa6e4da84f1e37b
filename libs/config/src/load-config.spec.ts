import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.indexAlias).toBe('news');
    expect(config.apiKey).toBeNull();
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ MAX_UPLOAD_BYTES: 'lots' })).toThrow(/MAX_UPLOAD_BYTES/);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ BULL_BOARD_USER: 'admin' })).toThrow(/BULL_BOARD_PASSWORD/);
  });
  it('lets the environment win over app defaults', () => {
    expect(loadConfig({}, { port: 3002 }).port).toBe(3002);
    expect(loadConfig({ PORT: '4000' }, { port: 3002 }).port).toBe(4000);
  });
});
