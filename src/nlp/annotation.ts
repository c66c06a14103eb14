// The `annotate --jsonl` contract: field names and value conventions of ../shared/gold/SCHEMA.md,
// plus character offsets (`start`/`end`, JavaScript string indices) on times and mentions and
// explainability fields on events. Other programs score this output: change it only on purpose.
import type { Doc, RoleBound } from './doc.js';

export interface TimeAnnotation {
  text: string;
  type: string;
  value: string;
  mod?: string;
  start: number;
  end: number;
}

export interface MentionAnnotation {
  text: string;
  type: string;
  start: number;
  end: number;
  actor?: string;
}

export interface ActorAnnotation {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** when the role was held, as the text states it (calendar values); absent when it states none */
  role_from?: string;
  role_to?: string;
  /** only on a side with no stated date: a word bounds it by the article date ("former minister":
   *  role_to_bound {kind: "before", date}; "new" / "incoming": role_from_bound before / after) */
  role_from_bound?: RoleBound;
  role_to_bound?: RoleBound;
  aliases: string[];
}

export interface EventAnnotation {
  category: string;
  mode: string | null;
  source: string[];
  target: string[];
  source_actors: string[];
  target_actors: string[];
  date: string | null;
  /** the date a timeline places the event on: `date`, else the article date */
  when: string;
  when_assumed: boolean;
  location: string | null;
  negated: boolean;
  modality: string;
  attribution: string | null;
  evidence: string;
  /** id of the lexicon pattern that produced the event */
  rule: string;
  trigger: string;
  quad: string;
  score: number;
}

export interface Annotation {
  id: string;
  date: string;
  story: string | null;
  times: TimeAnnotation[];
  mentions: MentionAnnotation[];
  actors: ActorAnnotation[];
  events: EventAnnotation[];
}

/**
 * PLOVER quad classes and conflict–cooperation scores, from the PLOVER manual (draft 0.7b1):
 * the quad class printed under each category (CONCEDE is verbal cooperation) and the "Schrodt
 * scores" table (REQUEST is the manual's DEMAND).
 */
export const PLOVER_QUAD: Record<string, { quad: string; score: number }> = {
  AGREE: { quad: 'verbal cooperation', score: 4.2 },
  CONSULT: { quad: 'verbal cooperation', score: 2.1 },
  SUPPORT: { quad: 'verbal cooperation', score: 4.6 },
  CONCEDE: { quad: 'verbal cooperation', score: 5.0 },
  COOPERATE: { quad: 'material cooperation', score: 6.8 },
  AID: { quad: 'material cooperation', score: 7.4 },
  RETREAT: { quad: 'material cooperation', score: 7.6 },
  REQUEST: { quad: 'verbal conflict', score: -5.0 },
  ACCUSE: { quad: 'verbal conflict', score: -2.0 },
  REJECT: { quad: 'verbal conflict', score: -4.2 },
  THREATEN: { quad: 'verbal conflict', score: -5.1 },
  PROTEST: { quad: 'material conflict', score: -6.6 },
  SANCTION: { quad: 'material conflict', score: -5.2 },
  MOBILIZE: { quad: 'material conflict', score: -5.3 },
  COERCE: { quad: 'material conflict', score: -7.2 },
  ASSAULT: { quad: 'material conflict', score: -9.3 },
};

export function toAnnotation(doc: Doc, meta: { id: string; date: string; story?: string | null }): Annotation {
  const times: TimeAnnotation[] = doc.timexes.map((t) => {
    const span = doc.charSpan(t);
    const out: TimeAnnotation = { text: doc.spanText(t), type: t.type, value: t.value, start: span.start, end: span.end };
    if (t.mod) out.mod = t.mod;
    return out;
  });
  const mentions: MentionAnnotation[] = doc.mentions.map((m) => {
    const span = doc.charSpan(m);
    const out: MentionAnnotation = { text: doc.spanText(m), type: m.type, start: span.start, end: span.end };
    if (m.actor !== undefined) out.actor = doc.actors[m.actor].id;
    return out;
  });
  const actors: ActorAnnotation[] = doc.actors.map((a) => ({
    id: a.id, name: a.name, kind: a.kind, country: a.country, sector: a.sector, role: a.role,
    ...(a.roleFrom ? { role_from: a.roleFrom } : {}), ...(a.roleTo ? { role_to: a.roleTo } : {}),
    ...(!a.roleFrom && a.roleFromBound ? { role_from_bound: { ...a.roleFromBound } } : {}),
    ...(!a.roleTo && a.roleToBound ? { role_to_bound: { ...a.roleToBound } } : {}),
    aliases: a.aliases,
  }));
  const events: EventAnnotation[] = doc.events.map((e) => {
    const plover = PLOVER_QUAD[e.category] ?? { quad: 'unknown', score: 0 };
    return {
      category: e.category,
      mode: e.mode,
      source: e.source,
      target: e.target,
      source_actors: e.sourceActors.map((i) => doc.actors[i].id),
      target_actors: e.targetActors.map((i) => doc.actors[i].id),
      date: e.date,
      when: e.date ?? meta.date,
      when_assumed: e.date === null,
      location: e.location,
      negated: e.negated,
      modality: e.modality,
      attribution: e.attribution,
      evidence: doc.spanText(e.sentence),
      rule: e.rule,
      trigger: doc.spanText(e.trigger),
      quad: plover.quad,
      score: plover.score,
    };
  });
  return { id: meta.id, date: meta.date, story: meta.story ?? null, times, mentions, actors, events };
}
