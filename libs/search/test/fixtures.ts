/**
 * Test and benchmark documents: the five seeds' gold annotations turned into
 * ProcessedDocuments (body = gold body, facets = each gold entity's first alias,
 * entity offsets where the alias occurs in the body), plus helpers to reach the
 * real Elasticsearch with a unique alias per run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Client } from '@elastic/elasticsearch';
import { PARAGRAPH_SEPARATOR, type Entity, type EntityType, type ProcessedDocument } from '@app/contracts';
import { createEsClient } from '../src/es-client';

export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'seeds');

interface Gold {
  file: string;
  title: string | null;
  body: string[];
  metadata: { site?: string; author?: string; source?: string };
  entities: Partial<Record<EntityType, { aliases: string[] }[]>>;
}

export function makeDocument(id: string, paragraphs: string[], extra: Partial<ProcessedDocument> = {}): ProcessedDocument {
  const body = paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    id,
    title: null,
    paragraphs,
    body,
    entities: [],
    titleEntities: [],
    persons: [],
    organizations: [],
    locations: [],
    byline: null,
    author: null,
    site: null,
    publishedAt: null,
    language: 'ar',
    encoding: 'UTF-8',
    decodingErrors: false,
    removed: [],
    source: { name: `${id}.txt`, contentType: 'text/plain', byteSize: Buffer.byteLength(body), sha256: id, credited: null },
    ingestedAt: new Date().toISOString(),
    ...extra,
  };
}

export function loadSeedDocuments(): ProcessedDocument[] {
  const goldDir = join(SEEDS_DIR, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f, i) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
      const doc = makeDocument(`seed-${f.slice(0, 3)}`, gold.body, {
        title: gold.title,
        site: gold.metadata.site ?? null,
        author: gold.metadata.author ?? null,
        // Distinct days, so date filters and histograms have something to split.
        publishedAt: `2024-03-${String(10 + i).padStart(2, '0')}`,
        source: { name: gold.file, contentType: 'text/plain', byteSize: 0, sha256: f, credited: gold.metadata.source ?? null },
      });
      const facet = (type: EntityType) => (gold.entities[type] ?? []).map((e) => e.aliases[0]);
      const entities: Entity[] = [];
      for (const type of ['PER', 'ORG', 'LOC'] as const) {
        for (const e of gold.entities[type] ?? []) {
          const alias = e.aliases.find((a) => doc.body.includes(a));
          if (alias) entities.push({ type, text: alias, start: doc.body.indexOf(alias), end: doc.body.indexOf(alias) + alias.length, normalized: e.aliases[0] });
        }
      }
      return { ...doc, entities, persons: facet('PER'), organizations: facet('ORG'), locations: facet('LOC') };
    });
}

export const ES_URL = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';

/** A client on the real cluster, after waiting (bounded) for it to answer. */
export async function connectEs(timeoutMs = 60_000): Promise<Client> {
  const client = createEsClient({ url: ES_URL });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.cluster.health({ wait_for_status: 'yellow', timeout: '5s' });
      return client;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`Elasticsearch at ${ES_URL} not reachable (run npm run services): ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** An alias nobody else uses: `t<random>-<name>`. */
export function uniqueAlias(name = 'news'): string {
  return `t${randomBytes(4).toString('hex')}-${name}`;
}
