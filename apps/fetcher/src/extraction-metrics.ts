import { Counter, register } from 'prom-client';
import type { Extraction } from '@app/contracts';

const htmlExtractions = new Counter({
  name: 'pipeline_html_extraction_total',
  help: 'HTML pages fetched, by the extraction path that produced their text (walk, density, json-ld, meta)',
  labelNames: ['path'] as const,
  registers: [register],
});

/** Counts one HTML page by extraction path: a rising share of fallbacks says the walk's rules miss a site. */
export function countExtraction(path: Extraction | undefined): void {
  if (path) htmlExtractions.inc({ path });
}
