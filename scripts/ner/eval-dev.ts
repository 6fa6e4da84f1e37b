/** npm run eval:ner — entity-level exact-span P/R/F1 per type on dev.conll (or the file given as argument). */
import { createEmbeddedTagger } from '@app/tagging';
import { evaluateConll, formatScores, readConll } from './conll';

const file = process.argv[2] ?? 'dev.conll';
const tagger = createEmbeddedTagger({ gazetteerOnly: process.env.NER_GAZETTEER_ONLY === '1' });
console.log(`${file}:`);
console.log(formatScores(evaluateConll(tagger, readConll(file))));
