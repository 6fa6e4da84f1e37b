import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const ROOT = join(__dirname, '..');
const compose = load(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { image?: string; command?: string[] | string; healthcheck?: unknown; depends_on?: Record<string, { condition: string }>; environment?: Record<string, string>; volumes?: string[] }>;
};
const esVersion = readFileSync(join(ROOT, 'scripts/services/versions.env'), 'utf8').match(/^ES_VERSION=(\S+)/m)![1];
const APPS = ['gateway', 'fetcher', 'stripper', 'tagger', 'indexer'];

describe('docker-compose.yml', () => {
  it('runs Redis with AOF, Elasticsearch and Kibana at the local version, the Kibana import and the five apps', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APPS, 'elasticsearch', 'kibana', 'kibana-setup', 'redis'].sort());
    expect(String(compose.services.redis.command)).toMatch(/appendonly,?\s*yes|--appendonly yes/);
    expect(compose.services.elasticsearch.image).toContain(`:\${ES_VERSION:-${esVersion}}`);
    expect(compose.services.kibana.image).toContain(`:\${ES_VERSION:-${esVersion}}`);
    const setupVolume = compose.services['kibana-setup'].volumes!.find((v) => v.includes('saved-objects.ndjson'))!;
    expect(existsSync(join(ROOT, setupVolume.split(':')[0]))).toBe(true);
  });

  it('gives every long-running service a healthcheck and starts the apps after healthy Redis and Elasticsearch', () => {
    for (const name of ['redis', 'elasticsearch', 'kibana', ...APPS]) {
      expect({ name, healthcheck: Boolean(compose.services[name].healthcheck) }).toEqual({ name, healthcheck: true });
    }
    for (const app of APPS) {
      const service = compose.services[app];
      expect(service.depends_on).toEqual(
        expect.objectContaining({ redis: { condition: 'service_healthy' }, elasticsearch: { condition: 'service_healthy' } }),
      );
      expect(service.environment).toEqual(expect.objectContaining({ REDIS_URL: 'redis://redis:6379', ELASTICSEARCH_URL: 'http://elasticsearch:9200' }));
      expect(String(service.command)).toContain(app);
    }
  });

  it('is accepted by docker compose where the compose plugin is installed', () => {
    const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    if (v2.status === 0) {
      execFileSync('docker', ['compose', 'config', '--quiet'], { cwd: ROOT });
    } else if (spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0) {
      execFileSync('docker-compose', ['config', '--quiet'], { cwd: ROOT });
    }
    // Without either tool the structural checks above are what remains.
    expect(compose.services.gateway).toBeDefined();
  });
});
