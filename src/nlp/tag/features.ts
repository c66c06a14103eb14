// Feature extraction for the three tagging layers. Every word is hashed once (per distinct
// word, cached); a feature key is mix(template, value[, value]) of integers. Layers read the
// labels predicted so far (previous tags of the same layer, POS and chunks of the layers before).
import { hashString, mix, mix3 } from './hash.js';
import { IntMap } from './int-map.js';

/** Casing classes: how a word is written, and how the training data usually wrote it. */
export const Casing = { Unknown: 0, Lower: 1, Title: 2, Upper: 3, Mixed: 4, NoLetters: 5 } as const;
export type Casing = (typeof Casing)[keyof typeof Casing];

/** Model data besides weights: usual casing of words and a phrase gazetteer, both hashed. */
export interface Lexicon {
  /** hash of a lower-cased word → its usual casing (Casing) in running text */
  truecase: Map<number, number>;
  /** phrase hash (see phraseHash) → bit mask of entity types (bit t = ENTITY_TYPES[t]) */
  gazetteer: Map<number, number>;
  gazetteerMaxLength: number;
  /** hash of a word → hash of its ambiguity class (the POS tags it had in training) */
  tagClasses?: Map<number, number>;
  /** hash of a word → hash of the chunk tags it had in training */
  chunkClasses?: Map<number, number>;
  /**
   * hash of a word as written → the POS label (index) it always has: the tag dictionary of
   * words seen often in training with one tag (see train.ts); such words are not scored
   */
  fixedTags?: Map<number, number>;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface WordInfo {
  raw: number;
  lower: number;
  shape: number;
  /** shape of the word written lower case / title case, for truecasing all-caps sentences */
  shapeLower: number;
  shapeTitle: number;
  casing: Casing;
  /** hashes of the lower-cased prefixes and suffixes of length 1..4 */
  affixes: Int32Array;
  capitalised: boolean;
  /**
   * may the word begin a named entity? Not when it is a lower-case word (one that begins with a
   * letter: "49ers" may), nor punctuation
   */
  opensEntity: boolean;
  /**
   * Where the tagger cached this word's summed word-feature weights: per layer id l, entry l is
   * the start of its rows in that layer's row arena and entry 3 + l the arena's epoch they
   * belong to (another epoch: not cached).
   */
  rowCache: Int32Array;
  /** the lexicon that usualCasing / tagClass / chunkClass were looked up in */
  lexiconOf: Lexicon | null;
  usualCasing: number;
  tagClass: number;
  chunkClass: number;
  /** the word's POS label from the tag dictionary (Lexicon.fixedTags), or -1 */
  fixedTag: number;
}

const BOUNDARY_LEFT = 0x1b1d;
const BOUNDARY_RIGHT = 0x2e2f;
const PHRASE_SEED = 0x5eed;

export function wordShape(word: string): string {
  if (!isAscii(word)) return wordShapeOfCodePoints(word);
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const cls = code >= 48 && code <= 57 ? 100 : code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code;
    if (cls !== last) out += String.fromCharCode(cls);
    last = cls;
  }
  return out;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** wordShape for any text: letter case by Unicode case mapping, code point by code point. */
function wordShapeOfCodePoints(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let cls: string;
    if (ch >= '0' && ch <= '9') cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch;
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

export function casingOf(word: string): Casing {
  let upper = 0;
  let lower = 0;
  if (isAscii(word)) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    }
  } else {
    for (const ch of word) {
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (upper + lower === 0) return Casing.NoLetters;
  if (upper === 0) return Casing.Lower;
  if (lower === 0) return upper === 1 && word.length === 1 ? Casing.Title : Casing.Upper;
  const first = word[0];
  if (first !== first.toLowerCase() && upper === 1) return Casing.Title;
  return Casing.Mixed;
}

/**
 * Typographic characters the training text (CoNLL-2003, plain ASCII) never has, mapped to its
 * forms: curly quotes to straight ones, dashes to "-", the ellipsis character to "...".
 */
export function normaliseTypography(word: string): string {
  if (/^[\x20-\x7e]*$/.test(word)) return word;
  return word
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[—–‒―−]/g, '-')
    .replace(/…/g, '...');
}

export function describeWord(original: string): WordInfo {
  const word = normaliseTypography(original);
  const lower = word.toLowerCase();
  const affixes = new Int32Array(8);
  for (let k = 1; k <= 4; k++) {
    affixes[k - 1] = k <= lower.length ? hashString(lower, 0, k) : 0;
    affixes[k + 3] = k <= lower.length ? hashString(lower, lower.length - k) : 0;
  }
  const title = lower.length > 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
  const casing = casingOf(word);
  return {
    raw: hashString(word),
    lower: hashString(lower),
    shape: hashString(wordShape(word)),
    shapeLower: hashString(wordShape(lower)),
    shapeTitle: hashString(wordShape(title)),
    casing,
    affixes,
    capitalised: casing === Casing.Title || casing === Casing.Upper || casing === Casing.Mixed,
    opensEntity: casing === Casing.Lower ? /^[0-9]/.test(word) : casing !== Casing.NoLetters || /[0-9]/.test(word),
    rowCache: new Int32Array(6),
    lexiconOf: null,
    usualCasing: Casing.Unknown,
    tagClass: 0,
    chunkClass: 0,
    fixedTag: -1,
  };
}

/** Hash of a lower-cased word sequence, the gazetteer's key. */
export function phraseHash(lowerHashes: readonly number[]): number {
  let h = PHRASE_SEED;
  for (const w of lowerHashes) h = mix(h, w);
  return h;
}

/** Per-document memory: how words are cased outside all-caps lines, and earlier NER labels. */
export class DocumentMemory {
  /** hash of a lower-cased word → its casing (Casing) */
  readonly casing = new IntMap();
  /** hash of a lower-cased word → 1 + the entity type it was last tagged with (ENTITY_TYPES.length for none) */
  readonly entityHistory = new IntMap();
}

/**
 * A sentence prepared for feature extraction: per-token integer arrays. The arrays may be longer
 * than the sentence (a tagger reuses one instance, see `reset`): read only the first `n` entries.
 */
export class SentenceFeatures {
  n = 0;
  infos: readonly WordInfo[] = [];
  raw = new Int32Array(0);
  lower = new Int32Array(0);
  /** word shapes as written (POS and chunks: CoNLL's own tagger saw the raw case) */
  rawShape = new Int32Array(0);
  /** word shapes, truecased in all-caps lines (NER) */
  shape = new Int32Array(0);
  affixes = new Int32Array(0);
  casing = new Int32Array(0);
  gazetteer = new Int32Array(0);
  tagClass = new Int32Array(0);
  chunkClass = new Int32Array(0);
  history = new Int32Array(0);
  pos = new Int32Array(0);
  chunk = new Int32Array(0);
  ner = new Int32Array(0);
  allCaps = 0;
  capitalised = new Uint8Array(0);

  constructor(infos: readonly WordInfo[], lexicon: Lexicon, memory: DocumentMemory | null) {
    this.allocate(infos.length);
    this.reset(infos, lexicon, memory);
  }

  /** Prepare for another sentence, reusing the arrays when they are long enough. */
  reset(infos: readonly WordInfo[], lexicon: Lexicon, memory: DocumentMemory | null): this {
    const n = infos.length;
    if (this.raw.length < n) this.allocate(Math.max(n, 2 * this.raw.length, 64));
    this.n = n;
    this.infos = infos;
    this.allCaps = isAllCaps(infos) ? 1 : 0;
    const affixes = this.affixes;
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      this.raw[i] = info.raw;
      this.lower[i] = info.lower;
      for (let a = 0; a < 8; a++) affixes[i * 8 + a] = info.affixes[a];
      this.capitalised[i] = info.capitalised ? 1 : 0;
      if (info.lexiconOf !== lexicon) lookUpWord(info, lexicon);
      const usual = info.usualCasing;
      this.casing[i] = usual;
      this.rawShape[i] = info.shape;
      this.shape[i] = this.allCaps ? truecasedShape(info, memory ? memory.casing.get(info.lower, usual) : usual) : info.shape;
      this.history[i] = memory ? memory.entityHistory.get(info.lower, 0) : 0;
      this.tagClass[i] = info.tagClass;
      this.chunkClass[i] = info.chunkClass;
      this.gazetteer[i] = 0;
      this.pos[i] = this.chunk[i] = this.ner[i] = 0;
    }
    markGazetteer(this, lexicon);
    return this;
  }

  private allocate(size: number): void {
    this.raw = new Int32Array(size);
    this.lower = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.rawShape = new Int32Array(size);
    this.affixes = new Int32Array(size * 8);
    this.casing = new Int32Array(size);
    this.gazetteer = new Int32Array(size);
    this.tagClass = new Int32Array(size);
    this.chunkClass = new Int32Array(size);
    this.history = new Int32Array(size);
    this.pos = new Int32Array(size);
    this.chunk = new Int32Array(size);
    this.ner = new Int32Array(size);
    this.capitalised = new Uint8Array(size);
  }
}

/** A lexicon's maps as IntMaps, built on first use (a lexicon is not changed once used). */
interface LexiconTables {
  truecase: IntMap;
  gazetteer: IntMap;
  tagClasses: IntMap;
  chunkClasses: IntMap;
  fixedTags: IntMap;
}

const lexiconTables = new WeakMap<Lexicon, LexiconTables>();

/**
 * Build a lexicon's lookup tables now (the tagger does so when it is constructed, i.e. while
 * the model loads) rather than on the first sentence tagged.
 */
export function prepareLexicon(lexicon: Lexicon): void {
  tablesOf(lexicon);
}

function tablesOf(lexicon: Lexicon): LexiconTables {
  let tables = lexiconTables.get(lexicon);
  if (!tables) {
    tables = {
      truecase: IntMap.from(lexicon.truecase),
      gazetteer: IntMap.from(lexicon.gazetteer),
      tagClasses: IntMap.from(lexicon.tagClasses ?? new Map()),
      chunkClasses: IntMap.from(lexicon.chunkClasses ?? new Map()),
      fixedTags: IntMap.from(lexicon.fixedTags ?? new Map()),
    };
    lexiconTables.set(lexicon, tables);
  }
  return tables;
}

/** Cache a word's lexicon entries on its description (one lexicon at a time). */
function lookUpWord(info: WordInfo, lexicon: Lexicon): void {
  info.lexiconOf = lexicon;
  const tables = tablesOf(lexicon);
  info.usualCasing = tables.truecase.get(info.lower, Casing.Unknown);
  info.tagClass = tables.tagClasses.get(info.raw, 0);
  info.chunkClass = tables.chunkClasses.get(info.raw, 0);
  info.fixedTag = tables.fixedTags.get(info.raw, -1);
}

function isAllCaps(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const info of infos) {
    if (info.casing === Casing.NoLetters) continue;
    letters++;
    if (info.casing === Casing.Upper) upper++;
  }
  return upper >= 1 && upper >= 0.8 * letters && letters >= 1;
}

function truecasedShape(info: WordInfo, usual: number): number {
  if (info.casing !== Casing.Upper) return info.shape;
  if (usual === Casing.Lower) return info.shapeLower;
  if (usual === Casing.Title) return info.shapeTitle;
  return info.shape;
}

/**
 * Longest gazetteer phrase from each capitalised start: B bits on its first token, I bits on
 * the rest. (Matching is case-insensitive, so that all-caps lines match; a lower-case start is
 * rarely a name and would turn words like "reading" or "nice" into places.)
 */
function markGazetteer(s: SentenceFeatures, lexicon: Lexicon): void {
  const gazetteerMaxLength = lexicon.gazetteerMaxLength;
  if (lexicon.gazetteer.size === 0) return;
  const gazetteer = tablesOf(lexicon).gazetteer;
  for (let i = 0; i < s.n; i++) {
    if (!s.capitalised[i]) continue;
    let h = PHRASE_SEED;
    let bestLength = 0;
    let bestTypes = 0;
    const last = Math.min(s.n, i + gazetteerMaxLength);
    for (let j = i; j < last; j++) {
      h = mix(h, s.lower[j]);
      const types = gazetteer.get(h, 0);
      if (types !== 0) {
        bestLength = j - i + 1;
        bestTypes = types;
      }
    }
    if (bestLength === 0) continue;
    s.gazetteer[i] |= bestTypes;
    for (let j = i + 1; j < i + bestLength; j++) s.gazetteer[j] |= bestTypes << 4;
  }
}

// Template ids. Keys are mix(template, value): changing an id changes the model.
const T = {
  bias: 1, lower: 2, raw: 3, shape: 4, casing: 5, prefix: 10, suffix: 14, lowerPrev: 20,
  lowerPrev2: 21, lowerNext: 22, lowerNext2: 23, suffixPrev: 24, suffixNext: 25, tagPrev: 30,
  tagPrev2: 31, tagPrevLower: 32, tagPrevShape: 33, shapeNext: 34, shapePrev: 35,
  initialCasing: 36, capsLower: 37, bigramPrev: 38, bigramNext: 39, shapeBigramPrev: 40,
  shapeBigramNext: 41, shapeTrigram: 42, pos: 50, posPrev: 51, posPrev2: 52, posNext: 53,
  posNext2: 54, posBigramPrev: 55, posBigramNext: 56, posTrigram: 57, posPrevPrev: 58,
  posNextNext: 59, lowerPos: 60, tagPrevPos: 61, chunk: 62, chunkPos: 63, posShape: 64,
  gazetteer: 70, gazetteerPrev: 71, gazetteerNext: 72, history: 73, historyShape: 74,
  capsShape: 75, posTrigramPrev: 76, posTrigramNext: 77, posPrevLower: 78, lowerPosNext: 79,
  tagPrevPosPair: 80, tagPrevSuffix: 88, tagPrevPosNext: 94, tagClass: 96, tagClassNext: 97,
  tagClassNext2: 98, tagClassPrev: 99, tagPrevClass: 100, tagClassPair: 101, posClassNext: 102,
  chunkClass: 103, chunkClassNext: 104, chunkClassNext2: 105, tagPrevChunkClass: 106,
  chunkClassPair: 107, chunkClassPrev: 108, tagsPrevChunkClass: 109, historyTagPrev: 110,
  initialShape: 111, classShape: 112, lowerPrevClass: 113,
} as const;

/** Value of a per-token array at i, or a boundary marker outside the sentence. */
function at(values: Int32Array, i: number, n: number): number {
  return i < 0 ? BOUNDARY_LEFT : i >= n ? BOUNDARY_RIGHT : values[i];
}

function tagAt(tags: Int32Array, i: number): number {
  return i < 0 ? -1 : tags[i];
}

export const MAX_FEATURES = 64;

/**
 * A layer's features come in two parts: word features depend only on the word itself (so the
 * tagger can cache their summed weights per distinct word), context features on everything else.
 * Each part writes from index k into out and returns the new end.
 */
export type FeaturePart = (s: SentenceFeatures, i: number, out: Int32Array, k: number) => number;

export function posWordFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const a = i * 8;
  out[k++] = T.bias;
  out[k++] = mix(T.lower, s.lower[i]);
  out[k++] = mix(T.raw, s.raw[i]);
  out[k++] = mix(T.casing, s.casing[i]);
  for (let p = 0; p < 3; p++) out[k++] = mix(T.prefix + p, s.affixes[a + p]);
  for (let p = 0; p < 4; p++) out[k++] = mix(T.suffix + p, s.affixes[a + 4 + p]);
  out[k++] = mix(T.tagClass, s.tagClass[i]);
  out[k++] = mix(T.shape, s.rawShape[i]);
  out[k++] = mix3(T.classShape, s.tagClass[i], s.rawShape[i]);
  return k;
}

/** POS features of the word at j seen from the next token (j = i - 1). */
export function posPrevWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev, at(s.lower, j, s.n));
  out[k++] = mix(T.suffixPrev, j >= 0 ? s.affixes[j * 8 + 6] : BOUNDARY_LEFT);
  out[k++] = mix(T.shapePrev, at(s.rawShape, j, s.n));
  return k;
}

export function posPrev2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev2, at(s.lower, j, s.n));
  return k;
}

export function posNextWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext, at(s.lower, j, s.n));
  out[k++] = mix(T.suffixNext, j < s.n ? s.affixes[j * 8 + 6] : BOUNDARY_RIGHT);
  out[k++] = mix(T.shapeNext, at(s.rawShape, j, s.n));
  out[k++] = mix(T.tagClassNext, at(s.tagClass, j, s.n));
  return k;
}

export function posNext2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext2, at(s.lower, j, s.n));
  out[k++] = mix(T.tagClassNext2, at(s.tagClass, j, s.n));
  return k;
}

/**
 * Is token i "plain": not the first of its sentence, and the sentence not in all caps? Then
 * some features read its word only (the `plain` parts of a layer, cached per word); otherwise
 * the context part writes them in their general form.
 */
export function isPlain(s: SentenceFeatures, i: number): boolean {
  return i > 0 && s.allCaps === 0;
}

export function posPlainWordFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  out[k++] = mix3(T.initialCasing, 0, s.casing[i]);
  out[k++] = mix3(T.capsLower, 0, s.lower[i]);
  out[k++] = mix3(T.initialShape, 0, s.rawShape[i]);
  return k;
}

/** A part without features. */
export function noFeatures(_s: SentenceFeatures, _i: number, _out: Int32Array, k: number): number {
  return k;
}

export function posContextFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const n = s.n;
  const a = i * 8;
  const lower = s.lower[i];
  const prev = tagAt(s.pos, i - 1);
  if (!isPlain(s, i)) {
    out[k++] = mix3(T.initialCasing, i === 0 ? 1 : 0, s.casing[i]);
    out[k++] = mix3(T.capsLower, s.allCaps, lower);
    out[k++] = mix3(T.initialShape, i === 0 ? 1 : 0, s.rawShape[i]);
  }
  out[k++] = mix(T.tagPrev, prev);
  out[k++] = mix3(T.tagPrev2, prev, tagAt(s.pos, i - 2));
  out[k++] = mix3(T.tagPrevLower, prev, lower);
  out[k++] = mix3(T.bigramPrev, at(s.lower, i - 1, n), lower);
  out[k++] = mix3(T.bigramNext, lower, at(s.lower, i + 1, n));
  out[k++] = mix3(T.tagPrevSuffix, prev, s.affixes[a + 6]);
  const classNext = at(s.tagClass, i + 1, n);
  out[k++] = mix3(T.tagPrevClass, prev, s.tagClass[i]);
  out[k++] = mix3(T.tagClassPair, s.tagClass[i], classNext);
  out[k++] = mix3(T.lowerPrevClass, at(s.lower, i - 1, n), s.tagClass[i]);
  return k;
}

export function chunkWordFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  out[k++] = T.bias;
  out[k++] = mix(T.lower, s.lower[i]);
  out[k++] = mix(T.suffix + 2, s.affixes[i * 8 + 6]);
  out[k++] = mix(T.tagClass, s.tagClass[i]);
  out[k++] = mix(T.chunkClass, s.chunkClass[i]);
  out[k++] = mix(T.shape, s.rawShape[i]);
  return k;
}

export function chunkPrevWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev, at(s.lower, j, s.n));
  out[k++] = mix(T.tagClassPrev, at(s.tagClass, j, s.n));
  out[k++] = mix(T.chunkClassPrev, at(s.chunkClass, j, s.n));
  return k;
}

export function chunkPrev2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev2, at(s.lower, j, s.n));
  return k;
}

export function chunkNextWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext, at(s.lower, j, s.n));
  out[k++] = mix(T.tagClassNext, at(s.tagClass, j, s.n));
  out[k++] = mix(T.chunkClassNext, at(s.chunkClass, j, s.n));
  return k;
}

export function chunkNext2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext2, at(s.lower, j, s.n));
  out[k++] = mix(T.chunkClassNext2, at(s.chunkClass, j, s.n));
  return k;
}

export function chunkContextFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const n = s.n;
  const lower = s.lower[i];
  const lowerPrev = at(s.lower, i - 1, n);
  const lowerNext = at(s.lower, i + 1, n);
  const pos = s.pos[i];
  const posPrev = tagAt(s.pos, i - 1);
  const posPrev2 = tagAt(s.pos, i - 2);
  const posNext = i + 1 < n ? s.pos[i + 1] : -2;
  const posNext2 = i + 2 < n ? s.pos[i + 2] : -2;
  const prev = tagAt(s.chunk, i - 1);
  out[k++] = mix(T.pos, pos);
  out[k++] = mix(T.posPrev, posPrev);
  out[k++] = mix(T.posPrev2, posPrev2);
  out[k++] = mix(T.posNext, posNext);
  out[k++] = mix(T.posNext2, posNext2);
  out[k++] = mix3(T.posBigramPrev, posPrev, pos);
  out[k++] = mix3(T.posBigramNext, pos, posNext);
  out[k++] = mix(T.posTrigram, mix3(posPrev, pos, posNext));
  out[k++] = mix3(T.posPrevPrev, posPrev2, posPrev);
  out[k++] = mix3(T.posNextNext, posNext, posNext2);
  out[k++] = mix3(T.lowerPos, lower, pos);
  out[k++] = mix(T.tagPrev, prev);
  out[k++] = mix3(T.tagPrev2, prev, tagAt(s.chunk, i - 2));
  out[k++] = mix3(T.tagPrevPos, prev, pos);
  out[k++] = mix3(T.tagPrevLower, prev, lower);
  out[k++] = mix(T.posTrigramPrev, mix3(posPrev2, posPrev, pos));
  out[k++] = mix(T.posTrigramNext, mix3(pos, posNext, posNext2));
  out[k++] = mix3(T.bigramPrev, lowerPrev, lower);
  out[k++] = mix3(T.bigramNext, lower, lowerNext);
  out[k++] = mix3(T.posPrevLower, posPrev, lower);
  out[k++] = mix3(T.lowerPosNext, lower, posNext);
  out[k++] = mix(T.tagPrevPosPair, mix3(prev, posPrev, pos));
  out[k++] = mix(T.tagPrevPosNext, mix3(prev, pos, posNext));
  out[k++] = mix3(T.posClassNext, pos, at(s.tagClass, i + 1, n));
  const chunkClass = s.chunkClass[i];
  const chunkClassNext = at(s.chunkClass, i + 1, n);
  out[k++] = mix3(T.tagPrevChunkClass, prev, chunkClass);
  out[k++] = mix3(T.chunkClassPair, chunkClass, chunkClassNext);
  out[k++] = mix(T.tagsPrevChunkClass, mix3(tagAt(s.chunk, i - 2), prev, chunkClass));
  return k;
}

export function nerWordFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const a = i * 8;
  out[k++] = T.bias;
  out[k++] = mix(T.lower, s.lower[i]);
  out[k++] = mix(T.raw, s.raw[i]);
  out[k++] = mix(T.casing, s.casing[i]);
  for (let p = 0; p < 4; p++) out[k++] = mix(T.prefix + p, s.affixes[a + p]);
  for (let p = 0; p < 4; p++) out[k++] = mix(T.suffix + p, s.affixes[a + 4 + p]);
  return k;
}

export function nerPrevWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev, at(s.lower, j, s.n));
  return k;
}

export function nerPrev2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerPrev2, at(s.lower, j, s.n));
  return k;
}

export function nerNextWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext, at(s.lower, j, s.n));
  return k;
}

export function nerNext2WordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.lowerNext2, at(s.lower, j, s.n));
  return k;
}

/** In a sentence not in all caps, NER shapes are the words' own (no truecasing). */
export function nerPlainWordFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const shape = s.rawShape[i];
  out[k++] = mix(T.shape, shape);
  out[k++] = mix3(T.initialCasing, 0, s.casing[i]);
  out[k++] = mix3(T.capsShape, 0, shape);
  return k;
}

export function nerPlainPrevWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.shapePrev, at(s.rawShape, j, s.n));
  return k;
}

export function nerPlainNextWordFeatures(s: SentenceFeatures, j: number, out: Int32Array, k: number): number {
  out[k++] = mix(T.shapeNext, at(s.rawShape, j, s.n));
  return k;
}

export function nerContextFeatures(s: SentenceFeatures, i: number, out: Int32Array, k: number): number {
  const n = s.n;
  const lower = s.lower[i];
  const shape = s.shape[i];
  const shapePrev = at(s.shape, i - 1, n);
  const shapeNext = at(s.shape, i + 1, n);
  const lowerPrev = at(s.lower, i - 1, n);
  const lowerNext = at(s.lower, i + 1, n);
  const prev = tagAt(s.ner, i - 1);
  const pos = s.pos[i];
  if (!isPlain(s, i)) {
    out[k++] = mix(T.shape, shape);
    out[k++] = mix3(T.initialCasing, i === 0 ? 1 : 0, s.casing[i]);
    out[k++] = mix3(T.capsShape, s.allCaps, shape);
    out[k++] = mix(T.shapePrev, shapePrev);
    out[k++] = mix(T.shapeNext, shapeNext);
  }
  out[k++] = mix3(T.bigramPrev, lowerPrev, lower);
  out[k++] = mix3(T.bigramNext, lower, lowerNext);
  out[k++] = mix3(T.shapeBigramPrev, shapePrev, shape);
  out[k++] = mix3(T.shapeBigramNext, shape, shapeNext);
  out[k++] = mix(T.shapeTrigram, mix3(shapePrev, shape, shapeNext));
  out[k++] = mix(T.pos, pos);
  out[k++] = mix(T.posPrev, tagAt(s.pos, i - 1));
  out[k++] = mix(T.posNext, i + 1 < n ? s.pos[i + 1] : -2);
  out[k++] = mix3(T.posShape, pos, shape);
  out[k++] = mix(T.chunk, s.chunk[i]);
  out[k++] = mix3(T.chunkPos, s.chunk[i], pos);
  out[k++] = mix(T.tagPrev, prev);
  out[k++] = mix3(T.tagPrev2, prev, tagAt(s.ner, i - 2));
  out[k++] = mix3(T.tagPrevLower, prev, lower);
  out[k++] = mix3(T.tagPrevShape, prev, shape);
  const gazetteer = s.gazetteer[i];
  for (let bit = 0; bit < 8; bit++) if (gazetteer & (1 << bit)) out[k++] = mix(T.gazetteer, bit);
  out[k++] = mix(T.gazetteerPrev, i > 0 ? s.gazetteer[i - 1] : -1);
  out[k++] = mix(T.gazetteerNext, i + 1 < n ? s.gazetteer[i + 1] : -1);
  const history = s.history[i];
  if (history !== 0) {
    out[k++] = mix(T.history, history);
    out[k++] = mix3(T.historyShape, history, shape);
    out[k++] = mix3(T.historyTagPrev, history, prev);
  }
  return k;
}

/**
 * A layer's features in parts: `word` reads only token i itself, `prev`/`prev2`/`next`/`next2`
 * only the word at i−1/i−2/i+1/i+2 (called with that position, which may lie outside the
 * sentence), `context` everything else (predicted tags, sentence casing, word pairs). The
 * tagger caches the summed weights of the word-only parts per distinct word, so at run time
 * only context features are looked up.
 */
export interface LayerFeatures {
  word: FeaturePart;
  prev: FeaturePart;
  prev2: FeaturePart;
  next: FeaturePart;
  next2: FeaturePart;
  /** written only for plain tokens (isPlain): the token's word, the previous one, the next one */
  plainWord: FeaturePart;
  plainPrev: FeaturePart;
  plainNext: FeaturePart;
  context: FeaturePart;
}

export const POS_FEATURES: LayerFeatures = {
  word: posWordFeatures,
  prev: posPrevWordFeatures,
  prev2: posPrev2WordFeatures,
  next: posNextWordFeatures,
  next2: posNext2WordFeatures,
  plainWord: posPlainWordFeatures,
  plainPrev: noFeatures,
  plainNext: noFeatures,
  context: posContextFeatures,
};

export const CHUNK_FEATURES: LayerFeatures = {
  word: chunkWordFeatures,
  prev: chunkPrevWordFeatures,
  prev2: chunkPrev2WordFeatures,
  next: chunkNextWordFeatures,
  next2: chunkNext2WordFeatures,
  plainWord: noFeatures,
  plainPrev: noFeatures,
  plainNext: noFeatures,
  context: chunkContextFeatures,
};

export const NER_FEATURES: LayerFeatures = {
  word: nerWordFeatures,
  prev: nerPrevWordFeatures,
  prev2: nerPrev2WordFeatures,
  next: nerNextWordFeatures,
  next2: nerNext2WordFeatures,
  plainWord: nerPlainWordFeatures,
  plainPrev: nerPlainPrevWordFeatures,
  plainNext: nerPlainNextWordFeatures,
  context: nerContextFeatures,
};

/** All features of a layer at token i. */
export function allFeatures(parts: LayerFeatures) {
  return (s: SentenceFeatures, i: number, out: Int32Array): number => {
    let k = parts.word(s, i, out, 0);
    k = parts.prev(s, i - 1, out, k);
    k = parts.prev2(s, i - 2, out, k);
    k = parts.next(s, i + 1, out, k);
    k = parts.next2(s, i + 2, out, k);
    if (isPlain(s, i)) {
      k = parts.plainWord(s, i, out, k);
      k = parts.plainPrev(s, i - 1, out, k);
      k = parts.plainNext(s, i + 1, out, k);
    }
    return parts.context(s, i, out, k);
  };
}

export const posFeatures = allFeatures(POS_FEATURES);
export const chunkFeatures = allFeatures(CHUNK_FEATURES);
export const nerFeatures = allFeatures(NER_FEATURES);
