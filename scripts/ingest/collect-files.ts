import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files named on the command line, folders walked recursively; hidden files skipped. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) visit(join(path, entry));
    } else if (stat.isFile()) {
      files.push(path);
    }
  };
  paths.forEach(visit);
  return { files, missing };
}
