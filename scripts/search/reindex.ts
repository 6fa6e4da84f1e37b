/**
 * npm run search:reindex [-- --alias news] [--keep-old]
 *
 * Moves the documents behind the alias into a new versioned index built from the
 * current template (after a mapping change), then swaps the alias atomically.
 * Searches keep working throughout; the old index is deleted unless --keep-old.
 */
import { loadConfig } from '@app/config';
import { IndexManager, TEMPLATE_VERSION, createEsClient, indexNames } from '@app/search';

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  // The apps' own configuration: same nodes, shards and replicas as the indexer.
  const config = loadConfig();
  const url = config.elasticsearchNodes.join(',');
  const alias = argValue('alias') ?? config.indexAlias;
  const client = createEsClient({ nodes: config.elasticsearchNodes, sniff: config.elasticsearchSniff, apiKey: config.elasticsearchApiKey });
  try {
    const manager = new IndexManager(client, indexNames(alias), { shards: config.indexShards, replicas: config.indexReplicas });
    const live = await manager.liveTemplateVersion();
    if (live === null) throw new Error(`alias ${alias} does not exist at ${url}: nothing to reindex`);
    console.log(`alias ${alias}: live index built from template v${live}, current template v${TEMPLATE_VERSION}`);
    const t0 = Date.now();
    const result = await manager.reindexToNewVersion({
      deleteOld: !process.argv.includes('--keep-old'),
      onProgress: (n) => process.stdout.write(`\r  copied ${n}`),
    });
    console.log(`\n${result.from} -> ${result.to}: ${result.copied} copied, ${result.caughtUp} caught up, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await client.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
