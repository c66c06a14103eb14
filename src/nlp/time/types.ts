import type { Doc, Timex, TimexType, TokenRange } from '../doc.js';
import type { CalDate } from './calendar.js';

/** 'unknown' when no cue is close enough: callers pick their own default (news leans past). */
export type Tense = 'past' | 'future' | 'present' | 'unknown';

/** What a rule sees when it resolves a match. */
export interface MatchContext {
  readonly doc: Doc;
  /** the article date */
  readonly ref: CalDate;
  readonly sentence: TokenRange;
  /** token range of the match (after snapping to token boundaries) */
  readonly range: TokenRange;
  /** first token of the whole timex, modifier included ("early" in "early November") */
  readonly first: number;
  /** tense of the clause around the match (computed on demand) */
  tense(): Tense;
  /** the last day-precise date stated before this match (for "the following day"), or null */
  dayAnchor(): CalDate | null;
  /** the last calendar value stated before this match in the same or previous sentence */
  previous(): Timex | null;
  /** the most recent timex satisfying `accept` within the last `sentences` sentences */
  recent(sentences: number, accept: (t: Timex) => boolean): Timex | null;
  /** lower-cased token text at i (empty string outside the document) */
  word(i: number): string;
}

export interface Resolution {
  type: TimexType;
  value: string;
  mod?: string;
  /** a time of day whose date comes from the sentence's date (filled in after the sentence) */
  needsDay?: boolean;
}

export type Groups = Record<string, string | undefined>;

/** One recogniser rule: a sticky pattern tried at trigger tokens and a resolver. */
export interface TimexRule {
  id: string;
  pattern: RegExp;
  resolve(groups: Groups, ctx: MatchContext, match: RegExpExecArray): Resolution | null;
}
