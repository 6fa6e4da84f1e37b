/**
 * npm run ingest -- <files or folders...> [--gateway URL] [--api-key KEY] [--no-wait] [--timeout SECONDS]
 * npm run ingest -- --feed <feed or sitemap URL> [--interval MINUTES]   (follow a source: POST /sources)
 *
 * Uploads every file to the gateway with a progress bar, waits until each
 * document is indexed, rejected or failed, and prints a summary with reasons.
 * Exits 1 when anything was refused or failed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { collectFiles } from './collect-files';

const FINAL = new Set(['indexed', 'failed', 'rejected']);
const BATCH_FILES = 20;

interface Outcome {
  name: string;
  id?: string;
  state: string;
  reason?: string;
}

/** Registers a feed or sitemap with the gateway and prints what it says about it. */
async function followFeed(gateway: string, url: string, interval: string | undefined, apiKey: string | undefined): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) };
  const body = JSON.stringify({ url, ...(interval ? { intervalMinutes: Number(interval) } : {}) });
  const response = await fetch(`${gateway}/sources`, { method: 'POST', headers, body }).catch((err: Error) => err);
  if (response instanceof Error) {
    console.error(`cannot reach the gateway at ${gateway}: ${response.message}`);
    return 1;
  }
  const source = (await response.json().catch(() => ({}))) as { id?: string; intervalMinutes?: number; message?: string };
  if (!response.ok || !source.id) {
    console.error(`source refused (${response.status}): ${source.message ?? response.statusText}`);
    return 1;
  }
  const verb = response.status === 201 ? 'now following' : 'already following';
  console.log(`${verb} ${url} (source ${source.id}), polled every ${source.intervalMinutes} minutes; state: ${gateway}/sources/${source.id}`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://localhost:3000' },
      'api-key': { type: 'string', default: process.env.API_KEY },
      'no-wait': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '600' },
      feed: { type: 'string' },
      interval: { type: 'string' },
    },
  });
  if (values.feed) return followFeed(values.gateway!.replace(/\/$/, ''), values.feed, values.interval, values['api-key']);
  if (positionals.length === 0) {
    console.error('usage: npm run ingest -- <files or folders...> [--gateway http://localhost:3000] [--api-key KEY] [--no-wait]');
    return 2;
  }
  const gateway = values.gateway!.replace(/\/$/, '');
  const headers: Record<string, string> = values['api-key'] ? { 'x-api-key': values['api-key'] } : {};
  const { files, missing } = collectFiles(positionals);
  const outcomes: Outcome[] = missing.map((name) => ({ name, state: 'refused', reason: 'no such file or folder' }));

  const bars = new MultiBar({ format: '{task} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  const uploadBar = bars.create(files.length, 0, { task: 'upload ' });
  const accepted: Outcome[] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) {
    const batch = files.slice(i, i + BATCH_FILES);
    const form = new FormData();
    for (const file of batch) form.append('files', new Blob([readFileSync(file)]), basename(file));
    const response = await fetch(`${gateway}/documents`, { method: 'POST', body: form, headers }).catch((err: Error) => err);
    if (response instanceof Error) {
      bars.stop();
      console.error(`cannot reach the gateway at ${gateway}: ${response.message}`);
      return 1;
    }
    const body = (await response.json().catch(() => ({}))) as {
      documents?: { id: string; name: string; status: string }[];
      rejected?: { name: string; status: number; error: string }[];
      message?: string;
    };
    if (!body.documents && !body.rejected) {
      batch.forEach((file) => outcomes.push({ name: file, state: 'refused', reason: `${response.status}: ${body.message ?? response.statusText}` }));
    }
    for (const doc of body.documents ?? []) accepted.push({ name: doc.name, id: doc.id, state: doc.status });
    for (const r of body.rejected ?? []) outcomes.push({ name: r.name, state: 'refused', reason: `${r.status}: ${r.error}` });
    uploadBar.increment(batch.length);
  }

  if (!values['no-wait'] && accepted.length > 0) {
    const doneBar = bars.create(accepted.length, 0, { task: 'process' });
    const deadline = Date.now() + Number(values.timeout) * 1000;
    const pending = new Set(accepted);
    while (pending.size > 0 && Date.now() < deadline) {
      for (const doc of [...pending]) {
        const status = (await (await fetch(`${gateway}/documents/${doc.id}`)).json()) as { state: string; reason?: string; error?: string; failedStage?: string };
        if (FINAL.has(status.state)) {
          doc.state = status.state;
          doc.reason = status.reason ?? (status.error ? `${status.failedStage}: ${status.error}` : undefined);
          pending.delete(doc);
          doneBar.increment();
        }
      }
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    for (const doc of pending) doc.reason = 'still processing when the wait timed out';
  }
  bars.stop();
  outcomes.push(...accepted);

  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.state, (counts.get(o.state) ?? 0) + 1);
  console.log(`\n${files.length} file(s): ${[...counts].map(([state, n]) => `${n} ${state}`).join(', ')}`);
  for (const o of outcomes.filter((o) => o.reason)) console.log(`  ${o.state.padEnd(9)} ${o.name}${o.id ? ` (${o.id})` : ''}: ${o.reason}`);
  return outcomes.some((o) => ['refused', 'failed'].includes(o.state) || (o.reason && !FINAL.has(o.state))) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
