// Trains the tagger on CoNLL-2003 eng.train, picks each layer's epoch on eng.testa, and writes
// src/nlp/tag/models/tagger.bin.gz. Deterministic: fixed seed, fixed document order per epoch,
// no clock in the model file. Usage: npm run train [-- --epochs 10 --out FILE --min-weight 0.05]
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { cityMapping } from 'city-timezones';
import { evaluateTagger, formatEvaluation, type ConllEvaluation } from '../../../eval/conll.js';
import { tokenize } from '../segment/tokenize.js';
import { bioToBilou, iob1ToBio, readConll, type ConllDocument } from './conll.js';
import { buildTagDictionary } from './dictionary.js';
import { Casing, casingOf, describeWord, ENTITY_TYPES, phraseHash, SentenceFeatures, type Lexicon } from './features.js';
import { hashString, seededRandom } from './hash.js';
import { packageRoot } from '../../package-root.js';
import { defaultModelPath, LAYER_NAMES, loadTagger, saveModel, type LayerName, type TaggerModel } from './model.js';
import { entitySpans } from './spans.js';
import { Tagger } from './tagger.js';
import { layerWeights, PerceptronTrainer, type SparseLayer } from './weights.js';

const SEED = 20031;
const FOLDS = 10;
/** folds and epochs of the POS models that tag the training data for the later layers */
const POS_FOLDS = 5;
const POS_FOLD_EPOCHS = 6;

const GAZETTEER_MAX_LENGTH = 6;

interface TrainSentence {
  words: string[];
  gold: Record<LayerName, Int32Array>;
}

interface Options {
  epochs: number;
  out: string;
  minWeight: number;
  data: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    epochs: 10,
    out: defaultModelPath(),
    minWeight: 0.05,
    data: resolve(packageRoot(), '../shared/data'),
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--epochs') options.epochs = Number(value);
    else if (argv[i] === '--out') options.out = resolve(value);
    else if (argv[i] === '--min-weight') options.minWeight = Number(value);
    else if (argv[i] === '--data') options.data = resolve(value);
    else continue;
    i++;
  }
  return options;
}

/** Training targets of a column: POS as is, chunk and NER spans in BILOU. */
function targets(tags: readonly string[], spans: boolean): string[] {
  return spans ? bioToBilou(iob1ToBio(tags)) : [...tags];
}

function labelSet(documents: readonly ConllDocument[], column: number, spans: boolean): string[] {
  const labels = new Set<string>(['O']);
  for (const doc of documents) {
    for (const sentence of doc) for (const tag of targets(sentence.columns[column], spans)) labels.add(tag);
  }
  return [...labels].sort();
}

function toIndices(tags: readonly string[], labels: readonly string[]): Int32Array {
  return Int32Array.from(tags, (tag) => Math.max(0, labels.indexOf(tag)));
}

/** Usual casing of each word in running text (not sentence-initial, not in all-caps lines). */
function buildTruecase(documents: readonly ConllDocument[]): Map<number, number> {
  const counts = new Map<string, number[]>();
  for (const doc of documents) {
    for (const { words } of doc) {
      const upper = words.filter((w) => casingOf(w) === Casing.Upper).length;
      if (upper > words.length / 2) continue;
      for (let i = 1; i < words.length; i++) {
        const casing = casingOf(words[i]);
        if (casing === Casing.NoLetters) continue;
        const lower = words[i].toLowerCase();
        let c = counts.get(lower);
        if (!c) counts.set(lower, (c = [0, 0, 0, 0, 0]));
        c[casing]++;
      }
    }
  }
  const truecase = new Map<number, number>();
  for (const [lower, c] of counts) {
    let best = Casing.Lower as number;
    for (const casing of [Casing.Title, Casing.Upper, Casing.Mixed]) if (c[casing] > c[best]) best = casing;
    truecase.set(describeWord(lower).lower, best);
  }
  return truecase;
}

/**
 * Ambiguity classes: for each word (as written), the set of tags of one column (POS or chunk)
 * it carries in the given documents (tags under 5% of its uses dropped), hashed. The memory-based
 * tagger that produced CoNLL's POS and chunk columns worked from such classes, so they help to
 * reproduce its choices.
 */
function buildTagClasses(
  documents: readonly ConllDocument[],
  include: (d: number) => boolean,
  column = 0,
): Map<number, number> {
  const counts = new Map<string, Map<string, number>>();
  documents.forEach((doc, d) => {
    if (!include(d)) return;
    for (const sentence of doc) {
      sentence.words.forEach((word, i) => {
        let tags = counts.get(word);
        if (!tags) counts.set(word, (tags = new Map()));
        const tag = sentence.columns[column][i];
        tags.set(tag, (tags.get(tag) ?? 0) + 1);
      });
    }
  });
  const classes = new Map<number, number>();
  for (const [word, tags] of counts) {
    let total = 0;
    for (const c of tags.values()) total += c;
    const kept = [...tags].filter(([, c]) => c >= 0.05 * total).map(([tag]) => tag).sort();
    classes.set(describeWord(word).raw, hashString(kept.join(' ')));
  }
  return classes;
}

function addPhrase(gazetteer: Map<number, number>, words: readonly string[], type: number): void {
  if (words.length === 0 || words.length > GAZETTEER_MAX_LENGTH) return;
  const key = phraseHash(words.map((w) => describeWord(w).lower));
  gazetteer.set(key, (gazetteer.get(key) ?? 0) | (1 << type));
}

/** Entity phrases of some documents (gold spans), typed. */
function documentPhrases(doc: ConllDocument): { words: string[]; type: number }[] {
  const phrases: { words: string[]; type: number }[] = [];
  for (const sentence of doc) {
    const tags = sentence.columns[sentence.columns.length - 1];
    for (const span of entitySpans(tags)) {
      phrases.push({ words: sentence.words.slice(span.start, span.end), type: ENTITY_TYPES.indexOf(span.type as never) });
    }
  }
  return phrases;
}

/** Places of at least this many people go into the gazetteer (smaller ones are often words). */
const CITY_MIN_POPULATION = 50_000;

/**
 * Place names as LOC phrases, tokenised like running text: countries (all English variants,
 * i18n-iso-countries), and cities and their provinces (city-timezones, from Natural Earth).
 */
function placePhrases(): string[][] {
  countries.registerLocale(english);
  const names = new Set(Object.values(countries.getNames('en', { select: 'all' }) as Record<string, string[]>).flat());
  for (const place of cityMapping) {
    if (place.pop < CITY_MIN_POPULATION) continue;
    names.add(place.city);
    if (place.city_ascii) names.add(place.city_ascii);
    if (place.province) names.add(place.province);
  }
  return [...names].sort().map((name) => tokenize(name).map((t) => t.text));
}

/**
 * Gazetteers: one from all training documents (shipped), and one per fold built without that
 * fold's documents, so in training the gazetteer fires as rarely on unseen names as it will on
 * new text (jackknifing) instead of always being right.
 */
function buildGazetteers(documents: readonly ConllDocument[]): { full: Map<number, number>; folds: Map<number, number>[] } {
  const loc = ENTITY_TYPES.indexOf('LOC');
  const base = new Map<number, number>();
  for (const words of placePhrases()) addPhrase(base, words, loc);
  const phrases = documents.map(documentPhrases);
  const full = new Map(base);
  const folds = Array.from({ length: FOLDS }, () => new Map(base));
  phrases.forEach((list, d) => {
    for (const { words, type } of list) {
      if (type < 0) continue;
      addPhrase(full, words, type);
      for (let f = 0; f < FOLDS; f++) if (f !== d % FOLDS) addPhrase(folds[f], words, type);
    }
  });
  return { full, folds };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * POS tags of the training data as a tagger would predict them on unseen text: each fold is
 * tagged by a POS model trained on the other folds. The chunk and NER layers learn from these,
 * so they learn to cope with the POS errors they will meet at run time.
 */
function jackknifePos(
  sentences: readonly TrainSentence[][],
  labels: { pos: readonly string[]; chunk: readonly string[]; ner: readonly string[] },
  lexicon: Lexicon,
  random: () => number,
  documents: readonly ConllDocument[],
  foldOf: (d: number) => number,
): Int32Array[][] {
  const predicted: Int32Array[][] = sentences.map((doc) => doc.map((s) => new Int32Array(s.words.length)));
  for (let fold = 0; fold < POS_FOLDS; fold++) {
    // no tag dictionary: it was built from these very documents, and the point is POS as on new text
    lexicon = { ...lexicon, tagClasses: buildTagClasses(documents, (d) => foldOf(d) !== fold), fixedTags: undefined };
    const trainer = new PerceptronTrainer(labels.pos);
    const tagger = new Tagger(labels, { pos: trainer, chunk: trainer, ner: trainer }, lexicon);
    const own = Array.from(sentences.keys()).filter((d) => foldOf(d) !== fold);
    for (let epoch = 0; epoch < POS_FOLD_EPOCHS; epoch++) {
      for (const d of shuffled(own, random)) {
        const { infos } = tagger.prepareDocument(sentences[d].map((s) => s.words));
        sentences[d].forEach((sentence, k) => {
          const s = new SentenceFeatures(infos[k], lexicon, null);
          tagger.decode(tagger.pos, s, s.pos, trainer, sentence.gold.pos);
        });
      }
    }
    tagger.pos.scorer = layerWeights(trainer.averaged(0));
    for (const d of sentences.keys()) {
      if (foldOf(d) !== fold) continue;
      const { infos } = tagger.prepareDocument(sentences[d].map((s) => s.words));
      sentences[d].forEach((_, k) => {
        const s = new SentenceFeatures(infos[k], lexicon, null);
        tagger.decode(tagger.pos, s, predicted[d][k]);
      });
    }
  }
  return predicted;
}

/** How many of the last epochs are combined when choosing the POS and chunk layers together. */
const JOINT_CHOICE_EPOCHS = 4;

/**
 * Each layer's epoch, chosen on the dev set in chain order (a layer's best epoch depends on its
 * inputs): the POS and chunk layers together, as the pair among the last epochs with the best
 * POS accuracy + chunk F1, then NER with both in front.
 */
function chooseEpochs(
  snapshots: readonly Record<LayerName, SparseLayer>[],
  labels: { pos: readonly string[]; chunk: readonly string[]; ner: readonly string[] },
  lexicon: Lexicon,
  dev: readonly ConllDocument[],
): Record<LayerName, { epoch: number; score: number; layer: SparseLayer }> {
  const weights = snapshots.map((snapshot) => ({
    pos: layerWeights(snapshot.pos),
    chunk: layerWeights(snapshot.chunk),
    ner: layerWeights(snapshot.ner),
  }));
  const evaluate = (pos: number, chunk: number, ner: number) =>
    evaluateTagger(new Tagger(labels, { pos: weights[pos].pos, chunk: weights[chunk].chunk, ner: weights[ner].ner }, lexicon), dev);
  const last = snapshots.length - 1;
  const first = Math.max(0, snapshots.length - JOINT_CHOICE_EPOCHS);
  let pair = { pos: last, chunk: last, score: -Infinity, posAccuracy: 0, chunkF1: 0 };
  for (let pos = first; pos <= last; pos++) {
    for (let chunk = first; chunk <= last; chunk++) {
      const result = evaluate(pos, chunk, last);
      const posAccuracy = layerScore('pos', result);
      const chunkF1 = layerScore('chunk', result);
      if (posAccuracy + chunkF1 > pair.score) pair = { pos, chunk, score: posAccuracy + chunkF1, posAccuracy, chunkF1 };
    }
  }
  let ner = { epoch: last, score: -Infinity };
  snapshots.forEach((_, e) => {
    const score = layerScore('ner', evaluate(pair.pos, pair.chunk, e));
    if (score > ner.score) ner = { epoch: e, score };
  });
  console.log(`chose epochs pos ${pair.pos + 1}, chunk ${pair.chunk + 1}, ner ${ner.epoch + 1}`);
  return {
    pos: { epoch: pair.pos + 1, score: pair.posAccuracy, layer: snapshots[pair.pos].pos },
    chunk: { epoch: pair.chunk + 1, score: pair.chunkF1, layer: snapshots[pair.chunk].chunk },
    ner: { epoch: ner.epoch + 1, score: ner.score, layer: snapshots[ner.epoch].ner },
  };
}

function layerScore(name: LayerName, result: ConllEvaluation): number {
  if (name === 'pos') return result.posAccuracy ?? 0;
  if (name === 'chunk') return result.chunk?.overall.f1 ?? 0;
  return result.ner.overall.f1;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const train = readConll(resolve(options.data, 'conll2003/eng.train'));
  const dev = readConll(resolve(options.data, 'conll2003/eng.testa'));
  const labels = {
    pos: labelSet(train, 0, false),
    chunk: labelSet(train, 1, true),
    ner: labelSet(train, 2, true),
  };
  const sentences: TrainSentence[][] = train.map((doc) =>
    doc.map((s) => ({
      words: s.words,
      gold: {
        pos: toIndices(s.columns[0], labels.pos),
        chunk: toIndices(targets(s.columns[1], true), labels.chunk),
        ner: toIndices(targets(s.columns[2], true), labels.ner),
      },
    })),
  );
  const truecase = buildTruecase(train);
  const gazetteers = buildGazetteers(train);
  const lexiconWith = (gazetteer: Map<number, number>, include: (d: number) => boolean): Lexicon => ({
    truecase,
    gazetteer,
    gazetteerMaxLength: GAZETTEER_MAX_LENGTH,
    tagClasses: buildTagClasses(train, include, 0),
    chunkClasses: buildTagClasses(train, include, 1),
  });
  const foldLexicons = gazetteers.folds.map((gazetteer, fold) => lexiconWith(gazetteer, (d) => d % FOLDS !== fold));
  // the shipped lexicon also has the POS tag dictionary (decoding only: training decodes learn every token)
  const fullLexicon: Lexicon = { ...lexiconWith(gazetteers.full, () => true), fixedTags: buildTagDictionary(train, labels.pos) };
  const trainers = {
    pos: new PerceptronTrainer(labels.pos),
    chunk: new PerceptronTrainer(labels.chunk),
    ner: new PerceptronTrainer(labels.ner),
  };
  const tagger = new Tagger(labels, trainers, fullLexicon);
  const random = seededRandom(SEED);
  // two jackknifed POS versions with different fold splits: more varied POS errors to learn from
  const jackknifed = jackknifePos(sentences, labels, fullLexicon, random, train, (d) => d % POS_FOLDS);
  const blocks = (d: number) => Math.floor((d * POS_FOLDS) / sentences.length);
  const jackknifedAgain = jackknifePos(sentences, labels, fullLexicon, random, train, blocks);
  console.log(`jackknifed POS of the training data (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const snapshots: Record<LayerName, SparseLayer>[] = [];
  console.log(`train: ${train.length} documents, labels pos ${labels.pos.length} chunk ${labels.chunk.length} ner ${labels.ner.length}`);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const d of shuffled(Array.from(sentences.keys()), random)) {
      const lexicon = foldLexicons[d % FOLDS];
      tagger.lexicon = lexicon;
      const { infos, memory } = tagger.prepareDocument(sentences[d].map((s) => s.words));
      sentences[d].forEach((sentence, k) => {
        const s = new SentenceFeatures(infos[k], lexicon, memory);
        tagger.decode(tagger.pos, s, s.pos, trainers.pos, sentence.gold.pos);
        // The chunker learns every sentence three times, from gold POS and from two jackknifed POS
        // versions: the clean mapping and how to live with POS errors. NER gets gold or the first
        // jackknifed version (alternating).
        s.pos.set(sentence.gold.pos);
        tagger.decode(tagger.chunk, s, s.chunk, trainers.chunk, sentence.gold.chunk);
        s.pos.set(jackknifedAgain[d][k]);
        tagger.decode(tagger.chunk, s, s.chunk, trainers.chunk, sentence.gold.chunk);
        s.pos.set(jackknifed[d][k]);
        tagger.decode(tagger.chunk, s, s.chunk, trainers.chunk, sentence.gold.chunk);
        if ((d + k + epoch) % 2 === 1) s.pos.set(sentence.gold.pos);
        tagger.decode(tagger.ner, s, s.ner, trainers.ner, sentence.gold.ner);
        tagger.remember(s, memory, infos[k]);
      });
    }
    const snapshot = {
      pos: trainers.pos.averaged(options.minWeight),
      chunk: trainers.chunk.averaged(options.minWeight),
      ner: trainers.ner.averaged(options.minWeight),
    };
    const evaluator = new Tagger(
      labels,
      { pos: layerWeights(snapshot.pos), chunk: layerWeights(snapshot.chunk), ner: layerWeights(snapshot.ner) },
      fullLexicon,
    );
    const result = evaluateTagger(evaluator, dev);
    const scores = LAYER_NAMES.map((name) => `${name} ${(100 * layerScore(name, result)).toFixed(2)}`).join('  ');
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`epoch ${epoch}: dev ${scores}  (features pos ${snapshot.pos.keys.length} chunk ${snapshot.chunk.keys.length} ner ${snapshot.ner.keys.length}; ${seconds} s)`);
    snapshots.push(snapshot);
  }
  const best = chooseEpochs(snapshots, labels, fullLexicon, dev);

  const model: TaggerModel = {
    layers: { pos: best.pos.layer, chunk: best.chunk.layer, ner: best.ner.layer },
    lexicon: fullLexicon,
    meta: {
      trainedOn: 'CoNLL-2003 English eng.train (Reuters RCV1; research use), epochs chosen on eng.testa',
      seed: SEED,
      minWeight: options.minWeight,
      epochs: Object.fromEntries(LAYER_NAMES.map((name) => [name, best[name].epoch])),
    },
  };
  const bytes = saveModel(model, options.out);
  const final = evaluateTagger(loadTagger(options.out), dev);
  console.log(`saved ${options.out} (${(bytes / 1e6).toFixed(2)} MB); epochs ${JSON.stringify(model.meta.epochs)}`);
  console.log('eng.testa with the saved model:\n' + formatEvaluation(final));
  console.log(`training time ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
