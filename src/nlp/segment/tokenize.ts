// Penn-Treebank-like tokens (the convention of the CoNLL-2003 data the tagger learns from):
// punctuation split off, clitics ('s, n't, 're …) separate, abbreviations and numbers kept whole.
import type { Token } from '../doc.js';
import { ABBREVIATIONS, isCountryWord } from './locales/en.js';

const CLITIC = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m|’s|’re|’ve|’ll|’d|’m|n’t)$/i;

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?://[^\s<>"]+[^\s<>".,;:!?)\]'’]`, // URL
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`\d{1,2}:\d{2}(?::\d{2})?`, // clock time 10:30
    String.raw`\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}])`, // numbers 1,000.5, ordinals 21st, decades 1990s
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // initialisms U.S. a.m.
    String.raw`[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*\.?`, // words, hyphenated compounds, O'Neill (with a trailing dot, checked below)
    String.raw`\.{2,}|…|-{2,}|—|–`, // ellipsis and dashes
    String.raw`\S`, // any other single character
  ].join('|'),
  'gu',
);

/** Split text into tokens with character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let previousEnd = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    const start = m.index;
    const spaceBefore = start > previousEnd || start === 0;
    for (const piece of splitWord(m[0])) {
      const pieceStart = start + piece.offset;
      tokens.push({
        start: pieceStart,
        end: pieceStart + piece.text.length,
        text: piece.text,
        spaceBefore: piece.offset === 0 ? spaceBefore : false,
      });
    }
    previousEnd = start + m[0].length;
  }
  return tokens;
}

interface Piece {
  text: string;
  offset: number;
}

/** Separate a trailing period (unless the word is a known abbreviation) and clitics. */
function splitWord(word: string): Piece[] {
  if (word.endsWith('.') && word.length > 1 && !/^(?:\p{L}\.){2,}$/u.test(word)) {
    const bare = word.slice(0, -1);
    if (!ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(bare)) {
      return [...splitClitic(bare), { text: '.', offset: bare.length }];
    }
    return [{ text: word, offset: 0 }];
  }
  return splitClitic(word);
}

function splitClitic(word: string): Piece[] {
  if (word.includes('-')) {
    const parts = splitNameCompound(word);
    if (parts.length > 1) return parts;
  }
  const m = CLITIC.exec(word);
  if (!m || /^\d/.test(m[2])) return [{ text: word, offset: 0 }];
  // "can't" → "ca" + "n't" in PTB; keep the stem readable and the clitic separate
  return [
    { text: m[1], offset: 0 },
    { text: m[2], offset: m[1].length },
  ];
}

// Arabic and European name particles that stay joined: "al-Assad", "bin-Salman", "de-Gaulle".
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'an', 'bin', 'ibn', 'abu', 'abd', 'de', 'du', 'van', 'von', 'ul', 'ur']);

/**
 * A compound joining a name and a common word ("Iran-backed", "anti-Islam", "US-led",
 * "mid-November") or only country words ("Russia-Ukraine", "Kyrgyz-Kazakh") is split so each
 * name is a token of its own; other name-name ("Indo-Pacific", "Guinea-Bissau") and
 * word-word ("two-day") compounds stay whole.
 */
function splitNameCompound(word: string): Piece[] {
  const parts = word.split('-');
  const capitalised = parts.map((p) => /^\p{Lu}/u.test(p));
  const mixed = capitalised.some((c, i) => i > 0 && c !== capitalised[i - 1] && !NAME_PARTICLES.has(parts[capitalised[i - 1] ? i : i - 1].toLowerCase()));
  const countries = parts.every(isCountryWord);
  if ((!mixed && !countries) || parts.some((p) => p === '')) return [{ text: word, offset: 0 }];
  const pieces: Piece[] = [];
  let offset = 0;
  parts.forEach((part, i) => {
    if (i > 0) pieces.push({ text: '-', offset: offset++ });
    pieces.push({ text: part, offset });
    offset += part.length;
  });
  return pieces;
}
