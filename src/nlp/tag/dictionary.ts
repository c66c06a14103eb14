// The POS tag dictionary (built by `npm run train`): words seen often in the training data with
// one tag nearly always get that tag without being scored. Half the tokens of news are such
// words (the, of, to, said, ",", "."), so this saves half the POS layer's work; forcing their tag
// changes little, since the tagger almost always chose it anyway.
import type { ConllDocument } from './conll.js';
import { describeWord } from './features.js';

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
