// The chained tagger: POS → chunks (reading POS) → named entities (reading POS and chunks).
// Each layer is decoded greedily left to right; BIO layers may only continue a span of the
// same type (I-X after B-X or I-X), so their output is always well formed.
import {
  allFeatures,
  CHUNK_FEATURES,
  describeWord,
  DocumentMemory,
  isPlain,
  noFeatures,
  ENTITY_TYPES,
  MAX_FEATURES,
  NER_FEATURES,
  POS_FEATURES,
  SentenceFeatures,
  Casing,
  type LayerFeatures,
  type Lexicon,
  type WordInfo,
} from './features.js';
import { LayerWeights, type Scorer } from './weights.js';

export type FeatureFunction = (s: SentenceFeatures, i: number, out: Int32Array) => number;

const OTHER = 0;
const BEGIN = 1;
const INSIDE = 2;
const LAST = 3;
const UNIT = 4;
const KINDS: Record<string, number> = { B: BEGIN, I: INSIDE, L: LAST, U: UNIT };

/**
 * One layer: its labels, scorer and features, and the span structure of its labels. Span layers
 * are trained in BILOU (Begin, Inside, Last, Unit, O: Ratinov & Roth 2009 found it clearly
 * better than BIO for greedy decoding, since the model must decide where a span ends) and
 * reported in BIO. Decoding only allows label sequences that are well formed.
 */
export class Layer {
  readonly features: FeatureFunction;
  /** for label l: OTHER, BEGIN, INSIDE, LAST or UNIT */
  private readonly kindOf: Int32Array;
  /** for label l: its span type id, or -1 for O / plain tags */
  private readonly typeOf: Int32Array;
  /** does the label set use L- and U- (BILOU) rather than BIO? */
  private readonly bilou: boolean;
  /** the BIO form of each label, for output */
  readonly bioLabels: readonly string[];
  /** does the layer have plain parts (features cached for plain tokens, see isPlain)? */
  readonly hasPlainParts: boolean;
  /** allowed(previous, l) as a table: row previous + 1 (row 0 = sentence start) */
  private readonly allowedAfter: Uint8Array;

  constructor(
    /** index of this layer in WordInfo.layerScores */
    readonly id: number,
    readonly labels: readonly string[],
    public scorer: Scorer,
    readonly parts: LayerFeatures,
  ) {
    this.features = allFeatures(parts);
    this.hasPlainParts = [parts.plainWord, parts.plainPrev, parts.plainNext].some((part) => part !== noFeatures);
    const types = new Map<string, number>();
    this.kindOf = new Int32Array(labels.length);
    this.typeOf = new Int32Array(labels.length).fill(-1);
    labels.forEach((label, l) => {
      const kind = label[1] === '-' ? (KINDS[label[0]] ?? OTHER) : OTHER;
      if (kind === OTHER) return;
      const type = label.slice(2);
      if (!types.has(type)) types.set(type, types.size);
      this.kindOf[l] = kind;
      this.typeOf[l] = types.get(type)!;
    });
    this.bilou = this.kindOf.some((kind) => kind === LAST || kind === UNIT);
    this.bioLabels = labels.map((label, l) => {
      const kind = this.kindOf[l];
      if (kind === LAST) return 'I-' + label.slice(2);
      if (kind === UNIT) return 'B-' + label.slice(2);
      return label;
    });
    const n = labels.length;
    this.allowedAfter = new Uint8Array((n + 1) * n);
    for (let previous = -1; previous < n; previous++) {
      for (let l = 0; l < n; l++) this.allowedAfter[(previous + 1) * n + l] = this.allowed(previous, l) ? 1 : 0;
    }
  }

  /** May label l follow label previous (-1 = sentence start)? */
  allowed(previous: number, l: number): boolean {
    const kind = this.kindOf[l];
    const continues = kind === INSIDE || kind === LAST;
    if (!this.bilou) {
      // BIO: I-X only after B-X or I-X
      return !continues || (previous >= 0 && this.typeOf[previous] === this.typeOf[l]);
    }
    const previousKind = previous >= 0 ? this.kindOf[previous] : OTHER;
    const open = previousKind === BEGIN || previousKind === INSIDE;
    if (open) return continues && this.typeOf[previous] === this.typeOf[l];
    return !continues;
  }

  /**
   * The gold label to learn from after the previous *predicted* label (a dynamic oracle): the
   * gold label itself when it may follow, otherwise the best label that can still follow, so
   * the model is never pushed toward a label it could not choose. A span that should continue
   * but was not opened begins here (B-X, or U-X for its last token); a wrongly open span ends
   * here (L-Y in BILOU).
   */
  oracle(gold: number, previous: number): number {
    if (this.allowed(previous, gold)) return gold;
    const label = this.labels[gold];
    const type = label.slice(2);
    if (!this.bilou) return this.indexOf('B-' + type, gold);
    const previousKind = previous >= 0 ? this.kindOf[previous] : OTHER;
    if (previousKind === BEGIN || previousKind === INSIDE) return this.indexOf('L-' + this.labels[previous].slice(2), gold);
    return this.indexOf((this.kindOf[gold] === LAST ? 'U-' : 'B-') + type, gold);
  }

  /** Best allowed label given integer score sums (the decoder's fast path). */
  bestOfSums(sums: Int32Array, previous: number): number {
    const n = this.labels.length;
    const row = (previous + 1) * n;
    const allowedAfter = this.allowedAfter;
    let best = -1;
    let bestSum = -Infinity;
    for (let l = 0; l < n; l++) {
      if (sums[l] > bestSum && allowedAfter[row + l] === 1) {
        best = l;
        bestSum = sums[l];
      }
    }
    return best;
  }

  private indexOf(label: string, fallback: number): number {
    const index = this.labels.indexOf(label);
    return index < 0 ? fallback : index;
  }

  /** Best allowed label given scores. */
  best(scores: Float64Array, previous: number): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let l = 0; l < this.labels.length; l++) {
      if (scores[l] > bestScore && this.allowed(previous, l)) {
        best = l;
        bestScore = scores[l];
      }
    }
    return best;
  }
}

/** Something that learns from one decision (the perceptron trainer). */
export interface Learner {
  learn(features: Int32Array, count: number, gold: number, guess: number): void;
}

export interface TaggedSentence {
  pos: string[];
  chunk: string[];
  ner: string[];
}

const WORD_CACHE_LIMIT = 200_000;

export class Tagger {
  readonly pos: Layer;
  readonly chunk: Layer;
  readonly ner: Layer;
  private readonly words = new Map<string, WordInfo>();
  private readonly featureBuffer = new Int32Array(MAX_FEATURES);
  private scores: Float64Array;
  private sums: Int32Array;

  constructor(
    labels: { pos: readonly string[]; chunk: readonly string[]; ner: readonly string[] },
    scorers: { pos: Scorer; chunk: Scorer; ner: Scorer },
    public lexicon: Lexicon,
  ) {
    this.pos = new Layer(0, labels.pos, scorers.pos, POS_FEATURES);
    this.chunk = new Layer(1, labels.chunk, scorers.chunk, CHUNK_FEATURES);
    this.ner = new Layer(2, labels.ner, scorers.ner, NER_FEATURES);
    this.scores = new Float64Array(Math.max(labels.pos.length, labels.chunk.length, labels.ner.length));
    this.sums = new Int32Array(this.scores.length);
  }

  describe(word: string): WordInfo {
    let info = this.words.get(word);
    if (!info) {
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      info = describeWord(word);
      this.words.set(word, info);
    }
    return info;
  }

  /** Word infos of a document's sentences, and its casing memory from lines not in all caps. */
  prepareDocument(sentences: readonly (readonly string[])[]): { infos: WordInfo[][]; memory: DocumentMemory } {
    const memory = new DocumentMemory();
    const infos = sentences.map((words) => words.map((w) => this.describe(w)));
    for (const sentence of infos) {
      let upper = 0;
      for (const info of sentence) if (info.casing === Casing.Upper) upper++;
      if (upper > sentence.length / 2) continue;
      for (let i = 1; i < sentence.length; i++) {
        const casing = sentence[i].casing;
        if (casing === Casing.Lower || casing === Casing.Title) memory.casing.set(sentence[i].lower, casing);
      }
    }
    return { infos, memory };
  }

  /**
   * Decode one layer over a prepared sentence into `target` (label indices). With a learner
   * and gold labels, every decision is also a training example (learning from own predictions).
   */
  decode(layer: Layer, s: SentenceFeatures, target: Int32Array, learner?: Learner, gold?: Int32Array): void {
    if (!learner && layer.scorer instanceof LayerWeights) {
      this.decodeCached(layer, layer.scorer, s, target);
      return;
    }
    const features = this.featureBuffer;
    const scores = this.scores;
    for (let i = 0; i < s.n; i++) {
      const count = layer.features(s, i, features);
      layer.scorer.score(features, count, scores);
      const guess = layer.best(scores, i > 0 ? target[i - 1] : -1);
      if (learner && gold) learner.learn(features, count, layer.oracle(gold[i], i > 0 ? target[i - 1] : -1), guess);
      target[i] = guess;
    }
  }

  /**
   * Decoding with trained weights: the summed weights of the features that read one word only
   * (the word itself, or it as the previous / next word of a token) are computed once per
   * distinct word and cached on its WordInfo as five rows [word, prev, prev2, next, next2];
   * only context features are looked up per token.
   */
  private decodeCached(layer: Layer, weights: LayerWeights, s: SentenceFeatures, target: Int32Array): void {
    const features = this.featureBuffer;
    const sums = this.sums;
    const n = layer.labels.length;
    const rows = this.wordRows;
    const boundary = this.boundaryRows(layer, weights, s);
    for (let i = 0; i < s.n; i++) rows[i + 2] = this.wordRowsOf(layer, weights, s, i);
    rows[0] = rows[1] = boundary;
    rows[s.n + 2] = rows[s.n + 3] = boundary;
    for (let i = 0; i < s.n; i++) {
      const word = rows[i + 2];
      const prev = rows[i + 1];
      const prev2 = rows[i];
      const next = rows[i + 3];
      const next2 = rows[i + 4];
      // plain tokens read the word, prev and next rows with their plain parts added (5, 6, 7)
      const plain = layer.hasPlainParts && isPlain(s, i);
      const wordAt = plain ? 5 * n : 0;
      const prevAt = plain ? 6 * n : n;
      const prev2At = 2 * n;
      const nextAt = plain ? 7 * n : 3 * n;
      const next2At = 4 * n;
      for (let l = 0; l < n; l++) {
        sums[l] = word[wordAt + l] + prev[prevAt + l] + prev2[prev2At + l] + next[nextAt + l] + next2[next2At + l];
      }
      weights.accumulate(features, layer.parts.context(s, i, features, 0), sums);
      target[i] = layer.bestOfSums(sums, i > 0 ? target[i - 1] : -1);
    }
  }

  /** Row buffer of decodeCached: rows[i + 2] are the word rows of token i. */
  private wordRows: Int32Array[] = [];

  /** The five word-only rows of token i's word for a layer (cached per distinct word). */
  private wordRowsOf(layer: Layer, weights: LayerWeights, s: SentenceFeatures, i: number): Int32Array {
    const info = s.infos[i];
    const id = layer.id;
    const cached = info.layerScores[id];
    if (cached && info.layerScoresOf[id] === weights) return cached;
    const rows = this.rowsFor(layer, weights, s, i, i, i, i, i, i, i, i);
    info.layerScores[id] = rows;
    info.layerScoresOf[id] = weights;
    return rows;
  }

  private readonly boundaries: { weights: LayerWeights | null; rows: Int32Array | null }[] = [0, 1, 2].map(() => ({ weights: null, rows: null }));

  /** Rows for positions outside the sentence: prev rows before its start, next rows after its end. */
  private boundaryRows(layer: Layer, weights: LayerWeights, s: SentenceFeatures): Int32Array {
    const entry = this.boundaries[layer.id];
    if (entry.weights !== weights || !entry.rows) {
      entry.rows = this.rowsFor(layer, weights, s, s.n, -1, -2, s.n, s.n + 1, s.n, -1, s.n);
      entry.weights = weights;
    }
    return entry.rows;
  }

  /**
   * Rows [word, prev, prev2, next, next2, word + plainWord, prev + plainPrev, next + plainNext],
   * each part written at its position (word and plainWord are skipped outside the sentence).
   */
  private rowsFor(
    layer: Layer, weights: LayerWeights, s: SentenceFeatures,
    wordAt: number, prevAt: number, prev2At: number, nextAt: number, next2At: number,
    plainWordAt: number, plainPrevAt: number, plainNextAt: number,
  ): Int32Array {
    const n = layer.labels.length;
    const features = this.featureBuffer;
    const rows = new Int32Array(8 * n);
    const parts = layer.parts;
    const segments: [number, number, typeof parts.word][] = [
      [0, wordAt, parts.word],
      [1, prevAt, parts.prev],
      [2, prev2At, parts.prev2],
      [3, nextAt, parts.next],
      [4, next2At, parts.next2],
      [5, plainWordAt, parts.plainWord],
      [6, plainPrevAt, parts.plainPrev],
      [7, plainNextAt, parts.plainNext],
    ];
    for (const [segment, at, part] of segments) {
      // the word part is never needed for a boundary (wordAt = s.n there)
      if ((at < 0 || at >= s.n) && (segment === 0 || segment === 5)) continue;
      const sums = this.sums;
      sums.fill(0, 0, n);
      weights.accumulate(features, part(s, at, features, 0), sums);
      rows.set(sums.subarray(0, n), segment * n);
    }
    // plain segments hold their part plus the base part: word + plainWord, prev + plainPrev, next + plainNext
    for (let l = 0; l < n; l++) {
      rows[5 * n + l] += rows[l];
      rows[6 * n + l] += rows[n + l];
      rows[7 * n + l] += rows[3 * n + l];
    }
    return rows;
  }

  /** Record this sentence's entity labels of capitalised words for later sentences. */
  remember(s: SentenceFeatures, memory: DocumentMemory, infos: readonly WordInfo[]): void {
    for (let i = 0; i < s.n; i++) {
      if (!s.capitalised[i]) continue;
      const label = this.ner.labels[s.ner[i]];
      const type = label === 'O' ? ENTITY_TYPES.length : ENTITY_TYPES.indexOf(label.slice(2) as never);
      memory.entityHistory.set(infos[i].lower, type + 1);
    }
  }

  tagSentenceFeatures(s: SentenceFeatures): void {
    this.decode(this.pos, s, s.pos);
    this.decode(this.chunk, s, s.chunk);
    this.decode(this.ner, s, s.ner);
  }

  /** Tag a document given as sentences of tokens; sentences share document memory. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedSentence[] {
    const { infos, memory } = this.prepareDocument(sentences);
    return infos.map((sentenceInfos) => {
      const s = new SentenceFeatures(sentenceInfos, this.lexicon, memory);
      this.tagSentenceFeatures(s);
      this.remember(s, memory, sentenceInfos);
      return {
        pos: Array.from(s.pos, (l) => this.pos.labels[l]),
        chunk: Array.from(s.chunk, (l) => this.chunk.bioLabels[l]),
        ner: Array.from(s.ner, (l) => this.ner.bioLabels[l]),
      };
    });
  }
}
