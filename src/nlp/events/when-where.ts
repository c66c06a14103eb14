// The date and place of an event, from time expressions and places the text links to it.
import type { Doc, TokenRange } from '../doc.js';
import { CLAUSE_BREAKS, REPORTING_FORMS } from './locales/en/cues.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { kbMatchAt } from '../actors/mentions.js';
import { datelineEnd } from './arguments.js';
import { lower } from './text.js';
import { calendarValue } from '../time/index.js';

const MAX_DATE_AFTER = 10;

const ANNOUNCING = new Set(['announced', 'announces', 'confirmed', 'confirms', 'disclosed', 'revealed']);

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'during', 'until', 'before', 'after', 'from', 'through', 'for', ',', 'since', 'between']);

/** "... on Sunday": the date heads its own phrase rather than ending a noun phrase ("the Games next year"). */
function afterPreposition(doc: Doc, at: number): boolean {
  if (at <= 0) return false;
  // "will begin Monday", "said Thursday": an adverb of the verb before it
  const before = doc.tokens[at - 1].text.toLowerCase();
  if (TIME_PREPOSITIONS.has(before)) return true;
  // "..., the ministry said Tuesday": the date of the report, not of the act reported before it
  return /^VB/.test(doc.pos?.[at - 1] ?? '') && !REPORTING_FORMS.has(before) && !ANNOUNCING.has(before);
}

/** "Last week, Moldova imposed a levy on imports from Russia, which has not accepted ...": a relative clause is not dated by its main clause. */
function relativeClauseBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (doc.tokens[k].text !== ',') continue;
    const next = doc.tokens[k + 1].text.toLowerCase();
    if (next === 'which' || next === 'who' || next === 'whose') return true;
    if (k + 3 < to && doc.tokens[k + 2].text.toLowerCase() === 'of' && ['which', 'whom'].includes(doc.tokens[k + 3].text.toLowerCase())) return true;
  }
  return false;
}

/** Do the relative clauses between from and to narrow the scene in the simple past (", who fired tear gas")? */
function pastRelatives(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!['which', 'who', 'whom'].includes(doc.tokens[k].text.toLowerCase())) continue;
    // (", who fired", ", neither of which has accepted")
    const opened = doc.tokens[k - 1]?.text === ',' || (doc.tokens[k - 1]?.text.toLowerCase() === 'of' && doc.tokens[k - 3]?.text === ',');
    if (opened && doc.pos?.[k + 1] !== 'VBD') return false;
  }
  return true;
}

/** Is the timex inside a ", which/who/whose ...," clause that closes before the anchor? */
function insideClosedRelative(doc: Doc, s: TokenRange, t: TokenRange, anchor: number): boolean {
  let opened = false;
  for (let k = t.start - 1; k > s.start; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if ((w === 'which' || w === 'who' || w === 'whose') && doc.tokens[k - 1].text === ',') { opened = true; break; }
    if (w === ',' || w === ';') return false;
  }
  if (!opened) return false;
  for (let k = t.end; k < anchor; k++) if (doc.tokens[k].text === ',') return true;
  return false;
}

/** A date right after a reporting verb ("said Thursday"), before the act it reports. */
function reportDate(doc: Doc, t: TokenRange, anchor: number): boolean {
  return t.end <= anchor && t.start > 0 && REPORTING_FORMS.has(doc.tokens[t.start - 1].text.toLowerCase());
}

/** "Chile's November 19 runoff vote": a date before a common noun modifies that noun only. */
function modifiesNoun(doc: Doc, t: TokenRange, anchor: number): boolean {
  let k = t.end;
  while (k < doc.tokens.length && k !== anchor && /^JJ/.test(doc.pos?.[k] ?? '')) k++;
  return k !== anchor && k < doc.tokens.length && /^NNS?$/.test(doc.pos?.[k] ?? '');
}

/** Index into doc.timexes of the calendar date governing the trigger's clause, or -1. */
export function eventTimex(doc: Doc, sentence: TokenRange, anchor: number, onlyAfter = false): number {
  // "since June, when strikers forced the premier out": the when-clause happened at the date it follows
  const whenDate = whenClauseDate(doc, sentence, anchor);
  if (whenDate >= 0) return whenDate;
  const segStart = segmentBound(doc, sentence, anchor, -1);
  const segEnd = segmentBound(doc, sentence, anchor, +1);
  // a planned act inside "agreed last month to ...": only dates after it are its own
  const from = onlyAfter ? anchor : segStart;
  const inClause = nearestTimex(doc, sentence, anchor, from, segEnd, true);
  // "said Monday two Venezuelan patrol boats had tried to ...": the report's date, not the earlier act's
  if (inClause >= 0 && reportDate(doc, doc.timexes[inClause], anchor) && earlierAct(doc, doc.timexes[inClause].end, anchor)) return -1;
  if (inClause >= 0) return inClause;
  // "agreed that the two armies would stop all firing ... starting at 1800 hours Monday": the agreed act's start
  if (onlyAfter) return effectiveDate(doc, sentence, anchor);
  // no date in the trigger's clause: a date stated earlier in the sentence ("On Friday, ...",
  // "said Thursday that ...") applies to it; later ones belong to other phrases
  const before = nearestTimex(doc, sentence, anchor, sentence.start, anchor, false);
  if (before >= 0 && !earlierAct(doc, doc.timexes[before].end, anchor) && !relativeClauseBetween(doc, doc.timexes[before].end, anchor)) return before;
  // "Late in the evening, students scuffled with troops, who fired rubber bullets to push them back": an
  // opening time adverbial sets the scene for the whole sentence, its relative clauses included
  // (not a state the relative clause describes: "Earlier this month, Kosovo taxed goods from Serbia,
  // which has not recognized it")
  const opening = openingTimex(doc, sentence);
  if (opening >= 0 && doc.timexes[opening].end < anchor && !earlierAct(doc, doc.timexes[opening].end, anchor) &&
    pastRelatives(doc, doc.timexes[opening].end, anchor)) return opening;
  const after = nearestTimex(doc, sentence, anchor, anchor, sentence.end, false);
  return after >= 0 && afterPreposition(doc, doc.timexes[after].start) ? after : -1;
}

/** The date a "<date>, when ..." clause around the anchor refers to, or -1. */
function whenClauseDate(doc: Doc, s: TokenRange, anchor: number): number {
  for (let k = anchor - 1; k > s.start + 1; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === 'when') {
      if (doc.tokens[k - 1].text !== ',') return -1;
      const i = doc.timexes.findIndex((t) => t.end === k - 1 && t.start >= s.start && calendarValue(t));
      return i;
    }
    if (w === ',' || w === ';' || (CLAUSE_BREAKS.has(w) && w !== 'when') || REPORTING_FORMS.has(w)) return -1;
  }
  return -1;
}

/** "On Monday, ...", "In the late afternoon, ...": a calendar date opening the sentence before its comma, or -1. */
function openingTimex(doc: Doc, s: TokenRange): number {
  return doc.timexes.findIndex((t) => calendarValue(t) && t.end < s.end && doc.tokens[t.end].text === ',' &&
    (t.start === s.start || (t.start === s.start + 1 && TIME_PREPOSITIONS.has(doc.tokens[s.start].text.toLowerCase()))));
}

/** A calendar date after "with effect from" / "effective (from)" later in the sentence, or -1. */
function effectiveDate(doc: Doc, s: TokenRange, anchor: number): number {
  return doc.timexes.findIndex((t) => t.start > anchor && t.end <= s.end && calendarValue(t) && t.start >= 2 &&
    (/^effective$/i.test(doc.tokens[t.start - 1].text) ||
     (/^from$/i.test(doc.tokens[t.start - 1].text) && /^(effect|effective)$/i.test(doc.tokens[t.start - 2].text))));
}

function subordinatorBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (SUBORDINATORS.has(w) && w !== 'as') return true;
    // "made the decision public on Monday, after a meeting ...": the meeting came first
    if (w === 'following' && doc.tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

const ANTERIOR = new Set(['after', 'following', 'before', 'since', 'had', "'d"]);

/**
 * Is the trigger an act before the dated one? "cut ties on June 5, after accusing it", "said
 * Thursday that the boats had attempted": the date belongs to the later act.
 */
function earlierAct(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ANTERIOR.has(doc.tokens[k].text.toLowerCase())) return true;
  return false;
}

function nearestTimex(doc: Doc, sentence: TokenRange, anchor: number, segStart: number, segEnd: number, strict: boolean): number {
  let best = -1;
  let bestDistance = Infinity;
  doc.timexes.forEach((t, i) => {
    if (!calendarValue(t)) return;
    if (t.start < segStart || t.end > segEnd) return;
    if (inOtherSubordinate(doc, sentence, t.start, anchor)) return;
    if (modifiesNoun(doc, t, anchor)) return;
    if (t.end <= anchor && relativeClauseBetween(doc, t.end, anchor)) return;
    // "The state, whose bid stalled on Monday, also raised duties": a date inside a closed relative clause
    if (t.end <= anchor && insideClosedRelative(doc, sentence, t, anchor)) return;
    // "cut ties on June 5, after accusing it": a subordinate act is not dated by its main clause
    if (t.end <= anchor && subordinatorBetween(doc, t.end, anchor)) return;
    const distance = t.start >= anchor ? t.start - anchor : anchor - t.end;
    // a date far after the trigger usually belongs to its object ("a boycott of the Games next year")
    // (a weekday ending the verb phrase dates the act: "began pulling back to their bases Friday")
    if (strict && t.start > anchor && (distance > MAX_DATE_AFTER ||
      (distance > 3 && !afterPreposition(doc, t.start) && !weekdayAdverb(doc, t) && !adverbOnly(doc, t)))) return;
    // "the fifth joint exercise since 2019", "his first visit since 2015": a point of comparison, not the act's start
    if (sinceComparison(doc, sentence, t)) return;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/** A bare weekday ("Friday", "Friday night") followed by the end of the clause. */
function weekdayAdverb(doc: Doc, t: TokenRange): boolean {
  if (!WEEKDAYS.test(doc.tokens[t.start].text)) return false;
  const next = t.end < doc.tokens.length ? doc.tokens[t.end].text.toLowerCase() : '.';
  return next === '.' || next === ',' || next === ';' || CLAUSE_BREAKS.has(next);
}

const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "had struck the crossings five times overnight": a time expression that can only be an adverb
 * (yesterday, today, overnight, last night, this morning, two days ago) dates the verb phrase it ends,
 * however long the object before it.
 */
function adverbOnly(doc: Doc, t: TokenRange): boolean {
  const text = doc.spanText(t).toLowerCase();
  return ADVERB_TIMEXES.test(text) || / ago$/.test(text);
}

const ADVERB_TIMEXES = /^(yesterday|today|tonight|overnight|last night|(this|yesterday|tomorrow) (morning|afternoon|evening)|(earlier|later) today)$/;

/** A date after "since" whose noun phrase an ordinal or superlative counts ("the fifth exercise since 2019", "the largest protests since 1989"). */
function sinceComparison(doc: Doc, s: TokenRange, t: TokenRange): boolean {
  if (t.start < 1 || doc.tokens[t.start - 1].text.toLowerCase() !== 'since') return false;
  const from = t.start - 2;
  for (let k = from; k >= s.start && k >= from - 10; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if (ORDINALS.test(w) || doc.pos?.[k] === 'JJS') return true;
    // (a finite verb or a comma ends the noun phrase; the tagger reads "joint" as a past verb)
    if (/^(MD|VBZ|VBP|VB)$/.test(doc.pos?.[k] ?? '') || w === ',') return false;
  }
  return false;
}

const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/;

const SUBORDINATORS = new Set(['since', 'after', 'before', 'until', 'when', 'while', 'as', 'despite']);

/** Is the timex inside a "since …," clause that does not contain the anchor? */
function inOtherSubordinate(doc: Doc, s: TokenRange, at: number, anchor: number): boolean {
  for (let k = at - 1; k >= s.start; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === ',' || w === ';') return false;
    // "has been fighting since 2015": a date right after "since" is the start of the act, not another clause
    if (w === 'since' && k === at - 1) return false;
    if (SUBORDINATORS.has(w)) {
      // the subordinate clause runs to the next comma
      let end = at;
      while (end < s.end && doc.tokens[end].text !== ',') end++;
      return !(k < anchor && anchor < end);
    }
  }
  return false;
}

/** The first token index after (dir −1) or past the end (dir +1) of the anchor's segment. */
function segmentBound(doc: Doc, s: TokenRange, anchor: number, dir: 1 | -1): number {
  if (dir < 0) {
    for (let k = anchor - 1; k >= s.start; k--) if (isSegmentBreak(doc, k)) return k + 1;
    return s.start;
  }
  for (let k = anchor + 1; k < s.end; k++) if (isSegmentBreak(doc, k)) return k;
  return s.end;
}

function isSegmentBreak(doc: Doc, k: number): boolean {
  const w = doc.tokens[k].text.toLowerCase();
  return (CLAUSE_BREAKS.has(w) && !SUBORDINATORS.has(w) && w !== '"' && w !== '“' && w !== '”') || REPORTING_FORMS.has(w);
}

/** Where an event happened: "City, ISO3", a bare ISO3 for a country, or null. */
export function eventPlace(doc: Doc, sentence: TokenRange, anchor: number, kb: KnowledgeBase | undefined, withDateline = true): string | null {
  if (!kb) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  const end = additionStart(doc, sentence, anchor);
  for (let k = sentence.start; k < end; k++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (!PLACE_PREPOSITIONS.has(w)) continue;
    let at = k + 1;
    if (at < sentence.end && doc.tokens[at].text.toLowerCase() === 'the') at++;
    // "in southern Iraq", "in the north-eastern Tigray region"
    if (at < sentence.end && COMPASS.test(doc.tokens[at].text) && doc.tokens[at].text !== 'Central') at++;
    // "in the occupied West Bank", "in the disputed Kashmir region": one adjective before the name
    else if (at + 1 < sentence.end && /^[a-z]+(ed|ern|al|ian)$/.test(doc.tokens[at].text) && /^\p{Lu}/u.test(doc.tokens[at + 1].text)) at++;
    // "in the southern city of Kherson": the name after a settlement noun
    const place = placeAt(doc, kb, at, sentence.end) ?? placeAt(doc, kb, settlementName(doc, k + 1, sentence.end), sentence.end) ??
      townOfCountry(doc, kb, at, sentence.end);
    if (!place) continue;
    const distance = Math.abs(k - anchor) + (segmentBound(doc, sentence, anchor, -1) > k ? 50 : 0);
    if (distance < bestDistance) {
      best = place;
      bestDistance = distance;
    }
  }
  return best ?? (withDateline ? datelinePlace(doc, kb) : null);
}

/**
 * "ordered the army to deploy there", "sent troops there": the country of the place "there" points
 * back to, the nearest one named before the act in its sentence ("... recognised Donetsk and
 * Luhansk ... and ordered the army to deploy there" → UKR); null when the act is not followed by
 * "there" or no place comes before it.
 */
export function thereCountry(doc: Doc, sentence: TokenRange, head: number, end: number, kb: KnowledgeBase | undefined): string | null {
  if (!kb) return null;
  let k = end;
  while (k < sentence.end && k < end + 3 && lower(doc, k) !== 'there') k++;
  if (k >= sentence.end || lower(doc, k) !== 'there' || /^(is|are|was|were|be|been)$/.test(lower(doc, k + 1) ?? '')) return null;
  for (let at = head - 1; at >= sentence.start; at--) {
    const code = placeAt(doc, kb, at, head)?.match(/([A-Z]{3})$/)?.[1];
    if (code) return code;
  }
  return null;
}

/**
 * Where what a speaker adds after the act begins (", citing the killing of civilians in Bucha",
 * ", saying ..."): a place named there is the reason's, not the act's. The sentence end if none.
 */
function additionStart(doc: Doc, sentence: TokenRange, anchor: number): number {
  for (let k = anchor + 1; k < sentence.end - 1; k++) {
    if (lower(doc, k) === ',' && SPEAKER_ADDITIONS.has(lower(doc, k + 1))) return k;
  }
  return sentence.end;
}

/** Participles that open what a speaker adds to the act reported ("…, the minister said, citing …"). */
const SPEAKER_ADDITIONS = new Set(['citing', 'saying', 'adding', 'accusing', 'blaming', 'noting']);

const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * A place the sentence names near the act, also past a settlement noun ("near the town of Samarra",
 * "outside the Syrian city of Homs", "in the eastern city of Deir ez-Zor"): for unnamed attackers,
 * who take the country where they strike.
 */
export function nearbyPlace(doc: Doc, sentence: TokenRange, kb: KnowledgeBase | undefined): string | null {
  if (!kb) return null;
  for (let k = sentence.start; k < sentence.end - 1; k++) {
    if (!NEARBY_PREPOSITIONS.has(doc.tokens[k].text.toLowerCase())) continue;
    let at = k + 1;
    if (doc.tokens[at].text.toLowerCase() === 'of') at++;
    const place = placeAt(doc, kb, at, sentence.end) ?? placeAt(doc, kb, settlementName(doc, at, sentence.end), sentence.end);
    if (place) return place;
  }
  return null;
}

/** "the (northern / Iraqi) town of X": the index of X after a determiner, up to two modifiers, a settlement noun and "of"; else -1. */
function settlementName(doc: Doc, at: number, end: number): number {
  if (at < end && DETERMINERS_OF_PLACE.has(doc.tokens[at].text.toLowerCase())) at++;
  for (let noun = at; noun < end - 2 && noun < at + 3; noun++) {
    if (!SETTLEMENTS.has(doc.tokens[noun].text.toLowerCase())) continue;
    return doc.tokens[noun + 1].text.toLowerCase() === 'of' ? noun + 2 : -1;
  }
  return -1;
}

const NEARBY_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'on']);
const DETERMINERS_OF_PLACE = new Set(['the', 'a']);
const SETTLEMENTS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'capital', 'port', 'outskirts']);
const COMPASS = /^(north|south|east|west)(-?(east|west))?ern$|^central$/i;

/** The first city or region named with "in"/"at" in an article's first two sentences, when it has no dateline. */
export function leadPlace(doc: Doc, kb: KnowledgeBase | undefined): string | null {
  if (!kb || datelineEnd(doc) || doc.sentences.length === 0) return null;
  const opening = { start: 0, end: doc.sentences[Math.min(1, doc.sentences.length - 1)].end };
  for (let k = opening.start; k < opening.end - 1; k++) {
    if (!PLACE_PREPOSITIONS.has(doc.tokens[k].text.toLowerCase())) continue;
    const at = doc.tokens[k + 1].text.toLowerCase() === 'the' ? k + 2 : k + 1;
    const place = placeAt(doc, kb, at, opening.end);
    if (place?.includes(',')) return place;
  }
  return null;
}
const PLACE_FORMS = new Set(['place', 'seat', 'country']);

/** Places already looked up in a document, by token index (events share sentences). */
const placeCache = new WeakMap<Doc, Map<number, string | null>>();

/** The place named at token `at` ("Liverpool, England" → "Liverpool, GBR"; "Japan" → "JPN"). */
/**
 * "in Bam, Iran", "to a camp in Van, Turkey": a town the knowledge base does not know, placed by the
 * country named after its comma (one or two capitalised words, the country ending the phrase).
 */
function townOfCountry(doc: Doc, kb: KnowledgeBase, at: number, end: number): string | null {
  for (let comma = at + 1; comma <= at + 2 && comma + 1 < end; comma++) {
    if (!/^\p{Lu}/u.test(doc.tokens[comma - 1].text)) return null;
    if (doc.tokens[comma].text !== ',') continue;
    const country = placeAt(doc, kb, comma + 1, end);
    const after = comma + 2 < end ? doc.tokens[comma + 2].text : '.';
    if (!country || !/^[A-Z]{3}$/.test(country) || !/^[,.;:)]$/.test(after)) return null;
    return `${doc.tokens.slice(at, comma).map((t) => t.text).join(' ')}, ${country}`;
  }
  return null;
}

function placeAt(doc: Doc, kb: KnowledgeBase, at: number, end: number): string | null {
  if (at < 0 || at >= end || !/^\p{Lu}/u.test(doc.tokens[at].text)) return null;
  let cache = placeCache.get(doc);
  if (!cache) placeCache.set(doc, (cache = new Map()));
  if (cache.has(at)) return cache.get(at)!;
  const place = lookupPlace(doc, kb, at, end);
  cache.set(at, place);
  return place;
}

function lookupPlace(doc: Doc, kb: KnowledgeBase, at: number, end: number): string | null {
  const match = kbMatchAt(doc, kb, at, end);
  if (!match || !match.entry.country || !PLACE_FORMS.has(match.entry.form)) return null;
  const code = match.entry.country;
  if (match.entry.form === 'country') return /^[A-Z]{3}$/.test(code) ? code : null;
  return /^[A-Z]{3}$/.test(code) ? `${match.entry.name}, ${code}` : null;
}

/** "BAGHDAD (AP) —": the dateline city, for events with no other place. */
function datelinePlace(doc: Doc, kb: KnowledgeBase): string | null {
  const end = datelineEnd(doc);
  if (!end) return null;
  let cache = placeCache.get(doc);
  if (!cache) placeCache.set(doc, (cache = new Map()));
  if (cache.has(-1)) return cache.get(-1)!;
  const place = datelineLookup(doc, kb, end);
  cache.set(-1, place);
  return place;
}

function datelineLookup(doc: Doc, kb: KnowledgeBase, end: number): string | null {
  const match = kbMatchAt(doc, kb, 0, end);
  if (!match || !match.entry.country || !PLACE_FORMS.has(match.entry.form)) return null;
  const code = match.entry.country;
  if (!/^[A-Z]{3}$/.test(code)) return null;
  return match.entry.form === 'country' ? code : `${match.entry.name}, ${code}`;
}
