// Named mentions: the tagger's NER spans corrected with the knowledge base (titles and "the"
// stripped, known names retyped), plus unambiguous gazetteer names the tagger missed and short
// forms of persons named in full ("Hayashi" after "Yoshimasa Hayashi").
import type { Doc, Mention, MentionType, TokenRange } from '../doc.js';
import { lookup, normalise, type KbEntry, type KnowledgeBase } from './kb.js';
import { lookupRange, PhraseTable, tokenKey } from './phrases.js';
import { GROUPS, PLURAL_TITLES, TITLES, type GroupEntry, type TitleEntry } from './locales/en/roles.js';
import { AMBIGUOUS_NAMES } from './data/countries.js';
import { GIVEN_NAMES } from './locales/en/given-names.js';

export interface MentionLexicons {
  kb: KnowledgeBase;
  titles: PhraseTable<TitleEntry>;
  /** group nouns ("labor unions", "security forces"): a capitalised first word of one opens a sentence, not a name */
  groups: PhraseTable<GroupEntry>;
}

export function buildMentionLexicons(kb: KnowledgeBase): MentionLexicons {
  return {
    kb,
    titles: new PhraseTable([...TITLES, ...PLURAL_TITLES].map((t) => [t.words, t])),
    groups: new PhraseTable(GROUPS.map((g) => [g.words, g])),
  };
}

/** "Labor unions, students and ... called": a sentence-initial word of a group noun phrase is not a name. */
function opensGroupPhrase(doc: Doc, lex: MentionLexicons, span: Span): boolean {
  if (span.end - span.start !== 1 || !isSentenceStart(doc, span.start)) return false;
  if (lookupRange(lex.kb, doc, span.start, span.end).length) return false;
  const match = lex.groups.matchAt(doc, span.start);
  return match !== null && match.end > span.end;
}

/** Capitalised last words that make a name a place ("Hazrat Shahjalal International Airport"). */
export const LOC_HEADS = new Set([
  'Airport', 'Airbase', 'Strait', 'Sea', 'Ocean', 'River', 'Island', 'Islands', 'Peninsula', 'Province', 'Region',
  'District', 'Valley', 'Mountains', 'Mountain', 'Desert', 'Canal', 'Bay', 'Lake', 'Complex', 'Square', 'Bridge',
  'Governorate', 'Oblast', 'Prefecture', 'County', 'Crossing', 'Plateau', 'Coast', 'Road', 'Street', 'Avenue',
  'Park', 'Stadium', 'Hall', 'Palace', 'Gate', 'Heights', 'Hills', 'Base', 'Camp', 'Port', 'Harbour', 'Harbor',
]);

/** Capitalised last words that make a name an event, agreement or other MISC name ("Beijing Winter Olympics"). */
export const MISC_HEADS = new Set([
  'Olympics', 'Games', 'Cup', 'Summit', 'Declaration', 'Agreement', 'Accord', 'Accords', 'Treaty', 'Convention',
  'Exercise', 'Exercises', 'Drills', 'Festival', 'Championship', 'Championships', 'Initiative', 'Plan', 'Doctrine',
  'Protocol', 'Charter', 'Memorandum', 'Meeting', 'Dialogue', 'Forum', 'Conference', 'Talks', 'Process', 'Truce',
]);

/** Ship prefixes: "HMS Montrose", "INS Trikand" are MISC. */
const SHIP_PREFIX = /^(?:HMS|USS|INS|ITS|ESPS|FS|HMCS|HMAS|HMNZS|MV|MT|RFS|CNS|JS|ROKS|TCG|NRP|HNLMS|KRI|BNS|PNS|SS)$/;

/** Capitalised last words that make a name an organisation ("Japanese Foreign Ministry"). */
export const ORG_HEADS = new Set([
  'Ministry', 'Embassy', 'Consulate', 'Department', 'Army', 'Navy', 'Council', 'Party', 'Forces', 'Force', 'Agency',
  'Office', 'Commission', 'Committee', 'Court', 'Parliament', 'Police', 'Guard', 'Guards', 'Institute', 'University',
  'Bank', 'Union', 'Front', 'Times', 'News', 'Post', 'Group', 'Corps', 'Service', 'Services', 'Authority', 'Assembly',
  'Senate', 'Congress', 'Organisation', 'Organization', 'Marines', 'Command', 'Coalition', 'Movement', 'Alliance',
  'Federation', 'Association', 'Foundation', 'Administration', 'Government', 'Cabinet', 'Customs', 'Secretariat',
  'Directorate', 'Bureau', 'Mission', 'Company', 'Corporation', 'Airlines', 'Airways', 'Network', 'Agency',
  'Society', 'Club', 'Hospital', 'School', 'College', 'Academy', 'Council', 'Bros', 'Inc', 'Ltd', 'Group', 'Holdings',
]);

const DETERMINER = /^(?:the|a|an)$/i;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
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
    const entries = lookupRange(kb, doc, start, end);
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
  let type = span.type;
  while (start < end && DETERMINER.test(tokens[start].text)) start++;
  while (end > start && (TRAILING_JUNK.test(tokens[end - 1].text) || isLowerWord(tokens[end - 1].text))) end--;
  // the tail of a title the tagger took for a name: "State" of "Secretary of State Antony Blinken"
  const titleEnd = titleCovering(doc, lex, start);
  if (titleEnd > start) {
    if (titleEnd >= end) return [];
    start = titleEnd;
    type = lookupRange(lex.kb, doc, start, end)[0]?.type ?? 'PER';
  }
  // a title that starts inside the span and runs past it: "Foreign Affairs" of "Foreign Affairs Minister"
  for (let p = start; p < end; p++) {
    const title = lex.titles.matchAt(doc, p);
    if (title && title.end > end && !title.value.honorific) {
      end = p;
      break;
    }
  }
  // a title closing the span right before a name: "Refugee Relief and Repatriation Commissioner, Abdul ..."
  if (span.type !== 'PER' && lookupRange(lex.kb, doc, start, end).length === 0 && nameFollows(doc, end)) {
    for (let p = start + 1; p < end; p++) {
      const title = lex.titles.matchAt(doc, p, end);
      if (title && title.end === end && !title.value.honorific && lookupRange(lex.kb, doc, start, p).length === 0) return [];
    }
  }
  // a title the span opens, closed after "and": "Rohingya Relief" + "and Repatriation Commissioner, X ..."
  if (span.type !== 'PER' && lookupRange(lex.kb, doc, start, end).length === 0 && doc.tokens[end]?.text === 'and') {
    let k = end + 1;
    while (k < end + 4 && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '') && !lex.titles.matchAt(doc, k)) k++;
    const title = lex.titles.matchAt(doc, k);
    if (k > end + 1 && title && !title.value.honorific && nameFollows(doc, title.end)) return [];
  }
  // a title closing the span: "U.N. Secretary-General" → "U.N."
  if (span.type !== 'PER' && lookupRange(lex.kb, doc, start, end).length === 0) {
    for (let p = start + 1; p < end; p++) {
      const title = lex.titles.matchAt(doc, p, end);
      if (title && title.end === end && !title.value.honorific && lookupRange(lex.kb, doc, start, p).length > 0) {
        end = p;
        type = lookupRange(lex.kb, doc, start, p)[0].type;
        break;
      }
    }
  }
  if (start >= end) return [];
  if (!isCapitalised(tokens[start].text) && !NAME_PARTICLE.test(tokens[start].text)) return [];
  if (!plausibleName(doc, lex, start, end)) return [];
  const embedded = personInsideBody(doc, start, end, type);
  if (embedded > start) {
    start = embedded;
    type = 'PER';
  }
  type = personByContext(doc, lex, start, end, type);
  // "Tono Eitel of Germany": a person's origin is not part of the name
  if (type === 'PER') {
    const of = doc.words({ start, end }).indexOf('of');
    if (of > 0 && lookupRange(lex.kb, doc, start + of + 1, end).length > 0) end = start + of;
  }
  span = { ...span, type };
  const out: Span[] = [];
  // a nationality or party word opening a person's name: "American Oliver McCall", "Republican John Doe"
  if (span.type === 'PER' && end - start >= 3) {
    const opener = kbMatchAt(doc, lex.kb, start, end - 2);
    if (opener && (opener.entry.form === 'demonym' || opener.entry.form === 'misc') && !lex.titles.matchAt(doc, opener.end, end)) {
      out.push({ start, end: opener.end, type: 'MISC' });
      start = opener.end;
    }
  }
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
  out.push({ start, end, type: acronymPlace(doc, lex, start, end, retype(doc, lex, start, end, span.type)) });
  return out;
}

/**
 * "SODELPA, which won 21 seats": an unknown all-capitals word the tagger took for a place names
 * a body (places are written in capitals only in a dateline at the head of the article).
 */
function acronymPlace(doc: Doc, lex: MentionLexicons, start: number, end: number, type: MentionType): MentionType {
  if (type !== 'LOC' || end - start !== 1 || start <= 2 || !/^\p{Lu}{3,}$/u.test(doc.tokens[start].text)) return type;
  if (lookupRange(lex.kb, doc, start, end).length > 0 || datelineAt(doc, start)) return type;
  // it acts: a verb or ", which/who" follows ("CIS airports" is a place)
  const next = doc.tokens[end]?.text ?? '';
  const acts = /^(?:VB|MD)/.test(doc.pos[end] ?? '') || (next === ',' && /^(?:which|who)$/i.test(doc.tokens[end + 1]?.text ?? ''));
  return acts ? 'ORG' : type;
}

/** "MILWAUKEE 1996-08-27", "CUCUTA, Colombia –", a line in capitals: where a report was filed, not a body. */
function datelineAt(doc: Doc, i: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf(i)];
  const words = doc.tokens.slice(sentence.start, sentence.end).filter((t) => /\p{L}/u.test(t.text));
  if (words.filter((t) => /^\p{Lu}+$/u.test(t.text)).length * 2 > words.length) return true;
  const next = doc.tokens[i + 1]?.text ?? '';
  if (/^(?:\(|-|–|—|:)$/.test(next) || /^\d/.test(next)) return true;
  // "IRVINE, Calif.", "KHASAVYURT, Russia 1996-08-31", "COMMACK, New York": a place after the comma, then the date or a dash
  if (next !== ',') return false;
  let j = i + 2;
  while (j < i + 6 && /^\p{Lu}[\p{L}.]*$/u.test(doc.tokens[j]?.text ?? '')) j++;
  const after = doc.tokens[j]?.text ?? '';
  return j > i + 2 && (/^(?:-|–|—|\(|:|\.)$/.test(after) || /^\d/.test(after) || j >= doc.sentences[doc.sentenceOf(i)].end);
}

/**
 * "... Natural Resources Fatih Donmez" typed ORG: from a given name on, the span is a person and
 * the words before it the tail of a title. Returns where the person starts, or `start`.
 */
function personInsideBody(doc: Doc, start: number, end: number, type: MentionType): number {
  if (type !== 'ORG' || ORG_HEADS.has(doc.tokens[end - 1].text)) return start;
  for (let p = start + 1; p < end - 1 && p <= start + 4; p++) {
    if (GIVEN_NAMES.has(doc.tokens[p].text) && end - p <= 3) return p;
  }
  return start;
}

/** Types the context makes sure of: a name right after a title is a person, "HMS Montrose" a ship (MISC). */
function personByContext(doc: Doc, lex: MentionLexicons, start: number, end: number, type: MentionType): MentionType {
  if (SHIP_PREFIX.test(doc.tokens[start].text) && end - start >= 2) return 'MISC';
  if (type === 'PER' || lookupRange(lex.kb, doc, start, end).length > 0) return type;
  const last = doc.tokens[end - 1].text;
  if (ORG_HEADS.has(last) || LOC_HEADS.has(last) || MISC_HEADS.has(last)) return type;
  const afterTitle = lex.titles.matchEndingAt(doc, start) ?? (start > 0 && doc.tokens[start - 1].text === ',' ? lex.titles.matchEndingAt(doc, start - 1) : null);
  if (afterTitle && !afterTitle.value.plural && end - start >= 2 && end - start <= 4) return 'PER';
  if (end - start >= 2 && end - start <= 4 && titleFollows(doc, lex, end)) return 'PER';
  const placeWord = /^(?:Jebel|Jabal|Burj|Wadi|Ras|Tel|Tal|Bab|Bir|Deir|Dayr|Ain|Beit|Bayt|Khan|Qasr|Mount|Lake|Port|Fort|Cape|Saint|St\.?)$/.test(doc.tokens[start].text);
  if (!placeWord) for (let i = start + 1; i < end; i++) if (/^(?:al|el|bin|ibn)-\p{L}/u.test(doc.tokens[i].text)) return 'PER';
  // "Ella Gershkovich" typed ORG: a common given name followed by capitalised names
  if (type === 'ORG' && end - start >= 2 && end - start <= 4 && GIVEN_NAMES.has(doc.tokens[start].text)
    && doc.words({ start, end }).every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return 'PER';
  return type;
}

/** ", another TPLF spokesperson" / ", the foreign minister": an appositive title after a name. */
function titleFollows(doc: Doc, lex: MentionLexicons, end: number): boolean {
  if (doc.tokens[end]?.text !== ',') return false;
  let i = end + 1;
  if (/^(?:the|a|an|another|its|his|her)$/i.test(doc.tokens[i]?.text ?? '')) i++;
  for (let k = 0; k < 3 && i < doc.tokens.length; k++) {
    const title = lex.titles.matchAt(doc, i);
    if (title && !title.value.honorific && !title.value.plural) return true;
    if (!isCapitalised(doc.tokens[i].text) && !/^(?:'s|’s)$/.test(doc.tokens[i].text)) return false;
    i++;
  }
  return false;
}

function nameFollows(doc: Doc, end: number): boolean {
  const i = doc.tokens[end]?.text === ',' ? end + 1 : end;
  return /^\p{Lu}\p{Ll}/u.test(doc.tokens[i]?.text ?? '') && (doc.ner[i] ?? '').endsWith('PER');
}

/** A lowercase word that is not part of a name ("in", "out"); name particles ("al-Bashir") stay. */
function isLowerWord(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !NAME_PARTICLE.test(text);
}

/** Diseases are not tagged (SCHEMA conventions). */
const DISEASES = /^(?:covid(?:-19)?|coronavirus|sars-cov-2|ebola|mpox|monkeypox|zika|cholera|malaria|hiv|aids|h1n1|h5n1|omicron|delta)$/i;

/** Filter tagger noise: numbers, diseases, hashtags, name-name compounds, common words tagged as names. */
function plausibleName(doc: Doc, lex: MentionLexicons, start: number, end: number): boolean {
  const text = doc.spanText({ start, end });
  if (!/\p{L}/u.test(text) || /^[\p{N}\p{P}\s]+$/u.test(text)) return false;
  if (DISEASES.test(text) || text.startsWith('#')) return false;
  // words that only form part of a name ("Republic" of "Republic of #Sudan")
  if (/^(?:Republic|Kingdom|State|Federation|Government|Ministry|Department|Province|Region)$/.test(text)) return false;
  if (lookupRange(lex.kb, doc, start, end).length > 0) return true;
  if (end - start === 1) {
    const word = doc.tokens[start].text;
    // "Qatar-Bahrain", "pro-Russian": compounds of names are not one mention
    if (/\p{L}-\p{L}/u.test(word) && word.split('-').some((part) => lookup(lex.kb, part).length > 0 || /^(?:pro|anti)$/i.test(part))) return false;
    const pos = doc.pos[start];
    if (pos && !/^(?:NNP|NNPS|NN|NNS|JJ|CD|FW)$/.test(pos)) return false;
    if (pos && /^NNS?$/.test(pos) && appearsLowercase(doc, word)) return false;
  }
  return true;
}

const lowercaseWords = new WeakMap<Doc, Set<string>>();

function appearsLowercase(doc: Doc, word: string): boolean {
  let words = lowercaseWords.get(doc);
  if (!words) {
    words = new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    lowercaseWords.set(doc, words);
  }
  return words.has(word.toLowerCase());
}

/** End of a title phrase that covers token `at` from before it ("Secretary of State" over "State"); else `at`. */
function titleCovering(doc: Doc, lex: MentionLexicons, at: number): number {
  for (let s = Math.max(0, at - 4); s < at; s++) {
    const title = lex.titles.matchAt(doc, s);
    if (title && title.end > at && !title.value.honorific) return title.end;
  }
  return at;
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
  if (tagged === 'PER' && entry.form === 'place' && end - start === 1) return 'PER';
  return entry.type;
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Gazetteer names the tagger missed, where no other capitalised word makes them part of a longer name. */
export function gazetteerSpans(doc: Doc, lex: MentionLexicons, taken: TokenRange[], reference?: string): Span[] {
  const out: Span[] = [];
  const covered = coveredTokens(doc, taken);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i]) continue;
    const text = doc.tokens[i].text;
    if (!isCapitalised(text) && !NAME_PARTICLE.test(text)) continue;
    let match = kbMatchAt(doc, lex.kb, i);
    while (match && coversTaken(covered, i, match.end)) match = kbMatchAt(doc, lex.kb, i, match.end - 1);
    if (!match || !acceptGazetteer(doc, lex, i, match.end, match.entry, reference)) continue;
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

function acceptGazetteer(doc: Doc, lex: MentionLexicons, start: number, end: number, entry: KbEntry, reference?: string): boolean {
  const key = tokenKey(doc, start, end);
  // a bare surname is a mention when the tagger or a full name says so, or when it is the name of
  // exactly one office-holder in office on the article date ("Biden met ..." the tagger left untyped)
  if (entry.form === 'person' && end - start === 1) return reference !== undefined && soleOfficeHolderName(doc, lex.kb, key, reference);
  if (AMBIGUOUS_NAMES.has(key) && (capitalisedAt(doc, start - 1) || capitalisedAt(doc, end))) return false;
  // a sentence-initial capitalised word that is also a common word ("Male", "West") needs more evidence
  if (entry.form === 'misc' && /^(?:West|East|South|North)$/.test(key) && !/^the$/i.test(doc.tokens[start - 1]?.text ?? '')) return false;
  return true;
}

/** `key` names only persons in the knowledge base, one of them in office on `date`, and is no common word here. */
function soleOfficeHolderName(doc: Doc, kb: KnowledgeBase, key: string, date: string): boolean {
  const entries = kb.byName.get(key) ?? [];
  if (entries.length === 0 || entries.some((e) => e.form !== 'person') || appearsLowercase(doc, key)) return false;
  const inOffice = new Set(entries.filter((e) => kb.persons.get(e.id)?.terms.some((t) => t.from <= date && (t.to === '' || date <= t.to))).map((e) => e.id));
  return inOffice.size === 1;
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
    } else if (/^(?:of|for|&)$/.test(text) && j + 1 < doc.tokens.length && isCapitalised(doc.tokens[j + 1].text)) {
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
    for (let s = Math.max(0, i - lex.kb.maxTokens + 1); s <= i; s++) if (lookupRange(lex.kb, doc, s, i + 1).length) return true;
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
  const covered = coveredTokens(doc, taken);
  const out: Span[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !forms.has(doc.tokens[i].text) || !isCapitalised(doc.tokens[i].text)) continue;
    if (capitalisedAt(doc, i - 1) || capitalisedAt(doc, i + 1)) continue;
    out.push({ start: i, end: i + 1, type: 'PER' });
  }
  return out;
}

const EXERCISE_NOUN = /^(?:exercises?|drills?|wargames?|manoeuvres|maneuvers|games?)$/;

/**
 * A name the text calls an exercise (MISC, not an actor): "Ulchi Freedom Guardian, this August's
 * defensive war game", "X is an annual exercise", "the Cope Thunder drills". Names of bodies
 * ("... Naval Force exercise") and known names keep their type.
 */
function namesExercise(doc: Doc, lex: MentionLexicons, span: Span): boolean {
  if (endsWithOrgHead(doc, span.start, span.end) || lookupRange(lex.kb, doc, span.start, span.end).length) return false;
  const next = doc.tokens[span.end]?.text ?? '';
  if (EXERCISE_NOUN.test(next) && !/^games?$/.test(next)) return true;
  const describing = next === ',' || (next === 'is' && /^(?:a|an|the)$/.test(doc.tokens[span.end + 1]?.text ?? ''));
  if (!describing) return false;
  for (let i = span.end + 1; i < Math.min(doc.tokens.length, span.end + 8); i++) {
    const word = doc.tokens[i].text;
    if (/^[,.;:]$/.test(word)) return false;
    if (EXERCISE_NOUN.test(word) && (word !== 'games' && word !== 'game' || doc.tokens[i - 1].text === 'war')) return true;
  }
  return false;
}

/** Heads that name one body on their own after "the": "the Guards" after "the Revolutionary Guards". */
const SHORT_HEADS = new Set(['Guards', 'Front', 'Corps', 'Brigades', 'Brigade', 'Brotherhood', 'Movement', 'Coalition']);

/** "the Guards", "the Front": the head word of an organisation named in full before it. */
export function headShortFormSpans(doc: Doc, orgs: Span[], taken: TokenRange[]): Span[] {
  const heads = new Map<string, number>();
  for (const o of orgs) {
    const head = doc.tokens[o.end - 1].text;
    if (o.end - o.start >= 2 && SHORT_HEADS.has(head) && !heads.has(head)) heads.set(head, o.end);
  }
  const covered = coveredTokens(doc, taken);
  const out: Span[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const first = heads.get(doc.tokens[i].text);
    if (first === undefined || i < first || covered[i] || !/^the$/i.test(doc.tokens[i - 1].text) || capitalisedAt(doc, i + 1)) continue;
    out.push({ start: i, end: i + 1, type: 'ORG' });
  }
  return out;
}

/** Join touching spans of one type ("Mohammad" + "Javad Zarif") and carry PER over name particles ("al-Bashir"). */
export function mergeSpans(doc: Doc, spans: Span[], kb: KnowledgeBase): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    // "Ella" (ORG) + "Gershkovich" (PER): a lone unknown capitalised word before a person's name is a first name
    const firstName = last && last.end === span.start && span.type === 'PER' && last.end - last.start === 1 && last.type !== 'LOC'
      && lookupRange(kb, doc, last.start, last.end).length === 0;
    // "Spokesperson Anna" (ORG) + "Naghdalyan" (ORG): a given name closing a span goes on into the surname touching it
    const surname = last && last.end === span.start && span.end - span.start === 1 && span.type !== 'LOC' && last.type !== 'LOC'
      && GIVEN_NAMES.has(doc.tokens[last.end - 1].text) && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[span.start].text)
      && lookupRange(kb, doc, span.start, span.end).length === 0;
    if (surname) {
      last.end = span.end;
      last.type = 'PER';
      continue;
    }
    // "Peace" + "and" + "Security Council": one body whose name the tagger cut at "and" (not two known names)
    const andBody = last && last.end + 1 === span.start && doc.tokens[last.end].text === 'and' && last.type === 'ORG' && span.type === 'ORG'
      && last.end - last.start === 1 && ORG_HEADS.has(doc.tokens[span.end - 1].text) && lookupRange(kb, doc, last.start, last.end).length === 0;
    if (andBody) {
      last.end = span.end;
      continue;
    }
    // only person names are split by the tagger; touching places or bodies are separate ("TEXAS NEW YORK")
    if (last && last.end === span.start && ((last.type === span.type && span.type === 'PER') || firstName)) {
      last.end = span.end;
      last.type = span.type;
    } else out.push({ ...span });
  }
  for (const span of out) {
    if (span.type !== 'PER') continue;
    while (span.end < doc.tokens.length && /^(?:al|el|bin|ibn|bint|van|von|de|da|der|du)(?:-\p{L}.*)?$/u.test(doc.tokens[span.end].text)) {
      const bare = !doc.tokens[span.end].text.includes('-');
      if (bare && !(span.end + 1 < doc.tokens.length && isCapitalised(doc.tokens[span.end + 1].text))) break;
      span.end += bare ? 2 : 1;
      while (span.end < doc.tokens.length && doc.ner[span.end]?.endsWith('PER')) span.end++;
    }
  }
  return out.filter((s, i) => i === 0 || s.start >= out[i - 1].end);
}

/**
 * Split spans the tagger ran together: at a title inside ("Commissioner Mohammad Abul Kalam"),
 * and at "and" between two names ("National Federation Party and Unity Fiji").
 */
export function splitSpans(doc: Doc, lex: MentionLexicons, span: Span): Span[] {
  for (let i = span.start + 1; i < span.end - 1; i++) {
    const title = lex.titles.matchAt(doc, i, span.end - 1);
    if (title && !title.value.honorific && isCapitalised(doc.tokens[i].text) && isCapitalised(doc.tokens[title.end].text)) {
      const head: Span[] = [];
      const lead = kbMatchAt(doc, lex.kb, span.start, i);
      if (lead && lead.end === i) head.push({ start: span.start, end: i, type: lead.entry.type });
      return [...head, ...splitSpans(doc, lex, { start: title.end, end: span.end, type: 'PER' })];
    }
  }
  // "FS Tonnerre and FS Surcouf of France": ships listed together, and where they come from
  if (SHIP_PREFIX.test(doc.tokens[span.start].text)) {
    const words = doc.words(span);
    const of = words.lastIndexOf('of');
    if (of > 1 && lookupRange(lex.kb, doc, span.start + of + 1, span.end).length > 0) {
      return [...splitSpans(doc, lex, { ...span, end: span.start + of }), { start: span.start + of + 1, end: span.end, type: 'LOC' }];
    }
    const and = words.indexOf('and');
    if (and > 1 && SHIP_PREFIX.test(words[and + 1] ?? '')) {
      return [{ ...span, end: span.start + and, type: 'MISC' }, ...splitSpans(doc, lex, { ...span, start: span.start + and + 1 })];
    }
  }
  for (let i = span.start + 1; i < span.end - 1; i++) {
    if (doc.tokens[i].text !== 'and') continue;
    const leftHead = ORG_HEADS.has(doc.tokens[i - 1].text);
    const rightHead = ORG_HEADS.has(doc.tokens[i + 1].text);
    const persons = span.type === 'PER' || (i - span.start >= 2 && span.end - i - 1 >= 2 && span.type !== 'ORG' && span.type !== 'LOC');
    if (leftHead || rightHead || persons) {
      if (lookupRange(lex.kb, doc, span.start, span.end).length) return [span];
      return [{ ...span, end: i }, ...splitSpans(doc, lex, { ...span, start: i + 1 })];
    }
  }
  return [span];
}

/** A knowledge-base name that covers tagger spans replaces them ("Gulf" + "Aden" → "Gulf of Aden"). */
export function knowledgeBaseOverride(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let k = 0;
  for (let i = 0; i < doc.tokens.length && k <= sorted.length; i++) {
    while (k < sorted.length && sorted[k].end <= i) out.push(sorted[k++]);
    if (!isCapitalised(doc.tokens[i].text)) continue;
    const match = kbMatchAt(doc, lex.kb, i);
    if (!match || match.end - i < 2 || (match.entry.form === 'person' && !lookupRange(lex.kb, doc, i, match.end).some((e) => e.name.includes(' ')))) continue;
    const inside: Span[] = [];
    for (let j = k; j < sorted.length && sorted[j].start < match.end; j++) if (sorted[j].end > i) inside.push(sorted[j]);
    if (inside.length === 0 || inside.some((s) => s.start < i || s.end > match.end)) continue;
    if (inside.length === 1 && inside[0].start === i && inside[0].end === match.end) continue;
    // drop spans already emitted that the match covers, then skip the rest it covers
    while (out.length && out[out.length - 1].end > i) out.pop();
    out.push({ start: i, end: match.end, type: match.entry.type });
    while (k < sorted.length && sorted[k].start < match.end) k++;
    i = match.end - 1;
  }
  while (k < sorted.length) out.push(sorted[k++]);
  return out.filter((s, idx) => idx === 0 || s.start >= out[idx - 1].end);
}

/** The type a name's last word gives it: "... Office" ORG, "... Airport" LOC, "... Olympics" MISC. */
function headType(doc: Doc, span: Span): MentionType | null {
  if (span.end - span.start < 2 && span.type !== 'MISC' && span.type !== 'ORG') return null;
  const last = doc.tokens[span.end - 1].text;
  // "Organisation of Islamic Conference", "Ministry of Energy": a body word opening the name decides
  if (span.end - span.start >= 3 && ORG_HEADS.has(doc.tokens[span.start].text) && doc.tokens[span.start + 1].text === 'of') return 'ORG';
  if (ORG_HEADS.has(last)) return 'ORG';
  if (LOC_HEADS.has(last)) return 'LOC';
  if (MISC_HEADS.has(last)) return 'MISC';
  return null;
}

/**
 * "Fiji Elections Office", "U.S. Embassy", "Beijing Winter Olympics": a name ending in a head word
 * takes the capitalised words (and names) before it, and the head's type. Known names keep theirs.
 */
export function extendByHeads(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    // a known name keeps its type, except that bodies grow ("Peace and Security Council") and
    // common event words take their modifiers ("Beijing Winter Olympics")
    const known = lookupRange(lex.kb, doc, span.start, span.end)[0];
    const type = headType(doc, span);
    if (!type || span.type === 'LOC' && type !== 'LOC' || (known && known.form !== 'misc' && type !== 'ORG')) {
      out.push(span);
      continue;
    }
    let start = span.start;
    for (;;) {
      const prev = out[out.length - 1];
      if (prev && prev.end === start && prev.type !== 'PER') {
        out.pop();
        start = prev.start;
        continue;
      }
      const before = doc.tokens[start - 1]?.text ?? '';
      if (start > 0 && isCapitalised(before) && !DETERMINER.test(before) && !isSentenceStart(doc, start - 1) && !(prev && prev.end > start - 1)) {
        start--;
        continue;
      }
      // "Civilian-led Transitional Authority"
      if (type === 'ORG' && start > 2 && /^(?:led|run|backed|owned)$/.test(before) && doc.tokens[start - 2].text === '-'
        && isCapitalised(doc.tokens[start - 3].text)) {
        if (prev && prev.end === start - 2) out.pop();
        start = prev && prev.end === start - 2 ? prev.start : start - 3;
        continue;
      }
      // "Peace and Security Council": a capitalised word joined by "and" / "of"
      if (start > 1 && /^(?:and|of|for)$/.test(before) && isCapitalised(doc.tokens[start - 2].text)
        && !(prev && prev.end > start - 2) && !isSentenceStart(doc, start - 2) && type === 'ORG') {
        start -= 2;
        continue;
      }
      break;
    }
    out.push({ start, end: span.end, type });
  }
  return mergeOfThe(doc, out);
}

const FOR_HEADS = new Set([...ORG_HEADS, ...MISC_HEADS, 'Centre', 'Center', 'Centres', 'Centers', 'Fund', 'Programme', 'Program', 'Tribunal']);

/**
 * "Information Fusion Centre" + "for" + "Indian Ocean Region", "Office for Democratic Institutions
 * and Human Rights": a body word followed by "for" and capitalised words names one body (the
 * tagger cuts it at "for"). The run may hold "and" / "of" between capitalised words. So does a
 * body word hyphened to the next word and "of" ("Maritime Security Centre-Horn of Africa").
 */
function joinForNames(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const span = sorted[k];
    out.push(span);
    // "Maritime Security" + "Centre-Horn" + "of Africa": a body word joined by a hyphen continues the name
    const hyphened = /^(\p{Lu}\p{Ll}+)-\p{Lu}/u.exec(doc.tokens[span.end]?.text ?? '');
    const head = hyphened && FOR_HEADS.has(hyphened[1]) && span.type !== 'LOC' ? span.end + 1 : span.end;
    const joiner = head > span.end ? 'of' : 'for';
    if (head === span.end && (span.type === 'PER' || !FOR_HEADS.has(doc.tokens[span.end - 1].text))) continue;
    if (doc.tokens[head]?.text !== joiner) {
      if (head > span.end) out[out.length - 1] = { start: span.start, end: head, type: 'ORG' };
      continue;
    }
    let end = head + 1;
    let last = -1;
    while (end < doc.tokens.length && end - span.end <= 8) {
      const word = doc.tokens[end].text;
      if (/^\p{Lu}/u.test(word) && !DETERMINER.test(word)) last = end;
      else if (!/^(?:and|of|the|&)$/.test(word)) break;
      // "the Fund for Peace and Germany": a country after "and" is another party
      else if (word === 'and' && ['country', 'seat', 'demonym'].includes(kbMatchAt(doc, lex.kb, end + 1)?.entry.form ?? '')) break;
      // "... Centre for Coastal Waters and Fisheries Research Centre": a second body after "and"
      else if (word === 'and' && capitalisedRun(doc, end + 1).some((w) => FOR_HEADS.has(w))) break;
      end++;
    }
    if (last < 0) {
      if (head > span.end) out[out.length - 1] = { start: span.start, end: head, type: 'ORG' };
      continue;
    }
    // "Humanitarian Response Plan for Yemen": a plan, summit or treaty stays MISC
    const joined = { start: span.start, end: last + 1, type: (MISC_HEADS.has(doc.tokens[span.end - 1].text) ? 'MISC' : 'ORG') as MentionType };
    // the spans inside the run are parts of the name; a span running past it stops the join
    let next = k + 1;
    while (next < sorted.length && sorted[next].start < joined.end) next++;
    if (sorted.slice(k + 1, next).some((o) => o.end > joined.end)) continue;
    out[out.length - 1] = joined;
    k = next - 1;
  }
  return out;
}

/** The capitalised words from token i on, split at hyphens ("Centre-Horn" → "Centre", "Horn"). */
function capitalisedRun(doc: Doc, i: number): string[] {
  const words: string[] = [];
  for (; i < doc.tokens.length && /^\p{Lu}/u.test(doc.tokens[i].text); i++) words.push(...doc.tokens[i].text.split('-'));
  return words;
}

/** A run of capitalised portfolio words after "and" ("Natural Resources"): no known name, no body word of its own. */
function portfolioTail(doc: Doc, lex: MentionLexicons, span: Span): boolean {
  if (span.end - span.start > 3 || lookupRange(lex.kb, doc, span.start, span.end).length > 0) return false;
  return doc.words(span).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(w));
}

/** Body words whose name goes on with "of" and a portfolio ("Ministry of Energy and Natural Resources"). */
const PORTFOLIO_BODIES = new Set(['Ministry', 'Department', 'Office', 'Secretariat', 'Directorate', 'Bureau', 'Commission']);

/**
 * "Ministry of Energy and Natural Resources": the tagger cuts a body's portfolio at "of" or "and"
 * ("Ministry" + "Energy" + "Natural Resources"). A body word, "of", capitalised words and at most
 * one "and" with a short capitalised tail are one body, when no further capitalised word follows.
 */
function joinPortfolios(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (!PORTFOLIO_BODIES.has(doc.tokens[i].text) || doc.tokens[i + 1].text !== 'of') continue;
    let end = i + 2;
    while (end < doc.tokens.length && end - i < 6 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[end].text) && !ORG_HEADS.has(doc.tokens[end].text)) end++;
    if (end === i + 2 || doc.tokens[end]?.text !== 'and') continue;
    const tail = { start: end + 1, end: end + 1, type: 'ORG' as MentionType };
    while (tail.end < doc.tokens.length && tail.end - tail.start < 3 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[tail.end].text)) tail.end++;
    if (tail.end === tail.start || !portfolioTail(doc, lex, tail) || isCapitalised(doc.tokens[tail.end]?.text ?? '')) continue;
    const body = { start: i, end: tail.end, type: 'ORG' as MentionType };
    // a tagger span running out of the body ("... Defense and Ministry") keeps its part before it
    if (spans.some((o) => o.start >= i && o.start < body.end && o.end > body.end)) continue;
    joined.push(body);
    i = body.end - 1;
  }
  if (joined.length === 0) return spans;
  // "Central" / "Irish" + "Office of ...": a name the tagger began before the body word keeps its start
  for (const body of joined) {
    const opener = spans.find((o) => o.start < body.start && o.end > body.start && o.type !== 'PER');
    if (opener && !doc.words({ start: opener.start, end: body.start }).includes('and')) body.start = opener.start;
  }
  const out = spans.filter((span) => !joined.some((b) => span.start < b.end && b.start < span.end));
  return [...out, ...joined].sort((a, b) => a.start - b.start);
}

/** True when token `at` continues a portfolio title: "Minister of | Mines", "Minister of Energy and | Natural Resources". */
function portfolioTitleBefore(doc: Doc, lex: MentionLexicons, at: number): boolean {
  let i = at - 1;
  if (doc.tokens[i]?.text === 'and') {
    i--;
    while (i > 0 && at - i <= 6 && isCapitalised(doc.tokens[i].text) && !DETERMINER.test(doc.tokens[i].text)) i--;
    if (i === at - 2) return false;
  }
  if (doc.tokens[i]?.text !== 'of') return false;
  // a minister's or secretary's portfolio; "president of Miss Universe Inc" names a body
  const title = lex.titles.matchEndingAt(doc, i);
  return title !== null && !title.value.plural && PORTFOLIO_TITLE.test(title.value.words);
}

const PORTFOLIO_TITLE = /\b(?:minister|secretary)$/i;

/**
 * "Minister of Energy and Natural Resources Fatih Donmez": after a portfolio title cut at "and",
 * the tagger's span runs over the rest of the portfolio; the person is its last two words.
 * A span of portfolio words alone before a person is no name.
 */
function portfolioPersons(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.type === 'LOC' || !portfolioTitleBefore(doc, lex, span.start) || lookupRange(lex.kb, doc, span.start, span.end).length > 0) {
      out.push(span);
      continue;
    }
    // "Minister of Mines and Energy Policy Carla Vidal": portfolio words before "and" or a person
    if (spans.some((o) => o.start === span.end && o.type === 'PER')) continue;
    const words = doc.words(span);
    if (words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_HEADS.has(words[words.length - 1])) out.push({ start: span.end - 2, end: span.end, type: 'PER' });
    else if (doc.tokens[span.end]?.text !== 'and') out.push(span);
  }
  return out;
}

/** "Central Committee" + "of the" + "Workers' Party" → one organisation. */
function mergeOfThe(doc: Doc, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'ORG' && span.type === 'ORG' && ORG_HEADS.has(doc.tokens[prev.end - 1].text)) {
      const gap = doc.words({ start: prev.end, end: span.start }).join(' ');
      if (gap === 'of the' || gap === 'of') {
        prev.end = span.end;
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/**
 * "Chancellor Olaf" after "Olaf Scholz": a title and one word of a person's full name the article
 * gives, typed as a body or place, is that person (the title stays out of the name).
 */
function titledNameParts(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const parts = new Set<string>();
  for (const p of spans) {
    if (p.type !== 'PER' || p.end - p.start < 2) continue;
    parts.add(doc.tokens[p.start].text);
    parts.add(doc.tokens[p.end - 1].text);
  }
  for (const span of spans) {
    if (span.type === 'PER') continue;
    const name = skipTitles(doc, lex, span.start, span.end);
    if (name === span.start || span.end - name !== 1 || !parts.has(doc.tokens[name].text)) continue;
    if (lookupRange(lex.kb, doc, span.start, span.end).length) continue;
    span.start = name;
    span.type = 'PER';
  }
}

/**
 * "Havana's Palace of the Revolution", "Kyiv's Independence Square": a name after a place's
 * possessive that opens or ends with a place word (`LOC_HEADS`) is a place, not a person or body,
 * and "of (the) <name>" after the place word is part of it.
 */
function possessedPlaces(doc: Doc, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const prev = out[out.length - 1];
    const possessive = prev && prev.type === 'LOC' && prev.end === span.start - 1 && /^(?:'s|’s)$/.test(doc.tokens[prev.end].text);
    const opens = LOC_HEADS.has(doc.tokens[span.start].text);
    if (!possessive || !(opens || LOC_HEADS.has(doc.tokens[span.end - 1].text))) {
      out.push(span);
      continue;
    }
    span.type = 'LOC';
    // "Palace" + "of the" + "Revolution": the tagger's next span, or the capitalised words there
    let name = span.end;
    if (opens && span.end - span.start === 1 && doc.tokens[name]?.text === 'of') name += /^the$/i.test(doc.tokens[name + 1]?.text ?? '') ? 2 : 1;
    if (name > span.end && capitalisedAt(doc, name)) {
      let end = name;
      while (capitalisedAt(doc, end)) end++;
      while (spans[n + 1] && spans[n + 1].start >= name && spans[n + 1].start < end) end = Math.max(end, spans[++n].end);
      span.end = end;
    }
    out.push(span);
  }
  return out;
}

/** "Pakistan" + "Army", "Armenian" + "Foreign Ministry": a country word the tagger cut off from the body it names. */
function extendCountryOrganisations(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const span = sorted[k];
    const entry = lookupRange(lex.kb, doc, span.start, span.end)[0];
    if (entry && (entry.form === 'country' || entry.form === 'demonym')) {
      const end = orgNameEnd(doc, lex, span.start, { entry, end: span.end });
      const swallowed: Span[] = [];
      for (let j = k + 1; j < sorted.length && sorted[j].start < end; j++) swallowed.push(sorted[j]);
      if (end > span.end && swallowed.every((s) => s.end <= end && s.type !== 'PER')) {
        out.push({ start: span.start, end, type: 'ORG' });
        k += swallowed.length;
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/**
 * "the regions of Kayes, Sikasso and Mopti": in a list of three or more names after "in",
 * "of", "to", "from" or "across", with a known place and no known name of another kind, an
 * unknown name the tagger typed otherwise is a place too.
 */
function placesInPlaceLists(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const list = [sorted[k]];
    while (k + 1 < sorted.length) {
      const gap = doc.words({ start: list[list.length - 1].end, end: sorted[k + 1].start }).join(' ');
      if (gap !== ',' && gap !== 'and' && gap !== ', and') break;
      list.push(sorted[++k]);
    }
    if (list.length < 3 || !/^(?:in|of|to|from|across)$/.test(doc.tokens[list[0].start - 1]?.text ?? '')) continue;
    const entries = list.map((x) => lookupRange(lex.kb, doc, x.start, x.end));
    if (!entries.some((e) => e.some((x) => x.type === 'LOC')) || entries.some((e) => e.length > 0 && !e.some((x) => x.type === 'LOC'))) continue;
    list.forEach((x, n) => { if (entries[n].length === 0 || entries[n].some((e) => e.type === 'LOC')) x.type = 'LOC'; });
  }
}

/** Nouns a weapon, aircraft or vaccine name stands before ("Tornado warplane", "HIMARS rocket systems"). */
const CRAFT_NOUN = /^(?:warplanes?|jets?|fighter jets?|aircraft|helicopters?|drones?|bombers?|missiles?|rockets?|rocket systems?|launchers?|tanks?|howitzers?|vaccines?|jabs?)$/;
/** Nouns a ship's name stands after ("the destroyer Baotou", "the replenishment ship Gaoyouhu"). */
const SHIP_NOUN = /^(?:ship|vessel|tanker|destroyer|frigate|corvette|cruiser|submarine|warship|freighter|trawler)$/;

/**
 * Weapon, aircraft, vaccine and ship names are MISC (SCHEMA): a capitalised name no entry of the
 * knowledge base knows, right before a craft noun ("the Tornado warplane") or right after a
 * ship noun ("the destroyer Baotou"). A name the tagger typed otherwise is retyped; one it missed is added.
 */
function craftNames(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const at = (start: number, end: number) => spans.find((s) => s.start < end && start < s.end);
  const mark = (start: number, end: number) => {
    if (lookupRange(lex.kb, doc, start, end).length > 0 || lex.titles.matchAt(doc, start, end) || DISEASES.test(doc.spanText({ start, end }))) return;
    const span = at(start, end);
    if (!span) spans.push({ start, end, type: 'MISC' });
    else if (span.start === start && span.end === end) span.type = 'MISC';
  };
  const name = (i: number) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(doc.tokens[i]?.text ?? '') && !isSentenceStart(doc, i);
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const next = doc.tokens[i + 1].text;
    const nextTwo = `${next} ${doc.tokens[i + 2]?.text ?? ''}`;
    if (name(i) && (CRAFT_NOUN.test(next) || CRAFT_NOUN.test(nextTwo)) && !name(i - 1)) mark(i, i + 1);
    if (SHIP_NOUN.test(doc.tokens[i].text) && name(i + 1)) mark(i + 1, name(i + 2) ? i + 3 : i + 2);
  }
}

/** "Col. Faisal" (found after the title) + "al-Harbi" (the tagger's): a person span touching a surname with a particle is one name. */
function joinTouchingPersons(doc: Doc, lex: MentionLexicons, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && span.type === 'PER' && prev.end === span.start && NAME_PARTICLE.test(doc.tokens[span.start].text)
      && !lex.titles.matchAt(doc, prev.start, prev.end)) {
      prev.end = span.end;
      continue;
    }
    out.push({ ...span });
  }
  return out;
}

/** "Wahab" + "al-Taa'i": an untagged capitalised word right before a surname with a particle is its given name. */
function givenNamesBeforeParticles(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const covered = coveredTokens(doc, spans);
  for (const span of spans) {
    const before = span.start - 1;
    if (span.type !== 'PER' || before < 0 || covered[before] || !/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(doc.tokens[span.start].text)) continue;
    const word = doc.tokens[before].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isSentenceStart(doc, before) || lex.titles.matchEndingAt(doc, span.start)) continue;
    if (lookupRange(lex.kb, doc, before, span.start).length > 0 || doc.timexes.some((t) => t.start <= before && before < t.end)) continue;
    span.start = before;
  }
}

/** Names the tagger missed right after a title or honorific: "military expert Song Zhongping", "Mr Whelan". */
function titledNameSpans(doc: Doc, lex: MentionLexicons, taken: TokenRange[]): Span[] {
  const covered = coveredTokens(doc, taken);
  const out: Span[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    if (covered[i] || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[i].text)) continue;
    const title = lex.titles.matchEndingAt(doc, i);
    if (!title || title.value.plural) continue;
    let end = i;
    while (end < doc.tokens.length && end - i < 3 && !covered[end] && /^\p{Lu}[\p{Ll}'’-]+$/u.test(doc.tokens[end].text)) end++;
    const last = doc.tokens[end - 1].text;
    if (end === i || ORG_HEADS.has(last) || LOC_HEADS.has(last) || MISC_HEADS.has(last)) continue;
    if (lookupRange(lex.kb, doc, i, end).some((e) => e.form !== 'person')) continue;
    // a title word can itself be a name part ("General Motors"): the title must not open a capitalised run itself
    if (lex.titles.matchAt(doc, i)) continue;
    out.push({ start: i, end, type: 'PER' });
    i = end - 1;
  }
  return out;
}

/** Aircraft and weapon types ("MiG-29", "F-16", "S-400"): MISC, as SCHEMA tags aircraft types. */
function modelSpans(doc: Doc, taken: TokenRange[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    const [name, dash, number] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
    if (!/^(?=.*\p{Lu})\p{L}{1,3}$/u.test(name.text) || dash.text !== '-' || dash.spaceBefore || number.spaceBefore) continue;
    if (!/^\d{1,4}[A-Z]{0,3}$/.test(number.text)) continue;
    const span = { start: i, end: i + 3, type: 'MISC' as MentionType };
    if (DISEASES.test(doc.spanText(span)) || taken.some((r) => overlaps(r, span))) continue;
    out.push(span);
    i += 2;
  }
  return out;
}

/** Ships the tagger missed: "HMS Montrose". */
function shipSpans(doc: Doc, taken: TokenRange[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    if (!SHIP_PREFIX.test(doc.tokens[i].text) || !isCapitalised(doc.tokens[i + 1].text)) continue;
    const span = { start: i, end: i + 2, type: 'MISC' as MentionType };
    if (!taken.some((r) => overlaps(r, span))) out.push(span);
  }
  return out;
}

/** "Ella" (any type) + "Gershkovich" (untagged): a lone given name before a capitalised word the tagger missed. */
function extendGivenNames(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const covered = coveredTokens(doc, spans);
  for (const s of spans) {
    if (s.end - s.start !== 1 || !GIVEN_NAMES.has(doc.tokens[s.start].text) || capitalisedAt(doc, s.start - 1)) continue;
    const next = s.end;
    const word = doc.tokens[next]?.text ?? '';
    if (covered[next] || !/^\p{Lu}\p{Ll}/u.test(word) || ORG_HEADS.has(word) || LOC_HEADS.has(word) || MISC_HEADS.has(word)) continue;
    if (lookup(lex.kb, normalise(word)).length > 0) continue;
    s.end = next + 1;
    s.type = 'PER';
    covered[next] = 1;
  }
}

/**
 * Acronyms defined in brackets after a body ("National Salvation Front (NSF)") and their later
 * uses are that body's type, where the tagger left them untagged.
 */
function acronymSpans(doc: Doc, spans: Span[]): Span[] {
  const covered = coveredTokens(doc, spans);
  const defined = new Map<string, MentionType>();
  for (const r of spans) {
    const open = r.end;
    const word = doc.tokens[open + 1]?.text ?? '';
    if (doc.tokens[open]?.text === '(' && doc.tokens[open + 2]?.text === ')' && /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(word) && r.end - r.start >= 2) {
      if (r.type === 'ORG' || r.type === 'MISC') defined.set(word, r.type);
    }
  }
  const out: Span[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const type = defined.get(doc.tokens[i].text);
    if (type && !covered[i]) out.push({ start: i, end: i + 1, type });
  }
  return out;
}

/** One unknown name, one type: the type the document gives it most often (ties: the first). */
function unifyTypes(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const votes = new Map<string, Map<MentionType, number>>();
  for (const s of spans) {
    const text = doc.spanText(s);
    const v = votes.get(text) ?? new Map<MentionType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(text, v);
  }
  for (const s of spans) {
    const v = votes.get(doc.spanText(s))!;
    if (v.size < 2 || lookupRange(lex.kb, doc, s.start, s.end).length > 0) continue;
    let best = s.type;
    for (const [type, n] of v) if (n > (v.get(best) ?? 0)) best = type;
    s.type = best;
  }
}

/** The surname of a person named in full is a person wherever the tagger typed it otherwise ("Chaudhry"). */
function unifyPersonTypes(doc: Doc, lex: MentionLexicons, spans: Span[]): void {
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.end - s.start >= 2) surnames.add(doc.tokens[s.end - 1].text);
  for (const s of spans) {
    if (s.type === 'PER' || s.type === 'LOC' || s.end - s.start !== 1) continue;
    if (surnames.has(doc.tokens[s.start].text) && lookupRange(lex.kb, doc, s.start, s.end).length === 0) s.type = 'PER';
  }
}

/** All mentions of a Doc, sorted and without overlaps; `reference` (the article date) admits bare surnames of office-holders. */
export function findMentions(doc: Doc, lex: MentionLexicons, reference?: string): Mention[] {
  let refined: Span[] = [];
  for (const span of mergeSpans(doc, nerSpans(doc), lex.kb)) {
    for (const part of splitSpans(doc, lex, span)) for (const r of refineSpan(doc, lex, part)) if (r.end > r.start) refined.push(r);
  }
  refined = extendCountryOrganisations(doc, lex, knowledgeBaseOverride(doc, lex, refined));
  refined.push(...shipSpans(doc, refined));
  // a model designation replaces the tagger's pieces of it ("MiG" ORG in "MiG-29")
  const models = modelSpans(doc, []);
  refined = refined.filter((r) => !models.some((m) => overlaps(m, r) && r.start >= m.start && r.end <= m.end));
  refined.push(...models.filter((m) => !refined.some((r) => overlaps(r, m))));
  refined = joinTouchingPersons(doc, lex, [...refined, ...titledNameSpans(doc, lex, refined)]);
  givenNamesBeforeParticles(doc, lex, refined);
  const gazetteer = gazetteerSpans(doc, lex, refined, reference);
  const named = possessedPlaces(doc, portfolioPersons(doc, lex, joinPortfolios(doc, lex, joinForNames(doc, lex, extendByHeads(doc, lex, [...refined, ...gazetteer])))));
  craftNames(doc, lex, named);
  placesInPlaceLists(doc, lex, named);
  titledNameParts(doc, lex, named);
  const shortForms = shortFormSpans(doc, named.filter((s) => s.type === 'PER'), named);
  shortForms.push(...headShortFormSpans(doc, named.filter((s) => s.type === 'ORG'), named));
  named.push(...acronymSpans(doc, named));
  unifyPersonTypes(doc, lex, named);
  extendGivenNames(doc, lex, named);
  unifyTypes(doc, lex, named);
  const all = [...named, ...shortForms].sort((a, b) => a.start - b.start || b.end - a.end);
  const exercises = new Set(all.filter((span) => span.type !== 'LOC' && namesExercise(doc, lex, span)).map((span) => doc.spanText(span)));
  for (const span of all) if (exercises.has(doc.spanText(span))) span.type = 'MISC';
  const out: Mention[] = [];
  for (const span of all) {
    // "told the Globe & Mail Monday": a weekday the time layer reads after a name is not part of it
    const weekday = span.type === 'MISC' ? undefined
      : doc.timexes.find((t) => t.start > span.start && t.start < span.end && t.end >= span.end && WEEKDAY.test(doc.tokens[t.start].text));
    // "Sheffield Wednesday 2", "... to Sheffield Wednesday.": a weekday before a score or the sentence end is part of a name
    const nextWord = doc.tokens[span.end]?.text ?? '.';
    if (weekday && !/^(?:\d.*|\.)$/.test(nextWord)) span.end = weekday.start;
    // "#AU", "#VaccineMaitri": hashtags are not names (SCHEMA); "#AU Peace and Security Council" keeps the rest
    if (span.start > 0 && doc.tokens[span.start - 1].text === '#' && !doc.tokens[span.start].spaceBefore) {
      span.start++;
      if (span.start >= span.end || !isCapitalised(doc.tokens[span.start].text)) continue;
    }
    if (out.length && overlaps(out[out.length - 1], span)) continue;
    if (span.type !== 'PER' && opensGroupPhrase(doc, lex, span)) continue;
    // "Monday", "Easter Sunday" read as names: the time layer knows better (holidays stay MISC)
    if (span.type !== 'MISC' && doc.timexes.some((t) => t.start <= span.start && span.end <= t.end)) continue;
    out.push({ start: span.start, end: span.end, type: span.type });
  }
  return out;
}

/** 1 for every token inside one of the spans: which words a pass may no longer claim. */
function coveredTokens(doc: Doc, spans: readonly { start: number; end: number }[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const r of spans) for (let i = r.start; i < r.end; i++) covered[i] = 1;
  return covered;
}
