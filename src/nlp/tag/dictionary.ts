// The POS tag dictionary (built by `npm run train`): words seen often in the training data with
// one tag nearly always get that tag without being scored. Half the tokens of news are such
// words (the, of, to, said, ",", "."), so this saves half the POS layer's work; forcing their tag
// changes little, since the tagger almost always chose it anyway.
import { bioToBilou, iob1ToBio, type ConllDocument } from './conll.js';
import { chunkKey, describeWord } from './features.js';

/** at least this many uses in training … */
export const DICTIONARY_MIN_USES = 20;
/** … with one tag in at least this share of them */
export const DICTIONARY_MIN_SHARE = 0.995;

/** hash of a word as written (WordInfo.raw) → index in `labels` of its one tag. */
export function buildTagDictionary(documents: readonly ConllDocument[], labels: readonly string[]): Map<number, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    for (const sentence of doc) {
      sentence.words.forEach((word, i) => {
        let tags = counts.get(word);
        if (!tags) counts.set(word, (tags = new Map()));
        const tag = sentence.columns[0][i];
        tags.set(tag, (tags.get(tag) ?? 0) + 1);
      });
    }
  }
  const dictionary = new Map<number, number>();
  for (const [word, tags] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [tag, count] of tags) {
      total += count;
      if (count > bestCount) [best, bestCount] = [tag, count];
    }
    const label = labels.indexOf(best);
    if (total >= DICTIONARY_MIN_USES && bestCount >= DICTIONARY_MIN_SHARE * total && label >= 0) {
      dictionary.set(describeWord(word).raw, label);
    }
  }
  return dictionary;
}

/**
 * The chunk dictionary is stricter than the POS one: its key's POS is predicted at run time, and
 * with the POS thresholds (156 entries) eng.testa chunk F1 fell 92.04 → 91.98; 50 uses at 99.9%
 * (40 entries) gave 92.03, these (19 entries: ".", ",", "of", "in", "said", ...) 92.05.
 */
export const CHUNK_DICTIONARY_MIN_USES = 100;
export const CHUNK_DICTIONARY_MIN_SHARE = 0.9995;

/**
 * The chunk dictionary: a word as written with its gold POS, at a token where no chunk is open
 * (the previous gold chunk label is O, L- or U-, or the sentence starts) → the chunk label it
 * (nearly) always has there (index in `chunkLabels`, BILOU), e.g. "of"/IN → U-PP, "."/. → O.
 * Keys are chunkKey(WordInfo.raw, POS label index).
 */
export function buildChunkDictionary(
  documents: readonly ConllDocument[],
  posLabels: readonly string[],
  chunkLabels: readonly string[],
): Map<number, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    for (const sentence of doc) {
      const chunks = bioToBilou(iob1ToBio(sentence.columns[1]));
      sentence.words.forEach((word, i) => {
        const previous = i > 0 ? chunks[i - 1] : 'O';
        if (previous.startsWith('B-') || previous.startsWith('I-')) return;
        const key = `${sentence.columns[0][i]} ${word}`;
        let labels = counts.get(key);
        if (!labels) counts.set(key, (labels = new Map()));
        labels.set(chunks[i], (labels.get(chunks[i]) ?? 0) + 1);
      });
    }
  }
  const dictionary = new Map<number, number>();
  for (const [key, labels] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [label, count] of labels) {
      total += count;
      if (count > bestCount) [best, bestCount] = [label, count];
    }
    const space = key.indexOf(' ');
    const pos = posLabels.indexOf(key.slice(0, space));
    const chunk = chunkLabels.indexOf(best);
    if (total >= CHUNK_DICTIONARY_MIN_USES && bestCount >= CHUNK_DICTIONARY_MIN_SHARE * total && pos >= 0 && chunk >= 0) {
      dictionary.set(chunkKey(describeWord(key.slice(space + 1)).raw, pos), chunk);
    }
  }
  return dictionary;
}
