// The TIMEX3 tagger: walks each sentence's tokens, runs the recognisers' sticky patterns only
// at trigger tokens, keeps the longest match that resolves, then fills in the dates of clock
// times from the sentence. Dates are resolved against the article date and, for
// back-references ("the following day"), against the last date the text stated.
import type { Doc, Timex, TokenRange } from '../doc.js';
import { type CalDate, addDays, formatDay, parseIsoDate } from './calendar.js';

const DEICTIC_OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
import { clauseTense } from './tense.js';
import type { MatchContext, Resolution, Tense, TimexRule } from './types.js';
import { RULES } from './rules.js';
import { CORE_TRIGGERS, PREFIX_TRIGGERS } from './locales/en/triggers.js';
import { REPORTING_VERBS } from './locales/en/tense.js';

/** A word in lower case, Capitalised and UPPER case, so lookups need no per-token allocation. */
function caseVariants(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.charAt(0).toUpperCase() + w.slice(1));
    out.add(w.toUpperCase());
  }
  return out;
}

const CORE = caseVariants(CORE_TRIGGERS);
const PREFIX = caseVariants(PREFIX_TRIGGERS);
/** "Q3", "H1", "FY2023": period codes glued to their number */
const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d)/;
/** how many prefix words may lead up to a core trigger ("the end of the year") */
const MAX_PREFIX_CHAIN = 5;

const CALENDAR_MODIFIER = /(?:(?<start>early|earlier|the\s+beginning\s+of|the\s+start\s+of|the\s+dawn\s+of|beginning\s+of|start\s+of)|(?<end>late|later|the\s+end\s+of|end\s+of|the\s+close\s+of|the\s+turn\s+of)|(?<mid>mid|the\s+middle\s+of|middle\s+of|the\s+height\s+of))(?:\s+in)?(?:\s*-\s*|\s+)/iy;
const QUANTITY_MODIFIER = /(?:(?<approx>about|around|roughly|approximately|nearly|almost|some|close\s+to|an\s+estimated)|(?<more>more\s+than|over|just\s+over|well\s+over|upwards\s+of)|(?<less>less\s+than|under|fewer\s+than|just\s+under)|(?<atleast>at\s+least|no\s+less\s+than)|(?<atmost>at\s+most|up\s+to|no\s+more\s+than))\s+(?=\d|a\b|an\b|the\s+(?:past|last|next|first)\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+half|half|several|a\s+few|a\s+couple|two)/iy;

/** A bound written after an expression: "or so" (APPROX), "or later"/"and beyond", "or earlier". */
const BOUND_SUFFIX = /\s+(?:(?<approx>or\s+so)|(?<after>or\s+later|and\s+beyond|or\s+after)|(?<before>or\s+earlier|or\s+before))(?![A-Za-z0-9])/y;

const QUOTE_MARK = /["“”]|``|''/g;

interface Modifier {
  mod: string;
  kind: 'calendar' | 'quantity';
  /** first token after the modifier */
  next: number;
  /** character offset where the modified expression starts (inside a token for "mid-1996") */
  at: number;
}

function isTrigger(tokens: Doc['tokens'], i: number, end: number): boolean {
  for (let k = i; k < end && k <= i + MAX_PREFIX_CHAIN; k++) {
    const text = tokens[k].text;
    const c = text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || CORE.has(text) || PERIOD_CODE.test(text)) return true;
    if (text.length > 3 && text.includes('-') && hyphenPartIsCore(text)) return true;
    if (!PREFIX.has(text) && !(text === '-' && k > i)) return false;
  }
  return false;
}

function hyphenPartIsCore(text: string): boolean {
  for (const part of text.split('-')) if (CORE.has(part) || CORE.has(part.toLowerCase()) || /^\d/.test(part)) return true;
  return false;
}

/** Token index whose end is at char `end` (a lone trailing "." may be absorbed), else -1. */
function tokenEndingAt(doc: Doc, from: number, limit: number, end: number): number {
  for (let t = from; t < limit; t++) {
    const token = doc.tokens[t];
    if (token.end === end) return t + 1;
    if (token.end > end) return token.end === end + 1 && doc.text.charCodeAt(end) === 46 ? t + 1 : -1;
  }
  return -1;
}

function tokenStartingAt(doc: Doc, from: number, limit: number, start: number): number {
  for (let t = from; t < limit; t++) {
    if (doc.tokens[t].start === start) return t;
    if (doc.tokens[t].start > start) return -1;
  }
  return -1;
}

interface Candidate {
  rule: TimexRule;
  match: RegExpExecArray;
  end: number;
}

class Tagger {
  private readonly ref: CalDate;
  private readonly lower: string[] = [];
  private anchor: CalDate | null = null;
  private anchorSentence = -1;
  private sentenceIndex = 0;
  private sentence: TokenRange = { start: 0, end: 0 };
  /** the day stated outside quotes in the last sentence that stated one */
  private spokenDay: { sentence: number; value: string } | null = null;
  /** whether a quotation opened in an earlier sentence is still open where this one starts */
  private quoteOpenAtStart = false;
  /** character offset of the next quotation mark at or after the current sentence */
  private nextQuoteMark: number | undefined;

  constructor(private readonly doc: Doc, reference: string, private readonly rules: readonly TimexRule[]) {
    this.ref = parseIsoDate(reference);
  }

  readonly word = (i: number): string => {
    if (i < 0 || i >= this.doc.tokens.length) return '';
    return (this.lower[i] ??= this.doc.tokens[i].text.toLowerCase());
  };

  run(): Timex[] {
    const { doc } = this;
    const timexes: Timex[] = [];
    doc.timexes = timexes;
    const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.tokens.length }];
    for (let s = 0; s < sentences.length; s++) {
      this.sentenceIndex = s;
      this.sentence = sentences[s];
      // a quotation left open does not run past the end of its paragraph
      if (s > 0 && this.gapHasNewline(sentences[s - 1].end, this.sentence.start)) this.quoteOpenAtStart = false;
      const firstInSentence = timexes.length;
      let i = this.sentence.start;
      while (i < this.sentence.end) {
        if (!isTrigger(doc.tokens, i, this.sentence.end)) {
          i++;
          continue;
        }
        const found = this.matchAt(i);
        if (!found) {
          i++;
          continue;
        }
        timexes.push(found);
        this.noteAnchor(found);
        i = found.end;
      }
      this.fillDays(timexes, firstInSentence);
      this.resolveQuoted(timexes, firstInSentence);
    }
    return timexes;
  }

  /** The best timex starting at token i (with an optional modifier), or null. */
  private matchAt(i: number): Timex | null {
    const modifier = this.modifierAt(i);
    if (modifier) {
      const inner = this.resolveAt(modifier.next, i, modifier.at);
      if (inner && this.modifierFits(modifier, inner.resolution)) {
        return this.withBound(this.toTimex(i, inner.end, inner.rule, inner.resolution, modifier.mod));
      }
    }
    const plain = this.resolveAt(i, i);
    return plain ? this.withBound(this.toTimex(i, plain.end, plain.rule, plain.resolution)) : null;
  }

  /** "1994 or later", "1990 and beyond", "the next year or so": the bound joins the span and sets `mod`. */
  private withBound(t: Timex): Timex {
    if (t.type === 'SET' || !/^(?:\d|P)/.test(t.value)) return t;
    const at = this.doc.tokens[t.end - 1].end;
    BOUND_SUFFIX.lastIndex = at;
    const m = BOUND_SUFFIX.exec(this.doc.text);
    if (!m) return t;
    const end = tokenEndingAt(this.doc, t.end, this.sentence.end, at + m[0].length);
    if (end <= t.end) return t;
    const g = m.groups!;
    if (!g.approx && (t.type === 'DURATION' || t.value.startsWith('P'))) return t;
    t.end = end;
    t.mod ??= g.approx ? 'APPROX' : g.after ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
    return t;
  }

  private modifierFits(modifier: Modifier, r: Resolution): boolean {
    if (modifier.kind === 'quantity') return r.type === 'DURATION' || r.type === 'DATE' && /^\d/.test(r.value);
    return (r.type === 'DATE' || r.type === 'TIME') && /^\d/.test(r.value);
  }

  private modifierAt(i: number): Modifier | null {
    const { doc } = this;
    const at = doc.tokens[i].start;
    for (const [pattern, kind] of [[CALENDAR_MODIFIER, 'calendar'], [QUANTITY_MODIFIER, 'quantity']] as const) {
      pattern.lastIndex = at;
      const m = pattern.exec(doc.text);
      if (!m) continue;
      const after = at + m[0].length;
      const inside = after < doc.tokens[i].end;
      const next = inside ? i : tokenStartingAt(doc, i + 1, this.sentence.end, after);
      if (next < 0) continue;
      const g = m.groups!;
      // "at least the past 18 months" takes its article; "over the past two years" is a preposition
      if (kind === 'quantity' && !g.atleast && /^the\s/i.test(doc.text.slice(after, after + 4))) continue;
      // "over a three-year period", "under a two-year contract": a preposition before an adjective
      if (kind === 'quantity' && /^(?:over|under)$/i.test(m[0].trim()) && /^an?\s+\S+-/i.test(doc.text.slice(after, after + 30))) continue;
      const mod = g.start ? 'START' : g.end ? 'END' : g.mid ? 'MID' : g.approx ? 'APPROX' : g.more ? 'MORE_THAN' : g.less ? 'LESS_THAN' : g.atleast ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS';
      return { mod, kind, next, at: after };
    }
    return null;
  }

  private resolveAt(i: number, timexStart: number, at = this.doc.tokens[i].start): { end: number; rule: string; resolution: Resolution } | null {
    const { doc } = this;
    const candidates: Candidate[] = [];
    for (const rule of this.rules) {
      rule.pattern.lastIndex = at;
      const match = rule.pattern.exec(doc.text);
      if (!match || match[0].length === 0) continue;
      const end = tokenEndingAt(doc, i, this.sentence.end, at + match[0].length);
      if (end > i) candidates.push({ rule, match, end });
    }
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => b.end - a.end);
    for (const c of candidates) {
      const ctx = this.context(timexStart, i, c.end);
      const resolution = c.rule.resolve(c.match.groups ?? {}, ctx, c.match);
      if (resolution) return { end: c.end, rule: c.rule.id, resolution };
    }
    return null;
  }

  private context(timexStart: number, start: number, end: number): MatchContext {
    let tense: Tense | null = null;
    const range = { start, end };
    return {
      doc: this.doc,
      ref: this.ref,
      sentence: this.sentence,
      range,
      first: timexStart,
      word: this.word,
      tense: () => (tense ??= clauseTense(this.doc, this.sentence, { start: timexStart, end }, this.word)),
      dayAnchor: () => (this.anchor && this.sentenceIndex - this.anchorSentence <= 4 ? this.anchor : null),
      recent: (sentences, accept) => {
        const list = this.doc.timexes;
        for (let k = list.length - 1; k >= 0; k--) {
          if (this.sentenceIndex - this.doc.sentenceOf(list[k].start) > sentences) return null;
          if (accept(list[k])) return list[k];
        }
        return null;
      },
      previous: () => {
        const last = this.doc.timexes[this.doc.timexes.length - 1];
        if (!last) return null;
        const lastSentence = this.doc.sentenceOf(last.start);
        return this.sentenceIndex - lastSentence <= 1 ? last : null;
      },
    };
  }

  private toTimex(start: number, end: number, rule: string, r: Resolution, mod?: string): Timex {
    const timex: Timex & { needsDay?: boolean } = { start, end, type: r.type, value: r.value, rule };
    const finalMod = mod ?? r.mod;
    if (finalMod) timex.mod = finalMod;
    if (r.needsDay) timex.needsDay = true;
    return timex;
  }

  private noteAnchor(t: Timex): void {
    if ((t.type === 'DATE' || t.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(t.value)) {
      this.anchor = parseIsoDate(t.value);
      this.anchorSentence = this.sentenceIndex;
    }
  }

  /**
   * SCHEMA convention: "today"/"tomorrow"/"yesterday" inside a quotation count from the day the
   * words were spoken when the sentence states it outside the quotes ("… tomorrow," he said on
   * Monday), not from the article date.
   */
  private resolveQuoted(timexes: Timex[], first: number): void {
    const spoken = timexes.slice(first).find((t) => t.rule !== 'relative.deictic' && t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && !this.insideQuotes(t.start));
    // "Modi on Tuesday said … . “India is honoured … . Supplies will commence tomorrow,” he
    // tweeted.": a quotation that opens right after (or runs on from) the sentence stating the
    // day was spoken on that day
    const previous = this.spokenDay;
    const quoteOpens = this.quoteOpenAtStart || /^(?:“|``|")$/.test(this.doc.tokens[this.sentence.start]?.text ?? '');
    const carried = !spoken && previous && quoteOpens && previous.sentence === this.sentenceIndex - 1 ? previous.value : undefined;
    const value = spoken?.value ?? carried;
    // only a day the sentence says something was said on carries into the next quotation
    // ("Modi on Tuesday said", not "the flight to Kishinev on Friday")
    this.spokenDay = carried || (spoken && this.nearReportingVerb(spoken)) ? { sentence: this.sentenceIndex, value: value! } : null;
    if (value) {
      const day = parseIsoDate(value);
      for (let k = first; k < timexes.length; k++) {
        const t = timexes[k];
        if (t.rule !== 'relative.deictic' || !this.insideQuotes(t.start)) continue;
        const offset = DEICTIC_OFFSETS[this.word(t.start)];
        if (offset === undefined) continue;
        t.value = formatDay(addDays(day, offset)) + t.value.slice(10);
      }
    }
    if (this.hasQuoteMark()) this.quoteOpenAtStart = this.insideQuotes(this.sentence.end);
  }

  /** Whether a reporting verb stands within three words of the timex ("on Tuesday said"). */
  private nearReportingVerb(t: Timex): boolean {
    const from = Math.max(this.sentence.start, t.start - 3);
    const to = Math.min(this.sentence.end, t.end + 3);
    for (let i = from; i < to; i++) if (REPORTING_VERBS.has(this.word(i))) return true;
    return false;
  }

  /** Whether the current sentence contains a quotation mark (sentences come in text order). */
  private hasQuoteMark(): boolean {
    const { start, end } = this.sentence;
    if (end <= start) return false;
    if (this.nextQuoteMark === undefined) {
      QUOTE_MARK.lastIndex = 0;
      this.nextQuoteMark = QUOTE_MARK.exec(this.doc.text)?.index ?? Infinity;
    }
    const from = this.doc.tokens[start].start;
    if (this.nextQuoteMark < from) {
      QUOTE_MARK.lastIndex = from;
      this.nextQuoteMark = QUOTE_MARK.exec(this.doc.text)?.index ?? Infinity;
    }
    return this.nextQuoteMark < this.doc.tokens[end - 1].end;
  }

  private gapHasNewline(previousEnd: number, start: number): boolean {
    const from = previousEnd > 0 ? this.doc.tokens[previousEnd - 1].end : 0;
    const to = start < this.doc.tokens.length ? this.doc.tokens[start].start : this.doc.text.length;
    const newline = this.doc.text.indexOf('\n', from);
    return newline >= 0 && newline < to;
  }

  /** Whether token i sits inside a quotation opened earlier (in its sentence or one before). */
  private insideQuotes(i: number): boolean {
    let open = this.quoteOpenAtStart;
    for (let k = this.sentence.start; k < i; k++) {
      const text = this.doc.tokens[k].text;
      if (text === '“' || text === '``') open = true;
      else if (text === '”' || text === "''") open = false;
      else if (text === '"') open = !open;
    }
    return open;
  }

  /** Clock times take the date stated nearest to them in their sentence, else the anchor. */
  private fillDays(timexes: (Timex & { needsDay?: boolean })[], first: number): void {
    for (let k = first; k < timexes.length; k++) {
      const t = timexes[k];
      if (!t.needsDay) continue;
      delete t.needsDay;
      let best: string | null = null;
      let bestDistance = Infinity;
      for (let j = first; j < timexes.length; j++) {
        const other = timexes[j];
        if (j === k || !/^\d{4}-\d{2}-\d{2}/.test(other.value) || other.type === 'DURATION' || other.type === 'SET') continue;
        const distance = Math.abs(other.start - t.start);
        // on a tie the date after the clock time wins ("midnight on Sunday")
        if (distance < bestDistance || (distance === bestDistance && other.start > t.start)) {
          best = other.value.slice(0, 10);
          bestDistance = distance;
        }
      }
      if (!best) {
        const anchor = this.anchor && this.sentenceIndex - this.anchorSentence <= 6 ? this.anchor : this.ref;
        best = `${String(anchor.year).padStart(4, '0')}-${String(anchor.month).padStart(2, '0')}-${String(anchor.day).padStart(2, '0')}`;
      }
      t.value = best + t.value;
      this.noteAnchor(t);
    }
  }
}

/** Tag every time expression in a segmented doc, normalised against `reference` (YYYY-MM-DD). */
export function tagTimes(doc: Doc, reference: string, rules: readonly TimexRule[] = RULES): Timex[] {
  return new Tagger(doc, reference, rules).run();
}
