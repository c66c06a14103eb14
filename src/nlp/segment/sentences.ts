// Sentence boundaries over tokens: terminal punctuation followed by a likely sentence start,
// blank lines, and line breaks after a line that reads as complete (headlines, datelines).
import type { Token, TokenRange } from '../doc.js';
import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './locales/en.js';

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

export function splitSentences(text: string, tokens: Token[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    let end = i + 1;
    if (TERMINAL.has(tokens[i].text) || endsSentenceAsAbbreviation(tokens, i)) {
      while (end < tokens.length && CLOSERS.has(tokens[end].text) && !tokens[end].spaceBefore) end++;
      if (end < tokens.length && !startsSentence(tokens[end])) continue;
    } else if (end < tokens.length && !lineBreakEnds(text, tokens, i)) {
      continue;
    }
    sentences.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length });
  return sentences;
}

function startsSentence(next: Token): boolean {
  return /^[\p{Lu}\p{N}"“'‘(\[]/u.test(next.text);
}

/** "… to the U.S. The talks …": an abbreviation followed by a clear sentence starter. */
function endsSentenceAsAbbreviation(tokens: Token[], i: number): boolean {
  const word = tokens[i].text.toLowerCase();
  if (!word.endsWith('.') || word.length < 2 || TITLE_ABBREVIATIONS.has(word)) return false;
  if (!OTHER_ABBREVIATIONS.has(word) && !/^(?:\p{L}\.){2,}$/u.test(tokens[i].text)) return false;
  const next = tokens[i + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && SENTENCE_STARTERS.has(next.text.toLowerCase());
}

/** A line break ends a sentence after a blank line, or after a line not ending mid-phrase. */
function lineBreakEnds(text: string, tokens: Token[], i: number): boolean {
  const gap = text.slice(tokens[i].end, tokens[i + 1].start);
  const breaks = (gap.match(/\n/g) ?? []).length;
  if (breaks === 0) return false;
  if (breaks >= 2) return true;
  return !/^[,;:\-–(]$|^(?:and|or|of|the|a|an|to|in|on|for|with|by)$/i.test(tokens[i].text);
}
