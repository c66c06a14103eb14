// Named mentions: the tagger's NER spans corrected with the knowledge base (titles and "the"
// stripped, known names retyped), plus unambiguous gazetteer names the tagger missed and short
// forms of persons named in full ("Hayashi" after "Yoshimasa Hayashi").
import type { Doc, Mention, MentionType, TokenRange } from '../doc.js';
import { lookup, type KbEntry, type KnowledgeBase } from './kb.js';
import { PhraseTable, tokenKey } from './phrases.js';
import { TITLES, type TitleEntry } from './locales/en/roles.js';
import { AMBIGUOUS_NAMES } from './data/countries.js';

export interface MentionLexicons {
  kb: KnowledgeBase;
  titles: PhraseTable<TitleEntry>;
}

export function buildMentionLexicons(kb: KnowledgeBase): MentionLexicons {
  return { kb, titles: new PhraseTable(TITLES.map((t) => [t.words, t])) };
}

/** Capitalised last words that make a name an organisation ("Japanese Foreign Ministry"). */
export const ORG_HEADS = new Set([
  'Ministry', 'Embassy', 'Consulate', 'Department', 'Army', 'Navy', 'Council', 'Party', 'Forces', 'Force', 'Agency',
  'Office', 'Commission', 'Committee', 'Court', 'Parliament', 'Police', 'Guard', 'Guards', 'Institute', 'University',
  'Bank', 'Union', 'Front', 'Times', 'News', 'Post', 'Group', 'Corps', 'Service', 'Services', 'Authority', 'Assembly',
  'Senate', 'Congress', 'Organisation', 'Organization', 'Marines', 'Command', 'Coalition', 'Movement', 'Alliance',
  'Federation', 'Association', 'Foundation', 'Administration', 'Government', 'Cabinet', 'Customs', 'Secretariat',
  'Directorate', 'Bureau', 'Mission', 'Company', 'Corporation', 'Airlines', 'Airways', 'Network', 'Agency',
]);

const DETERMINER = /^(?:the|a|an)$/i;
const TRAILING_JUNK = /^(?:'s|’s|'|’|,|\.|-|–|—|:|;)$/;
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|de|da|di|du|van|von|der|bin|ibn|bint|ben|la|le)(?:-|$)/;

interface Span extends TokenRange {
  type: MentionType;
}

const NER_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** BIO spans of doc.ner (an I- tag without a B- opens a span; unknown types are skipped). */
export function nerSpans(doc: Doc): Span[] {
  const spans: Span[] = [];
  if (doc.ner.length !== doc.tokens.length) return spans;
  let open: Span | null = null;
  for (let i = 0; i <= doc.ner.length; i++) {
    const tag = i < doc.ner.length ? doc.ner[i] : 'O';
    const [prefix, type] = tag.split('-') as [string, string | undefined];
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (!continues && (prefix === 'B' || prefix === 'I') && type && NER_TYPES.has(type)) {
      open = { start: i, end: i + 1, type: type as MentionType };
    }
  }
  return spans;
}

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf(i);
  if (s < 0) return i === 0;
  for (let j = doc.sentences[s].start; j < i; j++) if (/\p{L}|\p{N}/u.test(doc.tokens[j].text)) return false;
  return true;
}

/** The longest knowledge-base name at `start` ending at or before `limit`. */
export function kbMatchAt(doc: Doc, kb: KnowledgeBase, start: number, limit = doc.tokens.length): { entry: KbEntry; end: number } | null {
  const max = Math.min(limit, start + kb.maxTokens);
  for (let end = max; end > start; end--) {
    const entries = lookup(kb, tokenKey(doc, start, end));
    if (entries.length > 0) return { entry: entries[0], end };
  }
  return null;
}

/** Skip title words (and honorifics) from `i`; returns the first token after them. */
function skipTitles(doc: Doc, lex: MentionLexicons, i: number, end: number): number {
  for (;;) {
    const title = lex.titles.matchAt(doc, i, end);
    if (!title || title.end >= end) return i;
    i = title.end;
    if (i < end && /^(?:of|to)$/.test(doc.tokens[i].text)) return i; // "Minister of ..." is not a name
  }
}

function allTitles(doc: Doc, lex: MentionLexicons, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const title = lex.titles.matchAt(doc, i, end);
    if (!title) return false;
    i = title.end;
  }
  return true;
}

function endsWithOrgHead(doc: Doc, start: number, end: number): boolean {
  return end - start >= 2 && ORG_HEADS.has(doc.tokens[end - 1].text);
}

/** Correct one tagger span: strip determiners, possessives and titles; split "Japanese Foreign Minister X". */
export function refineSpan(doc: Doc, lex: MentionLexicons, span: Span): Span[] {
  let { start, end } = span;
  const tokens = doc.tokens;
  while (start < end && DETERMINER.test(tokens[start].text)) start++;
  while (end > start && TRAILING_JUNK.test(tokens[end - 1].text)) end--;
  if (start >= end) return [];
  if (!isCapitalised(tokens[start].text) && !/^\p{N}/u.test(tokens[start].text) && !NAME_PARTICLE.test(tokens[start].text)) return [];
  const out: Span[] = [];
  // a country word or demonym before a title: "Japanese Foreign Minister Yoshimasa Hayashi"
  const lead = kbMatchAt(doc, lex.kb, start, end);
  if (lead && lead.end < end && (lead.entry.form === 'demonym' || lead.entry.form === 'country')) {
    let j = lead.end;
    if (j < end && /^(?:'s|’s)$/.test(tokens[j].text)) j++;
    if (lex.titles.matchAt(doc, j, end) && !endsWithOrgHead(doc, start, end)) {
      out.push({ start, end: lead.end, type: lead.entry.type });
      start = j;
    }
  }
  if (allTitles(doc, lex, start, end)) return out;
  if (span.type === 'PER' || out.length > 0) start = skipTitles(doc, lex, start, end);
  out.push({ start, end, type: retype(doc, lex, start, end, span.type) });
  return out;
}

/** The knowledge base's type for a whole span, else the tagger's. */
function retype(doc: Doc, lex: MentionLexicons, start: number, end: number, tagged: MentionType): MentionType {
  const key = tokenKey(doc, start, end);
  const entries = lookup(lex.kb, key);
  if (entries.length === 0) {
    const lead = kbMatchAt(doc, lex.kb, start, end);
    if (tagged !== 'ORG' && lead && lead.end < end && endsWithOrgHead(doc, start, end)) return 'ORG';
    return tagged;
  }
  if (tagged === 'PER' && AMBIGUOUS_NAMES.has(key)) return 'PER';
  const entry = entries.find((e) => e.type === tagged) ?? entries[0];
  // a surname that is also a place ("Jordan", "Paris") stays a person when the tagger says so
  if (tagged === 'PER' && entry.form !== 'country' && entry.form !== 'demonym' && end - start === 1 && entry.form !== 'organisation') return 'PER';
  return entry.type;
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Gazetteer names the tagger missed, where no other capitalised word makes them part of a longer name. */
export function gazetteerSpans(doc: Doc, lex: MentionLexicons, taken: TokenRange[]): Span[] {
  const out: Span[] = [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const r of taken) for (let i = r.start; i < r.end; i++) covered[i] = 1;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i]) continue;
    const text = doc.tokens[i].text;
    if (!isCapitalised(text) && !NAME_PARTICLE.test(text)) continue;
    let match = kbMatchAt(doc, lex.kb, i);
    while (match && coversTaken(covered, i, match.end)) match = kbMatchAt(doc, lex.kb, i, match.end - 1);
    if (!match || !acceptGazetteer(doc, lex, i, match.end, match.entry)) continue;
    const orgEnd = orgNameEnd(doc, lex, i, match);
    if (orgEnd > match.end && !coversTaken(covered, i, orgEnd)) {
      out.push({ start: i, end: orgEnd, type: 'ORG' });
      i = orgEnd - 1;
      continue;
    }
    if (neighbourMakesLongerName(doc, lex, i, match.end)) continue;
    out.push({ start: i, end: match.end, type: match.entry.type });
    i = match.end - 1;
  }
  return out;
}

function coversTaken(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return true;
  return false;
}

function acceptGazetteer(doc: Doc, lex: MentionLexicons, start: number, end: number, entry: KbEntry): boolean {
  // a bare surname is a mention only when the tagger or a full name says so
  if (entry.form === 'person' && end - start === 1) return false;
  const key = tokenKey(doc, start, end);
  if (AMBIGUOUS_NAMES.has(key) && (capitalisedAt(doc, start - 1) || capitalisedAt(doc, end))) return false;
  // a sentence-initial capitalised word that is also a common word ("Male", "West") needs more evidence
  if (entry.form === 'misc' && /^(?:West|East|South|North)$/.test(key) && !/^the$/i.test(doc.tokens[start - 1]?.text ?? '')) return false;
  return true;
}

function capitalisedAt(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && isCapitalised(doc.tokens[i].text) && !isSentenceStart(doc, i);
}

/** "Japanese Foreign Ministry", "U.S. Embassy": a country word followed by capitalised words ending in an org head. */
function orgNameEnd(doc: Doc, lex: MentionLexicons, start: number, match: { entry: KbEntry; end: number }): number {
  if (match.entry.form !== 'country' && match.entry.form !== 'demonym') return match.end;
  let j = match.end;
  let best = match.end;
  while (j < doc.tokens.length && j - match.end < 6) {
    const text = doc.tokens[j].text;
    if (isCapitalised(text)) {
      j++;
      if (ORG_HEADS.has(text)) best = j;
    } else if (/^(?:of|and|for|&)$/.test(text) && j + 1 < doc.tokens.length && isCapitalised(doc.tokens[j + 1].text)) {
      j++;
    } else break;
  }
  return best;
}

function neighbourMakesLongerName(doc: Doc, lex: MentionLexicons, start: number, end: number): boolean {
  const before = start - 1;
  if (before >= 0 && capitalisedAt(doc, before) && !isFreeNeighbour(doc, lex, before, 'before')) return true;
  if (end < doc.tokens.length && capitalisedAt(doc, end) && !isFreeNeighbour(doc, lex, end, 'after')) return true;
  return false;
}

/** A capitalised neighbour that does not extend the name: a title, another known name, an all-capitals dateline. */
function isFreeNeighbour(doc: Doc, lex: MentionLexicons, i: number, side: 'before' | 'after'): boolean {
  const text = doc.tokens[i].text;
  if (/^\p{Lu}+$/u.test(text) && text.length > 1) return true;
  if (side === 'after' && lex.titles.matchAt(doc, i)) return true;
  if (side === 'before' && lex.titles.matchEndingAt(doc, i + 1)) return true;
  if (side === 'after' && kbMatchAt(doc, lex.kb, i)) return true;
  if (side === 'before') {
    for (let s = Math.max(0, i - lex.kb.maxTokens + 1); s <= i; s++) if (lookup(lex.kb, tokenKey(doc, s, i + 1)).length) return true;
  }
  return false;
}

/** Short forms of persons named in full: "Hayashi", "Meng" standing alone. */
export function shortFormSpans(doc: Doc, persons: Span[], taken: TokenRange[]): Span[] {
  const forms = new Set<string>();
  for (const p of persons) {
    if (p.end - p.start < 2) continue;
    forms.add(doc.tokens[p.end - 1].text);
    forms.add(doc.tokens[p.start].text);
  }
  const covered = new Uint8Array(doc.tokens.length);
  for (const r of taken) for (let i = r.start; i < r.end; i++) covered[i] = 1;
  const out: Span[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !forms.has(doc.tokens[i].text) || !isCapitalised(doc.tokens[i].text)) continue;
    if (capitalisedAt(doc, i - 1) || capitalisedAt(doc, i + 1)) continue;
    out.push({ start: i, end: i + 1, type: 'PER' });
  }
  return out;
}

/** All mentions of a Doc, sorted and without overlaps. */
export function findMentions(doc: Doc, lex: MentionLexicons): Mention[] {
  const refined: Span[] = [];
  for (const span of nerSpans(doc)) for (const r of refineSpan(doc, lex, span)) if (r.end > r.start) refined.push(r);
  const gazetteer = gazetteerSpans(doc, lex, refined);
  const named = [...refined, ...gazetteer];
  const shortForms = shortFormSpans(doc, named.filter((s) => s.type === 'PER'), named);
  const all = [...named, ...shortForms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const span of all) {
    if (out.length && overlaps(out[out.length - 1], span)) continue;
    out.push({ start: span.start, end: span.end, type: span.type });
  }
  return out;
}
