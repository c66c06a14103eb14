// TempEval-3 Task A scoring of the time tagger on TimeML (.tml) files, and time scoring on the
// project's gold articles (../shared/gold, SCHEMA.md rules).
//
// TimeML: the raw text is TEXT with its tags stripped and entities decoded; gold TIMEX3
// offsets are kept in that stripped text. Scores follow the TempEval-3 definitions: strict
// span = same characters, relaxed span = any overlap; type and value accuracy over relaxed
// matches; value F1 = precision/recall computed with value-correct matches only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { Doc } from '../src/nlp/doc.js';
import { segmentStage } from '../src/nlp/segment/stage.js';
import { Resources } from '../src/nlp/stage.js';
import { tagTimes } from '../src/nlp/time/tagger.js';

export interface SpanTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
  text?: string;
  /** id of the rule that produced a system timex */
  rule?: string;
}

export interface TimeMLDocument {
  file: string;
  corpus: string;
  dct: string;
  text: string;
  gold: SpanTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? entity;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** Parse one TimeML file: DCT, stripped TEXT and gold TIMEX3 spans in it. */
export function parseTimeML(xml: string, file = '', corpus = ''): TimeMLDocument {
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctMatch ? attributes(dctMatch[1]).value ?? '' : '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: SpanTimex[] = [];
  let open: SpanTimex | null = null;
  for (const m of body.matchAll(/<[^>]+>|&#?\w+;|[^<&]+|&/g)) {
    const piece = m[0];
    if (piece.startsWith('<')) {
      if (/^<TIMEX3\b/.test(piece)) {
        const a = attributes(piece);
        open = { start: text.length, end: text.length, type: a.type ?? '', value: a.value ?? '', mod: a.mod };
      } else if (piece === '</TIMEX3>' && open) {
        open.end = text.length;
        open.text = text.slice(open.start, open.end);
        gold.push(open);
        open = null;
      }
    } else if (piece.startsWith('&') && piece.length > 1) {
      text += decodeEntity(piece);
    } else {
      text += piece;
    }
  }
  return { file, corpus, dct: dct.slice(0, 10), text, gold };
}

/** All .tml files under dir; the corpus is the first folder below dir (TimeBank, AQUAINT). */
export function loadTimeMLDir(dir: string): TimeMLDocument[] {
  const out: TimeMLDocument[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.tml')) {
        const rel = path.relative(dir, full).split(path.sep);
        out.push(parseTimeML(readFileSync(full, 'utf8'), full, rel.length > 1 ? rel[0] : path.basename(dir)));
      }
    }
  };
  walk(dir);
  return out;
}

export type TimeSystem = (text: string, date: string) => SpanTimex[];

/** annals: segment then tag. */
export const annalsSystem: TimeSystem = (text, date) => {
  const doc = new Doc(text);
  segmentStage.run({ reference: date, resources: new Resources() }, doc);
  return tagTimes(doc, date).map((t) => {
    const span = doc.charSpan(t);
    return { ...span, type: t.type, value: t.value, mod: t.mod, text: text.slice(span.start, span.end), rule: t.rule };
  });
};

const p2 = (n: number) => String(n).padStart(2, '0');

/** chrono-node, mapped to TIMEX3 DATE/TIME values at the precision it is certain of. */
export const chronoSystem: TimeSystem = (text, date) => {
  const [y, m, d] = date.split('-').map(Number);
  const results = chrono.parse(text, new Date(y, m - 1, d, 12, 0, 0));
  return results.map((r) => {
    const c = r.start;
    const year = String(c.get('year')).padStart(4, '0');
    const day = `${year}-${p2(c.get('month') ?? 1)}-${p2(c.get('day') ?? 1)}`;
    let type = 'DATE';
    let value: string;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${day}T${p2(c.get('hour') ?? 0)}:${p2(c.get('minute') ?? 0)}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = day;
    else if (c.isCertain('month')) value = day.slice(0, 7);
    else if (c.isCertain('year')) value = year;
    else value = day;
    return { start: r.index, end: r.index + r.text.length, type, value, text: r.text };
  });
};

export interface Counts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  pairs: number;
  typeCorrect: number;
  valueCorrect: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, pairs: 0, typeCorrect: 0, valueCorrect: 0 });

const overlaps = (a: SpanTimex, b: SpanTimex) => a.start < b.end && b.start < a.end;

export interface PairError {
  kind: 'missed' | 'spurious' | 'value' | 'type';
  gold?: SpanTimex;
  system?: SpanTimex;
}

/** Count matches of one document's system timexes against its gold timexes. */
export function countDocument(gold: SpanTimex[], system: SpanTimex[], errors?: PairError[]): Counts {
  const c = emptyCounts();
  c.gold = gold.length;
  c.system = system.length;
  for (const g of gold) {
    if (system.some((s) => s.start === g.start && s.end === g.end)) c.strictGold++;
    if (system.some((s) => overlaps(s, g))) c.relaxedGold++;
  }
  for (const s of system) {
    if (gold.some((g) => s.start === g.start && s.end === g.end)) c.strictSystem++;
    if (gold.some((g) => overlaps(s, g))) c.relaxedSystem++;
    else errors?.push({ kind: 'spurious', system: s });
  }
  const used = new Set<number>();
  for (const g of gold) {
    const k = system.findIndex((s, i) => !used.has(i) && overlaps(s, g));
    if (k < 0) {
      errors?.push({ kind: 'missed', gold: g });
      continue;
    }
    used.add(k);
    c.pairs++;
    const s = system[k];
    if (s.type === g.type) c.typeCorrect++;
    if (s.value === g.value) c.valueCorrect++;
    else errors?.push({ kind: 'value', gold: g, system: s });
  }
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export interface Scores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  typeAccuracy: number;
  valueAccuracy: number;
  valueP: number;
  valueR: number;
  valueF1: number;
  gold: number;
  system: number;
}

export function scores(c: Counts): Scores {
  const strictP = ratio(c.strictSystem, c.system);
  const strictR = ratio(c.strictGold, c.gold);
  const relaxedP = ratio(c.relaxedSystem, c.system);
  const relaxedR = ratio(c.relaxedGold, c.gold);
  const valueP = ratio(c.valueCorrect, c.system);
  const valueR = ratio(c.valueCorrect, c.gold);
  return {
    strictP, strictR, strictF1: f1(strictP, strictR), relaxedP, relaxedR, relaxedF1: f1(relaxedP, relaxedR),
    typeAccuracy: ratio(c.typeCorrect, c.pairs), valueAccuracy: ratio(c.valueCorrect, c.pairs),
    valueP, valueR, valueF1: f1(valueP, valueR), gold: c.gold, system: c.system,
  };
}

export interface TimeMLReport {
  overall: Scores;
  byCorpus: Record<string, Scores>;
  errors: (PairError & { file: string; text: string })[];
  tokens: number;
}

export function evaluateTimeML(docs: TimeMLDocument[], system: TimeSystem = annalsSystem): TimeMLReport {
  let total = emptyCounts();
  const perCorpus: Record<string, Counts> = {};
  const errors: TimeMLReport['errors'] = [];
  for (const doc of docs) {
    const docErrors: PairError[] = [];
    const c = countDocument(doc.gold, system(doc.text, doc.dct), docErrors);
    for (const e of docErrors) errors.push({ ...e, file: doc.file, text: doc.text });
    total = addCounts(total, c);
    perCorpus[doc.corpus] = addCounts(perCorpus[doc.corpus] ?? emptyCounts(), c);
  }
  const byCorpus: Record<string, Scores> = {};
  for (const [k, v] of Object.entries(perCorpus)) byCorpus[k] = scores(v);
  return { overall: scores(total), byCorpus, errors, tokens: 0 };
}

// ---- project gold articles (SCHEMA.md "times" scoring, as in score_gold.py) ----

interface GoldArticle {
  id?: string;
  date: string;
  text: string;
  times?: { text: string; type: string; value: string }[];
}

function occurrences(text: string, s: string): [number, number][] {
  const out: [number, number][] = [];
  if (!s) return out;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i, i + s.length]);
  return out;
}

export interface GoldTimeScores {
  p: number;
  r: number;
  f1: number;
  valueF1: number;
  valueAccuracy: number;
  gold: number;
  predicted: number;
  errors: { id: string; kind: string; gold?: string; system?: string }[];
}

/** Score the tagger on gold article JSON files: relaxed overlap by text, value F1. */
export function evaluateGoldTimes(dir: string, system: TimeSystem = annalsSystem): GoldTimeScores {
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  let valueOk = 0;
  const errors: GoldTimeScores['errors'] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const g = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GoldArticle;
    const id = g.id ?? name.slice(0, -5);
    const seen = new Set<string>();
    const preds = system(g.text, g.date).filter((t) => {
      const key = `${t.text}\u0000${t.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    predicted += preds.length;
    const golds = g.times ?? [];
    goldCount += golds.length;
    const used = new Set<number>();
    for (const gt of golds) {
      const gs = occurrences(g.text, gt.text);
      const hit = preds.findIndex((pt, k) => !used.has(k) && occurrences(g.text, pt.text ?? '').some(([c, d]) => gs.some(([a, b]) => a < d && c < b)));
      if (hit < 0) {
        errors.push({ id, kind: 'missed', gold: `${gt.text} ${gt.value}` });
        continue;
      }
      used.add(hit);
      tp++;
      if (preds[hit].value === gt.value) valueOk++;
      else errors.push({ id, kind: 'value', gold: `${gt.text} ${gt.value}`, system: `${preds[hit].text} ${preds[hit].value}` });
    }
    preds.forEach((pt, k) => {
      if (!used.has(k)) errors.push({ id, kind: 'spurious', system: `${pt.text} ${pt.value}` });
    });
  }
  const p = ratio(tp, predicted);
  const r = ratio(tp, goldCount);
  return {
    p, r, f1: f1(p, r), valueF1: f1(ratio(valueOk, predicted), ratio(valueOk, goldCount)),
    valueAccuracy: ratio(valueOk, tp), gold: goldCount, predicted, errors,
  };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

/** The TempEval-3 table as text. */
export function formatTimeMLTable(title: string, report: TimeMLReport): string {
  const header = `${title.padEnd(16)} ${'strictP'.padStart(7)} ${'strictR'.padStart(7)} ${'strictF1'.padStart(8)} ${'relaxP'.padStart(7)} ${'relaxR'.padStart(7)} ${'relaxF1'.padStart(7)} ${'typeAcc'.padStart(7)} ${'valAcc'.padStart(7)} ${'valueF1'.padStart(7)} ${'gold'.padStart(5)} ${'sys'.padStart(5)}`;
  const row = (name: string, s: Scores) =>
    `${name.padEnd(16)} ${pct(s.strictP).padStart(7)} ${pct(s.strictR).padStart(7)} ${pct(s.strictF1).padStart(8)} ${pct(s.relaxedP).padStart(7)} ${pct(s.relaxedR).padStart(7)} ${pct(s.relaxedF1).padStart(7)} ${pct(s.typeAccuracy).padStart(7)} ${pct(s.valueAccuracy).padStart(7)} ${pct(s.valueF1).padStart(7)} ${String(s.gold).padStart(5)} ${String(s.system).padStart(5)}`;
  const lines = [header, row('overall', report.overall)];
  for (const [corpus, s] of Object.entries(report.byCorpus).sort()) lines.push(row(corpus, s));
  return lines.join('\n');
}
