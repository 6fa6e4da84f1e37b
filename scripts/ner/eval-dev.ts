/** npm run eval:ner — entity-level exact-span P/R/F1 per type on dev.conll (or the file given as argument). */
import { createEmbeddedTagger } from '@app/tagging';
import { loadModel } from '../../libs/tagging/src/model';
import { evaluateConll, formatScores, readConll } from './conll';

const file = process.argv[2] ?? 'dev.conll';
const gazetteerOnly = process.env.NER_GAZETTEER_ONLY === '1';
const model = gazetteerOnly ? undefined : loadModel(process.env.NER_MODEL);
const trainedOn = (model?.meta.trainedOn as string[] | undefined) ?? [];
if (trainedOn.includes(file)) {
  console.log(`NOTE: the model was trained on ${file} too; its score from the model trained without it was ${model?.meta.devF1WithoutDev} (see train:ner output).`);
}
const tagger = createEmbeddedTagger({ gazetteerOnly, model });
console.log(`${file}:`);
console.log(formatScores(evaluateConll(tagger, readConll(file))));
