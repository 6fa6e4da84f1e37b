/**
 * npm run eval:ner — the honest figures of the tagger, entity-level exact span per type:
 *
 * 1. dev.conll scored by a model trained WITHOUT dev (train.conll + AQMAR, epochs chosen on dev);
 * 2. k-fold cross-validation over train.conll (contiguous folds, NER_CV_FOLDS, default 5): each fold
 *    scored by a model trained on the other folds + AQMAR (epochs chosen on dev), with the mean,
 *    standard deviation and range per type.
 *
 * It trains those models itself (scripts/ner/train.ts, one thread, niced) into .data/ner-eval/, so the
 * figures are for the current code and the same training settings (NER_* variables pass through);
 * NER_REUSE=1 scores the models of an earlier run instead of retraining; NER_EVAL_DIR puts them elsewhere.
 * NER_MODEL=path scores that one model on dev only (file argument: another CoNLL file).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createEmbeddedTagger } from '@app/tagging';
import { loadModel } from '../../libs/tagging/src/model';
import { EVAL_TYPES, evaluateConll, foldSlice, formatScores, prf, readConll, type PrfCounts } from './conll';

const ROOT = join(__dirname, '..', '..');
const OUT_DIR = process.env.NER_EVAL_DIR ?? join(ROOT, '.data', 'ner-eval');
const FOLDS = Number(process.env.NER_CV_FOLDS ?? 5);
const REUSE = process.env.NER_REUSE === '1';

function scoreOne(modelPath: string | undefined, file: string): void {
  const gazetteerOnly = process.env.NER_GAZETTEER_ONLY === '1';
  const model = gazetteerOnly ? undefined : loadModel(modelPath);
  const trainedOn = (model?.meta.trainedOn as string[] | undefined) ?? [];
  if (trainedOn.includes(file)) {
    console.log(`NOTE: the model was trained on ${file} too; its score from the model trained without it was ${model?.meta.devF1WithoutDev} (see train:ner output).`);
  }
  console.log(`${file}:`);
  console.log(formatScores(evaluateConll(createEmbeddedTagger({ gazetteerOnly, model }), readConll(file))));
}

/** Trains one model with scripts/ner/train.ts in a child process (its log goes beside the model). */
function train(out: string, env: Record<string, string>): void {
  if (REUSE && existsSync(out)) return;
  const started = Date.now();
  const result = spawnSync('nice', ['-n', '10', process.execPath, '--import', 'tsx', join(__dirname, 'train.ts')], {
    cwd: ROOT,
    env: { ...process.env, NER_WITH_DEV: '0', NER_OUT: out, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(out.replace(/\.json\.gz$/, '.log'), result.stdout + result.stderr);
  if (result.status !== 0) throw new Error(`training ${out} failed (status ${result.status}):\n${result.stderr.slice(-2000)}`);
  process.stderr.write(`[eval:ner] trained ${out} in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
}

const scoreModel = (path: string, sentences: ReturnType<typeof readConll>) => evaluateConll(createEmbeddedTagger({ model: loadModel(path) }), sentences);

function stats(values: number[]): { mean: number; sd: number; min: number; max: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

function main(): void {
  if (process.env.NER_MODEL || process.env.NER_GAZETTEER_ONLY === '1' || process.argv[2]) {
    scoreOne(process.env.NER_MODEL, process.argv[2] ?? 'dev.conll');
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  process.stderr.write(`[eval:ner] training 1 + ${FOLDS} models without dev (one thread each, in turn)${REUSE ? ', reusing earlier ones' : ''}\n`);

  const trainOnly = join(OUT_DIR, 'train-only.json.gz');
  train(trainOnly, {});
  console.log('dev.conll, model trained without dev (train.conll + AQMAR):');
  console.log(formatScores(scoreModel(trainOnly, readConll('dev.conll'))));

  const sentences = readConll('train.conll');
  const perFold: Array<Record<string, PrfCounts>> = [];
  for (let k = 0; k < FOLDS; k++) {
    const out = join(OUT_DIR, `fold-${k}-of-${FOLDS}.json.gz`);
    train(out, { NER_HOLDOUT: String(k), NER_FOLDS: String(FOLDS) });
    const { start, end } = foldSlice(sentences.length, FOLDS, k);
    perFold.push(scoreModel(out, sentences.slice(start, end)));
  }
  console.log(`\n${FOLDS}-fold cross-validation over train.conll (each fold scored by a model trained without it and without dev):`);
  console.log(`fold\t${[...EVAL_TYPES, 'ALL'].join('\t')}`);
  perFold.forEach((c, k) => console.log(`${k}\t${[...EVAL_TYPES, 'ALL'].map((t) => prf(c[t]).f1.toFixed(3)).join('\t')}`));
  for (const t of [...EVAL_TYPES, 'ALL']) {
    const s = stats(perFold.map((c) => prf(c[t]).f1));
    console.log(`${t}\tF1 mean=${s.mean.toFixed(3)}\tsd=${s.sd.toFixed(3)}\trange ${s.min.toFixed(3)}-${s.max.toFixed(3)}`);
  }
  const pooled = perFold.reduce((acc, c) => ({ tp: acc.tp + c.ALL.tp, fp: acc.fp + c.ALL.fp, fn: acc.fn + c.ALL.fn }), { tp: 0, fp: 0, fn: 0 });
  const p = prf(pooled);
  console.log(`pooled over folds: P=${p.p.toFixed(3)} R=${p.r.toFixed(3)} F1=${p.f1.toFixed(3)}`);
}

main();
