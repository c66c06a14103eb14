// Reader for CoNLL-style column files (CoNLL-2003: "token POS chunk NER"; wikigold: "token NER").
// Documents are separated by -DOCSTART- lines, which may sit before or after a document.
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  /** columns after the token, e.g. [pos, chunk, ner] for CoNLL-2003 */
  columns: string[][];
}

export type ConllDocument = ConllSentence[];

/** Parse CoNLL column text into documents of sentences. */
export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let sentence: ConllSentence | null = null;
  const closeSentence = () => {
    if (sentence && sentence.words.length > 0) doc.push(sentence);
    sentence = null;
  };
  const closeDocument = () => {
    closeSentence();
    if (doc.length > 0) documents.push(doc);
    doc = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      closeSentence();
      continue;
    }
    const fields = line.split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      closeDocument();
      continue;
    }
    if (!sentence) sentence = { words: [], columns: fields.slice(1).map(() => []) };
    const current: ConllSentence = sentence;
    current.words.push(fields[0]);
    for (let c = 1; c < fields.length; c++) (current.columns[c - 1] ??= []).push(fields[c]);
  }
  closeDocument();
  return documents;
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/**
 * IOB1 → BIO. In IOB1 a chunk starts with I- unless it directly follows a chunk of the same
 * type (then B-). In BIO every chunk starts with B-. "O" and bare tags without a type stay.
 */
export function iob1ToBio(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  let previousType = '';
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.length < 3 || tag[1] !== '-') {
      out[i] = tag;
      previousType = '';
      continue;
    }
    const type = tag.slice(2);
    const begins = tag[0] === 'B' || type !== previousType;
    out[i] = (begins ? 'B-' : 'I-') + type;
    previousType = type;
  }
  return out;
}

/** BIO → BILOU: a span's last token becomes L-, a one-token span U-. */
export function bioToBilou(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag.length < 3 || tag[1] !== '-') return tag;
    const next = tags[i + 1];
    const continues = next !== undefined && next === 'I-' + tag.slice(2);
    if (tag[0] === 'B') return continues ? tag : 'U-' + tag.slice(2);
    if (tag[0] === 'I') return continues ? tag : 'L-' + tag.slice(2);
    return tag;
  });
}
