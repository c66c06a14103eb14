// One Doc per article. Tokens (with character offsets into `text`) are the source of truth;
// every other layer is a [start, end) token range, read through the accessors below.

export interface Token {
  /** character offset (JavaScript string index) of the first character */
  start: number;
  /** character offset one past the last character */
  end: number;
  text: string;
  /** true when whitespace (or a line break) precedes the token */
  spaceBefore: boolean;
}

/** A [start, end) range of token indices. */
export interface TokenRange {
  start: number;
  end: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends TokenRange {
  type: TimexType;
  /** TIMEX3 value normalised against ctx.reference, e.g. 2021-12-11, 2021-W48, P2D, PAST_REF */
  value: string;
  /** TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN, ... */
  mod?: string;
  /** id of the recogniser rule that produced it (explainability) */
  rule: string;
}

export type MentionType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends TokenRange {
  type: MentionType;
  /** index into doc.actors once the actors stage linked it */
  actor?: number;
}

export type ActorKind = 'person' | 'country' | 'organization' | 'group';

/** A role's start or end known only relative to a date (the article's): before it or after it. */
export interface RoleBound {
  kind: 'before' | 'after';
  date: string;
}

export interface Actor {
  /** stable slug, e.g. "yoshimasa-hayashi", "japan" */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3 or an organisation code (UN, EU, NATO ...); null if unknown */
  country: string | null;
  /** PLOVER sector: GOV, MIL, COP, LEG, JUD, POL, REB, OPP, CVL, BUS, MED, NGO, IGO, REL, CRM, UNK */
  sector: string | null;
  role: string | null;
  /** when the role was held, as the text states it: calendar values from doc.timexes
   *  (src/nlp/actors/tenure.ts) */
  roleFrom?: string;
  roleTo?: string;
  /** a side the text states no date for, bounded by a word and the article date: "former" ends
   *  the role before it, "new" began it before it, "outgoing" / "incoming" end / begin it after it */
  roleFromBound?: RoleBound;
  roleToBound?: RoleBound;
  /** ids of the tenure rules that stated roleFrom/roleTo or set a bound */
  roleRules?: string[];
  /** other surface forms seen in this document */
  aliases: string[];
  /** token ranges in this doc that refer to the actor (names, titles, pronouns) */
  spans: TokenRange[];
  /** knowledge-base id when linked to the curated data */
  kb?: string;
}

export type Modality = 'asserted' | 'planned' | 'hypothetical' | 'demanded';

export interface DocEvent {
  category: string;
  mode: string | null;
  /** the trigger's token range */
  trigger: TokenRange;
  /** the sentence (token range) that states the event: its evidence */
  sentence: TokenRange;
  /** actor indices into doc.actors */
  sourceActors: number[];
  targetActors: number[];
  /** country / organisation codes */
  source: string[];
  target: string[];
  /** calendar date from a linked time expression, or null */
  date: string | null;
  /** index of the doc.timexes entry the date came from */
  timex?: number;
  location: string | null;
  negated: boolean;
  modality: Modality;
  attribution: string | null;
  /** id of the lexicon pattern (or model) that produced the event */
  rule: string;
}

export class Doc {
  readonly text: string;
  tokens: Token[] = [];
  sentences: TokenRange[] = [];
  /** per-token layers assigned by the tag stage (Penn POS, IOB chunk, IOB NER) */
  pos: string[] = [];
  chunk: string[] = [];
  ner: string[] = [];
  timexes: Timex[] = [];
  mentions: Mention[] = [];
  actors: Actor[] = [];
  events: DocEvent[] = [];

  constructor(text: string) {
    this.text = text;
  }

  /** The text covered by a token range, exactly as in the article. */
  spanText(range: TokenRange): string {
    if (range.end <= range.start) return '';
    return this.text.slice(this.tokens[range.start].start, this.tokens[range.end - 1].end);
  }

  /** Character offsets [start, end) of a token range. */
  charSpan(range: TokenRange): { start: number; end: number } {
    if (range.end <= range.start) {
      const at = range.start < this.tokens.length ? this.tokens[range.start].start : this.text.length;
      return { start: at, end: at };
    }
    return { start: this.tokens[range.start].start, end: this.tokens[range.end - 1].end };
  }

  /** Index of the sentence that contains token i (binary search; sentences are sorted). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (i < s.start) hi = mid - 1;
      else if (i >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Words (token texts) of a range. */
  words(range: TokenRange): string[] {
    const out: string[] = [];
    for (let i = range.start; i < range.end; i++) out.push(this.tokens[i].text);
    return out;
  }
}
