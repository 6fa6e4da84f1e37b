/**
 * Floors on the three page sets with gold (seeds, strip-pages, strip-pages-2), scored as
 * `npm run eval:strip` does, so a rule that helps one set and breaks another shows up here.
 */
import { join } from 'path';
import { loadSeeds } from '../../../scripts/strip/seed-docs';
import { lineF1 } from '../../../scripts/strip/scoring';
import { stripBoilerplate } from './strip';

const ROOT = join(__dirname, '..', '..', '..');
const SETS: Array<[string, string, number]> = [
  // [set, directory, floor of the mean line F1]
  ['seeds', join(ROOT, 'seeds'), 0.99],
  ['strip-pages', join(ROOT, 'test', 'fixtures', 'strip-pages'), 0.98],
  ['strip-pages-2', join(ROOT, 'test', 'fixtures', 'strip-pages-2'), 0.97],
];

describe.each(SETS)('stripper on %s', (_name, dir, floor) => {
  const pages = loadSeeds(dir);
  const scores = pages.map((p) => ({ name: p.name, f1: lineF1(stripBoilerplate({ blocks: p.blocks }).paragraphs, p.gold.body).f1 }));

  it('has pages with gold', () => expect(pages.length).toBeGreaterThanOrEqual(5));

  it(`keeps the mean body line F1 at ${floor} or more`, () => {
    const mean = scores.reduce((s, x) => s + x.f1, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(floor);
  });

  it('scores no page below 0.6 line F1', () => {
    expect(scores.filter((s) => s.f1 < 0.6)).toEqual([]);
  });
});
