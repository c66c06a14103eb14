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
  prepareLexicon,
  MAX_FEATURES,
  NER_FEATURES,
  POS_FEATURES,
  SentenceFeatures,
  Casing,
  type FeaturePart,
  type LayerFeatures,
  type Lexicon,
  type WordInfo,
} from './features.js';
import { RowArena } from './row-arena.js';
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
  /**
   * Layout of a word's cached rows: segments 0..4 are word, prev, prev2, next, next2; plainWord /
   * plainPrev / plainNext is the segment plain tokens read instead of 0 / 1 / 3 (the same one
   * when the layer has no such plain part); count segments in all.
   */
  readonly segments: { plainWord: number; plainPrev: number; plainNext: number; count: number };
  /** allowed(previous, l) as a table: row previous + 1 (row 0 = sentence start) */
  private readonly allowedAfter: Uint8Array;

  constructor(
    /** index of this layer in WordInfo.rowCache */
    readonly id: number,
    readonly labels: readonly string[],
    public scorer: Scorer,
    readonly parts: LayerFeatures,
  ) {
    this.features = allFeatures(parts);
    let count = 5;
    this.segments = {
      plainWord: parts.plainWord !== noFeatures ? count++ : 0,
      plainPrev: parts.plainPrev !== noFeatures ? count++ : 1,
      plainNext: parts.plainNext !== noFeatures ? count++ : 3,
      count,
    };
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

  /** allowed() from the precomputed table */
  allowedAfterLabel(previous: number, l: number): boolean {
    return this.allowedAfter[(previous + 1) * this.labels.length + l] === 1;
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

/**
 * POS tags of punctuation that stands outside every phrase chunk when no chunk is open: the
 * sentence-final tag, to which the chunker itself gave O every time when tagging eng.train,
 * eng.testa and TimeBank+AQUAINT (13k tokens), so it is not scored. Commas (O 99.4%) were
 * measured too: eng.testa chunk F1 92.04 → 92.03, so they are still scored.
 */
const PUNCTUATION_OUTSIDE_CHUNKS = ['.'];

/** data[to + l] += data[from + l] for the n labels l. */
function addRow(data: Int32Array, to: number, from: number, n: number): void {
  for (let l = 0; l < n; l++) data[to + l] += data[from + l];
}

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
    this.nerOutside = Math.max(0, labels.ner.indexOf('O'));
    this.chunkOutside = Math.max(0, labels.chunk.indexOf('O'));
    this.outsideChunks = Uint8Array.from(labels.pos, (tag) => (PUNCTUATION_OUTSIDE_CHUNKS.includes(tag) ? 1 : 0));
    this.historyOfLabel = Int32Array.from(labels.ner, (label) =>
      label === 'O' ? ENTITY_TYPES.length + 1 : ENTITY_TYPES.indexOf(label.slice(2) as never) + 1,
    );
    this.scores = new Float64Array(Math.max(labels.pos.length, labels.chunk.length, labels.ner.length));
    this.sums = new Int32Array(this.scores.length);
    prepareLexicon(lexicon);
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
      if (!learner && layer === this.ner && this.outsideEntity(s, i, target)) {
        target[i] = this.nerOutside;
        continue;
      }
      if (!learner && layer === this.chunk && this.outsideChunk(s, i, target)) {
        target[i] = this.chunkOutside;
        continue;
      }
      if (!learner && layer === this.pos && s.infos[i].fixedTag >= 0) {
        target[i] = s.infos[i].fixedTag;
        continue;
      }
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
   * distinct word and cached in the layer's row arena (see RowArena); only context features are
   * looked up per token.
   */
  private decodeCached(layer: Layer, weights: LayerWeights, s: SentenceFeatures, target: Int32Array): void {
    const features = this.featureBuffer;
    const sums = this.sums;
    const n = layer.labels.length;
    const arena = this.arenaOf(layer, weights);
    arena.reserve(s.n + 1);
    const at = this.rowStarts.length < s.n + 4 ? (this.rowStarts = new Int32Array(2 * s.n + 4)) : this.rowStarts;
    const boundary = this.boundaryRows(layer, weights, arena, s);
    at[0] = at[1] = at[s.n + 2] = at[s.n + 3] = boundary;
    for (let i = 0; i < s.n; i++) at[i + 2] = this.wordRows(layer, weights, arena, s, i);
    const rows = arena.data;
    const segments = layer.segments;
    const startsOnCapitals = layer === this.ner;
    const dictionary = layer === this.pos;
    const chunks = layer === this.chunk;
    for (let i = 0; i < s.n; i++) {
      if (startsOnCapitals && this.outsideEntity(s, i, target)) {
        target[i] = this.nerOutside;
        continue;
      }
      if (dictionary && s.infos[i].fixedTag >= 0) {
        target[i] = s.infos[i].fixedTag;
        continue;
      }
      if (chunks && this.outsideChunk(s, i, target)) {
        target[i] = this.chunkOutside;
        continue;
      }
      // plain tokens read the word, prev and next segments with their plain parts added
      const plain = isPlain(s, i);
      const word = at[i + 2] + (plain ? segments.plainWord : 0) * n;
      const prev = at[i + 1] + (plain ? segments.plainPrev : 1) * n;
      const prev2 = at[i] + 2 * n;
      const next = at[i + 3] + (plain ? segments.plainNext : 3) * n;
      const next2 = at[i + 4] + 4 * n;
      for (let l = 0; l < n; l++) {
        sums[l] = rows[word + l] + rows[prev + l] + rows[prev2 + l] + rows[next + l] + rows[next2 + l];
      }
      weights.accumulate(features, layer.parts.context(s, i, features, 0), sums);
      target[i] = layer.bestOfSums(sums, i > 0 ? target[i - 1] : -1);
    }
  }

  /**
   * Is token i outside any entity without scoring it? When no entity span is open and its word
   * cannot begin one (see WordInfo.opensEntity: in eng.train 19 of 23,499 entities begin with
   * a lower-case word that begins with a letter, 1 with punctuation), the only label left is O.
   * About two tokens in three are decided so.
   */
  private outsideEntity(s: SentenceFeatures, i: number, target: Int32Array): boolean {
    return !s.infos[i].opensEntity && this.ner.allowedAfterLabel(i > 0 ? target[i - 1] : -1, this.nerOutside);
  }

  /** Is token i punctuation outside any chunk (see PUNCTUATION_OUTSIDE_CHUNKS)? */
  private outsideChunk(s: SentenceFeatures, i: number, target: Int32Array): boolean {
    return this.outsideChunks[s.pos[i]] === 1 && this.chunk.allowedAfterLabel(i > 0 ? target[i - 1] : -1, this.chunkOutside);
  }

  /** Row starts of decodeCached: at[i + 2] for token i, boundary rows around the sentence. */
  private rowStarts = new Int32Array(64);
  private readonly arenas: (RowArena | null)[] = [null, null, null];

  private arenaOf(layer: Layer, weights: LayerWeights): RowArena {
    let arena = this.arenas[layer.id];
    if (!arena || arena.weights !== weights) {
      arena = this.arenas[layer.id] = new RowArena(weights, layer.segments.count * layer.labels.length);
    }
    return arena;
  }

  /** Start of the word rows of token i's word (computed once per distinct word and arena epoch). */
  private wordRows(layer: Layer, weights: LayerWeights, arena: RowArena, s: SentenceFeatures, i: number): number {
    const cache = s.infos[i].rowCache;
    const id = layer.id;
    if (cache[3 + id] === arena.epoch) return cache[id];
    const start = arena.allocate();
    this.fillRows(layer, weights, arena.data, start, s, i, i, i, i, i);
    cache[id] = start;
    cache[3 + id] = arena.epoch;
    return start;
  }

  /** Rows for positions outside the sentence: prev rows before its start, next rows after its end. */
  private boundaryRows(layer: Layer, weights: LayerWeights, arena: RowArena, s: SentenceFeatures): number {
    if (arena.boundaryEpoch !== arena.epoch) {
      arena.boundary = arena.allocate();
      arena.boundaryEpoch = arena.epoch;
      this.fillRows(layer, weights, arena.data, arena.boundary, s, s.n, -1, -2, s.n, s.n + 1);
    }
    return arena.boundary;
  }

  /**
   * Fill one word's rows at `start`: segments word, prev, prev2, next, next2, then word + plainWord,
   * prev + plainPrev, next + plainNext for the plain parts the layer has (Layer.segments), each
   * part written at its position (the word parts are skipped outside the sentence). All parts'
   * features are looked up in one batch.
   */
  private fillRows(
    layer: Layer, weights: LayerWeights, data: Int32Array, start: number, s: SentenceFeatures,
    wordAt: number, prevAt: number, prev2At: number, nextAt: number, next2At: number,
  ): void {
    const n = layer.labels.length;
    const parts = layer.parts;
    const segments = layer.segments;
    const inside = wordAt >= 0 && wordAt < s.n;
    data.fill(0, start, start + segments.count * n);
    this.batchCount = 0;
    if (inside) this.batchPart(parts.word, s, wordAt, start);
    this.batchPart(parts.prev, s, prevAt, start + n);
    this.batchPart(parts.prev2, s, prev2At, start + 2 * n);
    this.batchPart(parts.next, s, nextAt, start + 3 * n);
    this.batchPart(parts.next2, s, next2At, start + 4 * n);
    if (inside && segments.plainWord !== 0) this.batchPart(parts.plainWord, s, wordAt, start + segments.plainWord * n);
    if (segments.plainPrev !== 1) this.batchPart(parts.plainPrev, s, prevAt, start + segments.plainPrev * n);
    if (segments.plainNext !== 3) this.batchPart(parts.plainNext, s, nextAt, start + segments.plainNext * n);
    weights.accumulateInto(this.batch, this.batchCount, data, this.batchRows);
    // a plain segment holds its part plus the base segment's
    if (segments.plainWord !== 0) addRow(data, start + segments.plainWord * n, start, n);
    if (segments.plainPrev !== 1) addRow(data, start + segments.plainPrev * n, start + n, n);
    if (segments.plainNext !== 3) addRow(data, start + segments.plainNext * n, start + 3 * n, n);
  }

  /** Features of fillRows, and the row each one adds to. */
  private readonly batch = new Int32Array(4 * MAX_FEATURES);
  private readonly batchRows = new Int32Array(4 * MAX_FEATURES);
  private batchCount = 0;

  private batchPart(part: FeaturePart, s: SentenceFeatures, i: number, row: number): void {
    const from = this.batchCount;
    this.batchCount = part(s, i, this.batch, from);
    this.batchRows.fill(row, from, this.batchCount);
  }

  /** Record this sentence's entity labels of capitalised words for later sentences. */
  remember(s: SentenceFeatures, memory: DocumentMemory, infos: readonly WordInfo[]): void {
    const historyOf = this.historyOfLabel;
    for (let i = 0; i < s.n; i++) {
      if (s.capitalised[i]) memory.entityHistory.set(infos[i].lower, historyOf[s.ner[i]]);
    }
  }

  /** index of the NER label O */
  private readonly nerOutside: number;
  /** index of the chunk label O, and per POS label: 1 for PUNCTUATION_OUTSIDE_CHUNKS */
  private readonly chunkOutside: number;
  private readonly outsideChunks: Uint8Array;

  /** For each NER label: what `remember` stores (1 + index of its entity type; 1 + 4 for O). */
  private readonly historyOfLabel: Int32Array;

  tagSentenceFeatures(s: SentenceFeatures): void {
    this.decode(this.pos, s, s.pos);
    this.decode(this.chunk, s, s.chunk);
    this.decode(this.ner, s, s.ner);
  }

  /** One SentenceFeatures, reused sentence after sentence by tagSentences. */
  private sentence: SentenceFeatures | null = null;

  /**
   * Tag a document given as sentences of tokens (sentences share document memory), handing each
   * tagged sentence to `visit` (its label indices are valid only during the call; read labels
   * through layer.labels / bioLabels).
   */
  tagSentences(sentences: readonly (readonly string[])[], visit: (k: number, s: SentenceFeatures) => void): void {
    const { infos, memory } = this.prepareDocument(sentences);
    for (let k = 0; k < infos.length; k++) {
      const s = this.sentence ? this.sentence.reset(infos[k], this.lexicon, memory) : (this.sentence = new SentenceFeatures(infos[k], this.lexicon, memory));
      this.tagSentenceFeatures(s);
      this.remember(s, memory, infos[k]);
      visit(k, s);
    }
  }

  /** Tag a document given as sentences of tokens; sentences share document memory. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedSentence[] {
    const tagged: TaggedSentence[] = [];
    this.tagSentences(sentences, (_, s) => {
      tagged.push({
        pos: Array.from(s.pos.subarray(0, s.n), (l) => this.pos.labels[l]),
        chunk: Array.from(s.chunk.subarray(0, s.n), (l) => this.chunk.bioLabels[l]),
        ner: Array.from(s.ner.subarray(0, s.n), (l) => this.ner.bioLabels[l]),
      });
    });
    return tagged;
  }
}
