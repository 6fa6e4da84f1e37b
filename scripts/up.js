#!/usr/bin/env node
/**
 * One command for the whole pipeline on one machine (`npm start`): installs what
 * the machine lacks, makes Redis and Elasticsearch available, builds, starts the five apps as separate
 * processes, and stays in the foreground until Ctrl-C, which stops them cleanly.
 */
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

const root = path.resolve(__dirname, '..');
const APPS = { gateway: 3000, fetcher: 3001, stripper: 3002, tagger: 3003, indexer: 3004 };
const gatewayPort = Number(process.env.PORT || APPS.gateway);

function runOrExit(command, args, label) {
  console.log(`[up] ${label}...`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[up] ${label} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
}

runOrExit('bash', ['scripts/setup.sh'], 'checking what this machine needs');
runOrExit('bash', ['scripts/services/ensure.sh'], 'starting Redis and Elasticsearch');
if (!process.argv.includes('--no-build')) runOrExit('npm', ['run', '--silent', 'build'], 'building');

const children = new Map();
let stopping = false;

for (const [name, port] of Object.entries(APPS)) {
  const env = { ...process.env, PORT: String(name === 'gateway' ? gatewayPort : port) };
  const child = spawn(process.execPath, ['scripts/run-app.js', name], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const label = `[${name}]`.padEnd(11);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`${label}${line}`));
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[up] ${name} exited (${signal || code}); stopping the pipeline`);
      stop(1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  children.set(name, child);
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  console.log('[up] stopping: active jobs finish or return to their queues...');
  for (const child of children.values()) child.kill('SIGTERM');
  if (children.size === 0) process.exit(code);
  setTimeout(() => process.exit(code), 30000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function announceWhenReady() {
  const url = `http://localhost:${gatewayPort}`;
  for (let i = 0; i < 120 && !stopping; i++) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        console.log(`
[up] The pipeline is up.
[up]   Send files:     curl -F files=@seeds/000_a7525f3a33a055e6.txt ${url}/documents
[up]   Whole folder:   npm run ingest -- seeds/
[up]   Follow one:     curl ${url}/documents/<id>
[up]   Search:         curl '${url}/search?q=سوريا'
[up]   Queues:         ${url}/queues     API docs: ${url}/docs
[up] Ctrl-C stops everything.
`);
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
void announceWhenReady();
