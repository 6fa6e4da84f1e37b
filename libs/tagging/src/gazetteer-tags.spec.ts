import { normalizeArabic } from '@app/arabic';
import { Gazetteer, parseGazetteerTsv } from './gazetteer';
import { gazetteerLabels, gazetteerTags } from './gazetteer-tags';

const gaz = new Gazetteer();
parseGazetteerTsv(gaz, ['ORG\tنادي الهلال\tالهلال السعودي', 'ORG\tالهلال\t\tambiguous', 'LOC\tالرياض'].join('\n'));
const words = (text: string) => text.split(' ').map((w) => normalizeArabic(w));

describe('ambiguous gazetteer entries', () => {
  it('marks a name that is also an ordinary word in lower case, for the model only', () => {
    const tokens = words('رأى الهلال فوق الرياض');
    expect(gazetteerTags(gaz.matchAll(tokens), tokens.length)).toEqual(['O', 'b-ORG', 'O', 'B-LOC']);
    expect(gazetteerLabels(gaz.matchAll(tokens), tokens.length)).toEqual(['O', 'O', 'O', 'B-LOC']);
  });

  it('keeps a qualified form of the same name as an ordinary entry', () => {
    const tokens = words('فاز الهلال السعودي');
    expect(gazetteerTags(gaz.matchAll(tokens), tokens.length)).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('rejects an unknown flag with the line number', () => {
    expect(() => parseGazetteerTsv(new Gazetteer(), 'LOC\tصور\t\tmaybe', 'places.tsv')).toThrow('places.tsv:1');
  });
});
