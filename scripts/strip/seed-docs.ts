/** The seed documents and their gold annotations (seeds/README.md), as the stripper sees them. */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { TextBlock } from '@app/contracts';

export interface SeedGold {
  title: string | null;
  body: string[];
  boilerplate: Array<{ line: number; text: string; kind: string }>;
  metadata: { site?: string; author?: string; source?: string };
}

export interface SeedDoc {
  name: string;
  text: string;
  /** Plain text: every non-empty line is a block without tag. */
  blocks: TextBlock[];
  gold: SeedGold;
}

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => ({ text: line }));
}

export function loadSeeds(dir = SEEDS_DIR): SeedDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(join(dir, file), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, 'gold', `${name}.json`), 'utf8')) as SeedGold;
      return { name, text, blocks: textBlocks(text), gold };
    });
}
