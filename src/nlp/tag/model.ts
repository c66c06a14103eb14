// The tagging model. Choice: three chained averaged perceptrons (POS → chunk → NER), decoded
// greedily left to right with previous-tag features. Why: on CoNLL-2003 a greedy perceptron with
// rich features (word, case-insensitive forms, shapes, affixes, neighbours, predicted tags,
// ambiguity classes, gazetteers, the labels the same word got earlier in the document) comes
// within a point or two of CRF/Viterbi models, yet trains in minutes on two cores, needs no
// native code, and tags each token with one pass of hashed feature lookups. Three things made
// the greedy decoder work well: span layers use BILOU labels (the model decides where a span
// ends), training follows a dynamic oracle (after its own wrong guess the model learns the best
// label that can still follow, never an unreachable one), and the later layers learn from both
// gold and jackknifed POS (predicted by models that never saw the sentence), so they cope with
// POS errors. Averaging the weights is the regularisation; epochs are chosen on eng.testa.
//
// Model file: one gzip-compressed binary holding the three layers' pruned sparse weights
// (quantised to 16-bit integers with one scale per layer), the truecasing table and the
// gazetteer, all keyed by 32-bit feature/word/phrase hashes (no training text is stored).
//
// Layout (little-endian, before gzip): u32 header length, UTF-8 JSON header, then the sections
// listed in the header, each padded to 4 bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packageRoot } from '../../package-root.js';
import type { Lexicon } from './features.js';
import { Tagger } from './tagger.js';
import { layerWeights, type SparseLayer } from './weights.js';

export const LAYER_NAMES = ['pos', 'chunk', 'ner'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export interface TaggerModel {
  layers: Record<LayerName, SparseLayer>;
  lexicon: Lexicon;
  /** how the model was trained (data, epochs, scores), for the record */
  meta: Record<string, unknown>;
}

interface Header {
  format: 'annals-tagger/1';
  meta: Record<string, unknown>;
  layers: Record<LayerName, { labels: string[]; features: number; entries: number; scale: number }>;
  truecase: number;
  gazetteer: number;
  gazetteerMaxLength: number;
  tagClasses: number;
  chunkClasses: number;
  /** entries of the POS tag dictionary (absent in older files) */
  fixedTags?: number;
}

export function defaultModelPath(): string {
  return join(packageRoot(), 'src', 'nlp', 'tag', 'models', 'tagger.bin.gz');
}

class Writer {
  private readonly chunks: Buffer[] = [];
  add(view: ArrayBufferView): void {
    const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    this.chunks.push(bytes);
    const pad = (4 - (bytes.length % 4)) % 4;
    if (pad) this.chunks.push(Buffer.alloc(pad));
  }
  concat(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

class Reader {
  private offset = 0;
  constructor(private readonly bytes: Buffer) {}
  private take(byteLength: number): ArrayBuffer {
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(this.bytes.subarray(this.offset, this.offset + byteLength));
    this.offset += byteLength + ((4 - (byteLength % 4)) % 4);
    return copy;
  }
  int32(n: number): Int32Array {
    return new Int32Array(this.take(n * 4));
  }
  int16(n: number): Int16Array {
    return new Int16Array(this.take(n * 2));
  }
  uint8(n: number): Uint8Array {
    return new Uint8Array(this.take(n));
  }
}

export function serializeModel(model: TaggerModel): Buffer {
  const writer = new Writer();
  const layers = {} as Header['layers'];
  for (const name of LAYER_NAMES) {
    const layer = model.layers[name];
    let maxAbs = 0;
    for (const v of layer.values) maxAbs = Math.max(maxAbs, Math.abs(v));
    const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
    layers[name] = { labels: layer.labels, features: layer.keys.length, entries: layer.values.length, scale };
    writer.add(layer.keys);
    writer.add(layer.counts);
    writer.add(layer.labelIds);
    writer.add(Int16Array.from(layer.values, (v) => Math.round(v / scale)));
  }
  const sortedEntries = (map: Map<number, number>) => [...map.entries()].sort((a, b) => a[0] - b[0]);
  const truecase = sortedEntries(model.lexicon.truecase);
  writer.add(Int32Array.from(truecase, (e) => e[0]));
  writer.add(Uint8Array.from(truecase, (e) => e[1]));
  const gazetteer = sortedEntries(model.lexicon.gazetteer);
  writer.add(Int32Array.from(gazetteer, (e) => e[0]));
  writer.add(Uint8Array.from(gazetteer, (e) => e[1]));
  const tagClasses = sortedEntries(model.lexicon.tagClasses ?? new Map());
  writer.add(Int32Array.from(tagClasses, (e) => e[0]));
  writer.add(Int32Array.from(tagClasses, (e) => e[1]));
  const chunkClasses = sortedEntries(model.lexicon.chunkClasses ?? new Map());
  writer.add(Int32Array.from(chunkClasses, (e) => e[0]));
  writer.add(Int32Array.from(chunkClasses, (e) => e[1]));
  const fixedTags = sortedEntries(model.lexicon.fixedTags ?? new Map());
  writer.add(Int32Array.from(fixedTags, (e) => e[0]));
  writer.add(Uint8Array.from(fixedTags, (e) => e[1]));
  const header: Header = {
    format: 'annals-tagger/1',
    meta: model.meta,
    layers,
    truecase: truecase.length,
    gazetteer: gazetteer.length,
    gazetteerMaxLength: model.lexicon.gazetteerMaxLength,
    tagClasses: tagClasses.length,
    chunkClasses: chunkClasses.length,
    fixedTags: fixedTags.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const headerBlock = new Writer();
  headerBlock.add(headerBytes);
  return gzipSync(Buffer.concat([length, headerBlock.concat(), writer.concat()]), { level: 9 });
}

export function deserializeModel(compressed: Buffer): TaggerModel {
  const bytes = gunzipSync(compressed);
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== 'annals-tagger/1') throw new Error(`tagger: unknown model format ${header.format}`);
  const reader = new Reader(bytes.subarray(4 + headerLength + ((4 - (headerLength % 4)) % 4)));
  const layers = {} as Record<LayerName, SparseLayer>;
  for (const name of LAYER_NAMES) {
    const info = header.layers[name];
    const keys = reader.int32(info.features);
    const counts = reader.uint8(info.features);
    const labelIds = reader.uint8(info.entries);
    const quantised = reader.int16(info.entries);
    const values = new Float32Array(quantised.length);
    for (let e = 0; e < quantised.length; e++) values[e] = quantised[e] * info.scale;
    layers[name] = { labels: info.labels, keys, counts, labelIds, values };
  }
  const toMap = (keys: Int32Array, values: ArrayLike<number>) => {
    const map = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i], values[i]);
    return map;
  };
  const truecase = toMap(reader.int32(header.truecase), reader.uint8(header.truecase));
  const gazetteer = toMap(reader.int32(header.gazetteer), reader.uint8(header.gazetteer));
  const tagClassCount = header.tagClasses ?? 0;
  const tagClasses = toMap(reader.int32(tagClassCount), reader.int32(tagClassCount));
  const chunkClassCount = header.chunkClasses ?? 0;
  const chunkClasses = toMap(reader.int32(chunkClassCount), reader.int32(chunkClassCount));
  const fixedTagCount = header.fixedTags ?? 0;
  const fixedTags = toMap(reader.int32(fixedTagCount), reader.uint8(fixedTagCount));
  return {
    layers,
    lexicon: { truecase, gazetteer, gazetteerMaxLength: header.gazetteerMaxLength, tagClasses, chunkClasses, fixedTags },
    meta: header.meta,
  };
}

export function saveModel(model: TaggerModel, path: string): number {
  const bytes = serializeModel(model);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function taggerFromModel(model: TaggerModel): Tagger {
  const labels = { pos: model.layers.pos.labels, chunk: model.layers.chunk.labels, ner: model.layers.ner.labels };
  const scorers = {
    pos: layerWeights(model.layers.pos),
    chunk: layerWeights(model.layers.chunk),
    ner: layerWeights(model.layers.ner),
  };
  return new Tagger(labels, scorers, model.lexicon);
}

/** Load the trained tagger (use through ctx.resources.get('tagger', loadTagger)). */
export function loadTagger(path: string = defaultModelPath()): Tagger {
  if (!existsSync(path)) {
    throw new Error(`tagger: model file ${path} is missing; run \`npm run train\` to build it`);
  }
  return taggerFromModel(deserializeModel(readFileSync(path)));
}
