// An actor's roles as terms of office: the reports of one role (one per article) grouped into the
// separate terms they describe. A role held twice ("prime minister from 2006 to 2007", later
// "from 2012 to 2020") is two rows, not one: reports join a term unless a date one of them states
// or bounds puts the other's known days outside it.
import type { ActorRole, RoleBound, RoleDateKind } from './types.js';
import { dayRange } from './when.js';

/** One article's report of a role, as stored in actor_roles. */
export interface RoleReport {
  role: string;
  country: string | null;
  sector: string | null;
  /** a calendar value the text states, or the article date a word bounds the role by */
  from: string | null;
  fromKind: RoleDateKind | null;
  to: string | null;
  toKind: RoleDateKind | null;
  articleId: string;
  /** the article date */
  seen: string;
}

/** The date and kind to store for one side of a role: the stated date, else the bound. */
export function roleDate(stated: string | undefined, bound: RoleBound | undefined): { date: string | null; kind: RoleDateKind | null } {
  if (stated) return { date: stated, kind: 'stated' };
  return bound ? { date: bound.date, kind: bound.kind } : { date: null, kind: null };
}

/** What a report says about the days of its term (YYYY-MM-DD; null when it says nothing). */
interface Evidence {
  /** first and last day known to be in the term: stated dates, and the article date when the role is held then */
  heldFrom: string | null;
  heldTo: string | null;
  /** the term begins on or after this day ("from 2012", "incoming") */
  startsAfter: string | null;
  /** the term ends on or before this day ("to 2007", "former") */
  endsBefore: string | null;
}

interface Term {
  reports: RoleReport[];
  evidence: Evidence;
}

const first = (v: string | null) => (v ? dayRange(v)?.start ?? null : null);
const last = (v: string | null) => (v ? dayRange(v)?.end ?? null : null);
const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

function evidenceOf(r: RoleReport): Evidence {
  const statedFrom = r.fromKind === 'stated' ? first(r.from) : null;
  const statedTo = r.toKind === 'stated' ? last(r.to) : null;
  const startsAfter = r.fromKind === 'after' ? r.from : statedFrom;
  const endsBefore = r.toKind === 'before' ? r.to : statedTo;
  // a report of a role neither ended nor yet begun by the article date says it is held then
  const heldOnSeen = (endsBefore === null || endsBefore >= r.seen) && (startsAfter === null || startsAfter <= r.seen)
    && r.toKind !== 'before' && r.fromKind !== 'after';
  const seen = heldOnSeen ? r.seen : null;
  return {
    heldFrom: minOf(statedFrom, seen) ?? statedTo,
    heldTo: maxOf(statedTo, seen) ?? statedFrom,
    startsAfter,
    endsBefore,
  };
}

/** True when the known days of one side fall outside the other's stated or bounded term. */
function apart(a: Evidence, b: Evidence): boolean {
  const outside = (term: Evidence, other: Evidence) =>
    (term.endsBefore !== null && other.heldFrom !== null && other.heldFrom > term.endsBefore)
    || (term.startsAfter !== null && other.heldTo !== null && other.heldTo < term.startsAfter);
  return outside(a, b) || outside(b, a);
}

function merge(a: Evidence, b: Evidence): Evidence {
  return {
    heldFrom: minOf(a.heldFrom, b.heldFrom),
    heldTo: maxOf(a.heldTo, b.heldTo),
    // what one report says of the term's start or end holds for the term; two that disagree: the looser
    startsAfter: minOf(a.startsAfter, b.startsAfter),
    endsBefore: maxOf(a.endsBefore, b.endsBefore),
  };
}

/** Where a report sorts: its first known day, else the date bounding it. */
function sortKey(e: Evidence, r: RoleReport): string {
  return e.heldFrom ?? e.startsAfter ?? e.endsBefore ?? r.seen;
}

/** The terms of one role, in time order. */
function termsOf(reports: RoleReport[]): Term[] {
  const sorted = reports.map((r) => ({ r, e: evidenceOf(r) }))
    .sort((x, y) => sortKey(x.e, x.r).localeCompare(sortKey(y.e, y.r)) || x.r.seen.localeCompare(y.r.seen));
  const terms: Term[] = [];
  for (const { r, e } of sorted) {
    const term = [...terms].reverse().find((t) => !apart(t.evidence, e));
    if (term) {
      term.reports.push(r);
      term.evidence = merge(term.evidence, e);
    } else terms.push({ reports: [r], evidence: e });
  }
  return terms;
}

/** The stated date of one side (earliest), else its tightest bound: "before" the earliest date, else "after" the latest. */
function sideOf(reports: RoleReport[], side: 'from' | 'to'): { stated: string | null; bound: RoleBound | null } {
  const dated = reports.map((r) => (side === 'from' ? { date: r.from, kind: r.fromKind } : { date: r.to, kind: r.toKind }))
    .filter((d): d is { date: string; kind: RoleDateKind } => d.date !== null && d.kind !== null);
  const stated = dated.filter((d) => d.kind === 'stated').map((d) => d.date).sort()[0] ?? null;
  if (stated) return { stated, bound: null };
  const before = dated.filter((d) => d.kind === 'before').map((d) => d.date).sort()[0];
  if (before) return { stated: null, bound: { kind: 'before', date: before } };
  const after = dated.filter((d) => d.kind === 'after').map((d) => d.date).sort().at(-1);
  return { stated: null, bound: after ? { kind: 'after', date: after } : null };
}

function roleOfTerm(reports: RoleReport[]): ActorRole {
  const from = sideOf(reports, 'from');
  const to = sideOf(reports, 'to');
  const seen = reports.map((r) => r.seen).sort();
  return {
    role: reports[0].role, country: reports[0].country, sector: reports[0].sector,
    statedFrom: from.stated, statedTo: to.stated, fromBound: from.bound, toBound: to.bound,
    firstSeen: seen[0], lastSeen: seen[seen.length - 1], articles: new Set(reports.map((r) => r.articleId)).size,
  };
}

/** One row per term of each role (role, country, sector), ordered by the dates that report them. */
export function groupRoleTerms(reports: RoleReport[]): ActorRole[] {
  const byRole = new Map<string, RoleReport[]>();
  for (const r of reports) {
    const key = JSON.stringify([r.role, r.country, r.sector]);
    byRole.set(key, [...(byRole.get(key) ?? []), r]);
  }
  const rows = [...byRole.values()].flatMap((group) => termsOf(group).map((t) => roleOfTerm(t.reports)));
  return rows.sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.lastSeen.localeCompare(b.lastSeen));
}
