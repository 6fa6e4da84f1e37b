import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { IngestService, unpackUpload, type RejectedFile } from '@app/ingest';

const SCAN_INTERVAL_MS = 1000;
const DONE_DIRS = new Set(['processed', 'failed']);
/** Files still being written by common copy tools. */
const PARTIAL = /(^\.|\.(part|tmp|crdownload|partial)$|~$)/;

/**
 * Watches the drop folder: each file is ingested once, then moved to processed/
 * or failed/ (with NAME.error.txt saying why).  A file is taken only once its
 * size and mtime held still for a scan, so half-copied files wait.  When Redis is
 * down the file stays where it is and is tried again: nothing is lost, and since
 * ids come from content, a file retried after a crash is not ingested twice.
 */
@Injectable()
export class DropFolderWatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('drop-folder');
  private timer?: NodeJS.Timeout;
  private scanning?: Promise<void>;
  private readonly seen = new Map<string, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const inbox = this.config.dropFolder;
    if (!inbox) return;
    for (const dir of DONE_DIRS) await mkdir(join(inbox, dir), { recursive: true });
    this.logger.log(`watching ${inbox}`);
    this.timer = setInterval(() => {
      this.scanning ??= this.scan(inbox).finally(() => (this.scanning = undefined));
    }, SCAN_INTERVAL_MS);
  }

  /** Finishes the current scan while the Redis client it ingests through is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.scanning;
  }

  /** One pass over the inbox: files seen unchanged since the previous pass are taken. */
  async scan(inbox: string): Promise<void> {
    for (const path of await this.listFiles(inbox)) {
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      if (this.seen.get(path) !== signature) {
        this.seen.set(path, signature);
        continue;
      }
      this.seen.delete(path);
      await this.take(inbox, path, info.size);
    }
  }

  private async take(inbox: string, path: string, size: number): Promise<void> {
    const name = relative(inbox, path);
    const tooLarge = size > this.config.maxUploadBytes;
    const bytes = tooLarge ? Buffer.alloc(0) : await readFile(path);
    const { units, rejected } = await unpackUpload({ name, bytes, size, contentType: null, tooLarge }, this.config.maxUploadBytes);
    const ids: string[] = [];
    try {
      for (const unit of units) ids.push((await this.ingest.ingestUpload(unit)).id);
    } catch (err) {
      // Redis unavailable or similar: leave the file in the inbox for the next scan.
      this.logger.warn({ file: name, error: (err as Error).message }, 'could not ingest; will retry');
      return;
    }
    const target = ids.length > 0 ? 'processed' : 'failed';
    const moved = await this.moveTo(inbox, path, target);
    if (rejected.length > 0 && moved) await writeFile(`${moved}.error.txt`, describe(rejected));
    this.logger.log({ file: name, docIds: ids, rejected: rejected.length, movedTo: target }, 'drop folder file taken');
  }

  private async moveTo(inbox: string, path: string, dir: string): Promise<string | null> {
    const target = join(inbox, dir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${basename(path)}`);
    try {
      await rename(path, target);
      return target;
    } catch {
      return null; // another fetcher replica moved it first
    }
  }

  private async listFiles(dir: string, top = dir): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const files: string[] = [];
    for (const entry of entries) {
      if (PARTIAL.test(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !(dir === top && DONE_DIRS.has(entry.name))) files.push(...(await this.listFiles(path, top)));
      else if (entry.isFile()) files.push(path);
    }
    return files;
  }
}

function describe(rejected: RejectedFile[]): string {
  return rejected.map((r) => `${r.name}: ${r.error} (HTTP ${r.status})`).join('\n') + '\n';
}
