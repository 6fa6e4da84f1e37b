/**
 * General-language frequency of an Arabic word: its Zipf value in wordfreq's Arabic list
 * (lexicons/wordfreq-ar.tsv.gz, scripts/ner/wordfreq.ts), which counts web, news, subtitle and
 * Wikipedia text far larger than the training corpus: a well-known name ("أوباما" 4.5) is common
 * there, a one-off transliteration is not.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';

// Read on first use (with the model), not when the module is imported.
let zipf: Map<string, number> | null = null;
function frequencies(): Map<string, number> {
  if (zipf) return zipf;
  zipf = new Map();
  for (const line of gunzipSync(readFileSync(join(__dirname, '..', 'lexicons', 'wordfreq-ar.tsv.gz'))).toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    zipf.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return zipf;
}

/** Zipf frequency of a normalised word (0 when under the list's floor of 2). */
export const generalZipf = (norm: string): number => frequencies().get(norm) ?? 0;

/** Loads the list now (the embedded tagger does at start, so the first document is not slow). */
export const preloadWordFrequencies = (): void => void frequencies();
