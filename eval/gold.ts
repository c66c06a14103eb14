// A faithful TypeScript port of ../shared/gold/score_gold.py (SCHEMA.md "Scoring"): same matching,
// same counts, same printed lines. Keep the two in step; gold.test.ts compares them on real data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldTime { text?: string; type?: string; value?: unknown }
export interface GoldMention { text?: string; type?: string }
export interface GoldEvent {
  category?: string;
  source?: string[] | string | null;
  target?: string[] | string | null;
  date?: unknown;
  negated?: unknown;
  modality?: string | null;
}
/** A gold or predicted document; only the fields the scorer reads. */
export interface ScoredDoc {
  id?: string;
  text?: string;
  story?: unknown;
  times?: GoldTime[] | null;
  mentions?: GoldMention[] | null;
  events?: GoldEvent[] | null;
}
export type DocSet = Record<string, ScoredDoc>;

export interface TimeScores { p: number; r: number; f1: number; value_f1: number; value_acc: number; gold: number; pred: number }
export interface MentionScores { p: number; r: number; f1: number; gold: number; pred: number; by_type: Record<string, number> }
export interface EventScores {
  p: number; r: number; f1: number; gold: number; pred: number; matched: number;
  date_acc: number; negated_acc: number; modality_acc: number;
}
export interface StoryScores { p: number; r: number; f1: number; gold_pairs: number; pred_pairs: number }
export interface GoldScores { times: TimeScores; mentions: MentionScores; events: EventScores; stories: StoryScores; docs: number }

/** Load every `*.json` of a directory, keyed by its `id` (else the file name), in file-name order. */
export function loadDocs(dir: string): DocSet {
  const out: DocSet = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const doc = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as ScoredDoc;
    out[doc.id ?? file.slice(0, -5)] = doc;
  }
  return out;
}

function prf(tp: number, np: number, ng: number): [number, number, number] {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

/** All [start, end) occurrences of s in text (overlapping ones included), as Python's loop finds them. */
function spans(text: string, s: string): [number, number][] {
  const out: [number, number][] = [];
  if (!s) return out;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i, i + s.length]);
  return out;
}

/** Python's str() of a JSON value, for the `str(a) == str(b)` comparisons of the reference. */
function pyStr(x: unknown): string {
  if (x === undefined || x === null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (typeof x === 'number') return String(x);
  if (typeof x === 'string') return x;
  return JSON.stringify(x);
}

/** Python truthiness of a JSON value (`bool(x)`). */
function pyBool(x: unknown): boolean {
  if (Array.isArray(x)) return x.length > 0;
  if (x && typeof x === 'object') return Object.keys(x).length > 0;
  return Boolean(x);
}

const tupleKey = (...parts: unknown[]) => JSON.stringify(parts.map((p) => (p === undefined ? null : p)));

export function scoreTimes(gold: DocSet, pred: DocSet): TimeScores {
  let tp = 0, np = 0, ng = 0, valueOk = 0;
  for (const [gid, g] of Object.entries(gold)) {
    const text = g.text ?? '';
    const ps = pred[gid]?.times ?? [];
    const gs = g.times ?? [];
    ng += gs.length;
    np += new Set(ps.map((t) => tupleKey(t.text, t.value))).size;
    const used = new Set<number>();
    for (const gt of gs) {
      const gsp = spans(text, gt.text ?? '');
      let hit: number | null = null;
      for (let k = 0; k < ps.length; k++) {
        const pt = ps[k];
        if (used.has(k) || !pt.text) continue;
        const psp = spans(text, pt.text);
        if (gsp.some(([a, b]) => psp.some(([c, d]) => a < d && c < b))) { hit = k; break; }
      }
      if (hit === null) continue;
      used.add(hit);
      tp++;
      if (pyStr(ps[hit].value) === pyStr(gt.value)) valueOk++;
    }
  }
  const [p, r, f1] = prf(tp, np, ng);
  const [, , valueF1] = prf(valueOk, np, ng);
  return { p, r, f1, value_f1: valueF1, value_acc: tp ? valueOk / tp : 0, gold: ng, pred: np };
}

export const MENTION_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export function scoreMentions(gold: DocSet, pred: DocSet): MentionScores {
  let tp = 0, np = 0, ng = 0;
  const perType = new Map<string, [number, number, number]>();
  for (const [gid, g] of Object.entries(gold)) {
    const gs = new Set((g.mentions ?? []).map((m) => tupleKey(m.text, m.type)));
    const ps = new Set((pred[gid]?.mentions ?? []).map((m) => tupleKey(m.text, m.type)));
    const both = [...gs].filter((x) => ps.has(x));
    tp += both.length; np += ps.size; ng += gs.size;
    const typeOf = (key: string) => (JSON.parse(key) as unknown[])[1];
    for (const t of MENTION_TYPES) {
      const a = perType.get(t) ?? [0, 0, 0];
      a[0] += both.filter((x) => typeOf(x) === t).length;
      a[1] += [...ps].filter((x) => typeOf(x) === t).length;
      a[2] += [...gs].filter((x) => typeOf(x) === t).length;
      perType.set(t, a);
    }
  }
  const [p, r, f1] = prf(tp, np, ng);
  const byType: Record<string, number> = {};
  for (const [t, v] of perType) byType[t] = pyRound(prf(...v)[2], 3);
  return { p, r, f1, gold: ng, pred: np, by_type: byType };
}

function codes(x: GoldEvent['source']): Set<string> {
  if (x === null || x === undefined) return new Set();
  if (typeof x === 'string') return new Set([x]);
  return new Set(x);
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const modalityOf = (e: GoldEvent) => e.modality || 'asserted';

export function scoreEvents(gold: DocSet, pred: DocSet): EventScores {
  let tp = 0, np = 0, ng = 0, dateOk = 0, negOk = 0, modOk = 0;
  const agree = (pe: GoldEvent, ge: GoldEvent) =>
    Number(pyBool(pe.negated) === pyBool(ge.negated)) + Number(modalityOf(pe) === modalityOf(ge))
    + Number(pyStr(pe.date) === pyStr(ge.date));
  for (const [gid, g] of Object.entries(gold)) {
    const gs = g.events ?? [];
    const ps = pred[gid]?.events ?? [];
    ng += gs.length; np += ps.length;
    const used = new Set<number>();
    for (const ge of gs) {
      // among same-triple candidates pick the one agreeing on most attributes (first on ties, like max())
      let best = -1;
      for (let k = 0; k < ps.length; k++) {
        const pe = ps[k];
        if (used.has(k) || pe.category !== ge.category) continue;
        if (!intersects(codes(pe.source), codes(ge.source)) || !intersects(codes(pe.target), codes(ge.target))) continue;
        if (best < 0 || agree(pe, ge) > agree(ps[best], ge)) best = k;
      }
      if (best < 0) continue;
      const pe = ps[best];
      used.add(best); tp++;
      dateOk += Number(pyStr(pe.date) === pyStr(ge.date));
      negOk += Number(pyBool(pe.negated) === pyBool(ge.negated));
      modOk += Number(modalityOf(pe) === modalityOf(ge));
    }
  }
  const [p, r, f1] = prf(tp, np, ng);
  const acc = (x: number) => (tp ? pyRound(x / tp, 3) : 0);
  return { p, r, f1, gold: ng, pred: np, matched: tp, date_acc: acc(dateOk), negated_acc: acc(negOk), modality_acc: acc(modOk) };
}

export function scoreStories(gold: DocSet, pred: DocSet): StoryScores {
  const ids = Object.keys(gold).sort(pyCompare);
  let tp = 0, np = 0, ng = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      const goldSame = jsonEqual(gold[a].story, gold[b].story);
      const pa = pred[a]?.story ?? null;
      const pb = pred[b]?.story ?? null;
      const predSame = pa !== null && jsonEqual(pa, pb);
      tp += Number(goldSame && predSame); np += Number(predSame); ng += Number(goldSame);
    }
  }
  const [p, r, f1] = prf(tp, np, ng);
  return { p, r, f1, gold_pairs: ng, pred_pairs: np };
}

export function scoreGold(gold: DocSet, pred: DocSet): GoldScores {
  return {
    times: scoreTimes(gold, pred), mentions: scoreMentions(gold, pred), events: scoreEvents(gold, pred),
    stories: scoreStories(gold, pred), docs: Object.keys(gold).length,
  };
}

/** The lines score_gold.py prints: one per metric, then the summary line. */
export function formatScores(res: GoldScores): string[] {
  const lines: string[] = [];
  for (const key of ['times', 'mentions', 'events', 'stories'] as const) {
    const parts = Object.entries(res[key]).map(([name, v]) => `${name}=${pyValue(name, v)}`);
    lines.push(`${key} ${parts.join(' ')}`);
  }
  lines.push(summaryLine(res));
  return lines;
}

export function summaryLine(res: GoldScores): string {
  return `summary docs=${res.docs} time_value_f1=${pyFixed3(res.times.value_f1)} mention_f1=${pyFixed3(res.mentions.f1)} `
    + `event_f1=${pyFixed3(res.events.f1)} story_f1=${pyFixed3(res.stories.f1)}`;
}

// --- Python formatting semantics --------------------------------------------------------------

/** Python's round(x, digits): the decimal nearest to the exact binary value, ties to even. */
export function pyRound(x: number, digits: number): number {
  return Number(roundDecimal(x, digits));
}

function roundDecimal(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  const negative = x < 0;
  const exact = Math.abs(x).toFixed(100); // the exact binary value, to 100 places
  const [whole, frac] = exact.split('.');
  const kept = frac.slice(0, digits);
  const rest = frac.slice(digits);
  let digitsStr = whole + kept;
  const tie = /^50*$/.test(rest);
  const up = rest[0] > '5' || (rest[0] === '5' && !tie) || (tie && Number(digitsStr.at(-1)) % 2 === 1);
  if (up) digitsStr = (BigInt(digitsStr) + 1n).toString().padStart(digitsStr.length, '0');
  const intPart = digitsStr.slice(0, digitsStr.length - digits) || '0';
  const out = digits ? `${intPart}.${digitsStr.slice(digitsStr.length - digits)}` : intPart;
  return negative && Number(out) !== 0 ? `-${out}` : out;
}

/** Python's f'{x:.3f}'. */
export function pyFixed3(x: number): string {
  return roundDecimal(x, 3);
}

/** Python's repr of a float (1.0, 0.667). */
export function pyFloat(x: number): string {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

/** Metrics that are Python ints (counts); every other number is a float. */
const INT_METRICS = new Set(['gold', 'pred', 'matched', 'gold_pairs', 'pred_pairs']);

/** How score_gold.py prints one metric value: floats rounded to 3 places, ints as is, dicts as repr. */
function pyValue(name: string, v: unknown): string {
  if (typeof v === 'number') return INT_METRICS.has(name) ? String(v) : pyFloat(pyRound(v, 3));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, number>).map(([k, x]) => `'${k}': ${pyFloat(x)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(v);
}

const pyCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const jsonEqual = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
