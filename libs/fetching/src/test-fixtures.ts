import * as fs from 'node:fs';
import * as path from 'node:path';

/** Test helpers: files written by scripts/fetch/make-fixtures.ts. */
export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/fetching');
export const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name));

export interface EncodingFixture {
  file: string;
  kind: 'text' | 'html';
  encoding: string;
  substitutes?: Record<string, string>;
}
export const manifest = (): { seed: string; encodings: EncodingFixture[] } => JSON.parse(fixture('manifest.json').toString('utf8'));

export const seedText = (): string => fs.readFileSync(path.resolve(__dirname, '../../..', manifest().seed), 'utf8');

/** The seed's non-empty lines, with a charset's stand-ins for characters it lacks. */
export function seedLines(substitutes: Record<string, string> = {}): string[] {
  return [...seedText()].map((c) => substitutes[c] ?? c).join('').split('\n').map((l) => l.trim()).filter(Boolean);
}
