// Test and dev-eval scaffolding, not part of the pipeline: while the actors stage is still a
// placeholder, build one actor per distinct knowledge-base match of a mention so the events
// stage can be exercised. The real actors stage replaces it as soon as it assigns actors.
import type { Actor, Doc } from '../../doc.js';
import type { Stage } from '../../stage.js';
import { KB_RESOURCE } from '../../actors/entities-stage.js';
import { buildKnowledgeBase, lookup, phraseKey, type KnowledgeBase } from '../../actors/kb.js';

export const fallbackActorsStage: Stage = {
  name: 'actors-fallback',
  requires: ['tokens', 'mentions'],
  assigns: ['actors'],
  run(ctx, doc) {
    if (doc.actors.length) return;
    const kb = ctx.resources.get<KnowledgeBase>(KB_RESOURCE, buildKnowledgeBase);
    buildActors(doc, kb);
  },
};

function buildActors(doc: Doc, kb: KnowledgeBase): void {
  const byId = new Map<string, number>();
  doc.mentions.forEach((m, mi) => {
    const entry = lookup(kb, phraseKey(doc.spanText(m))).find((e) => e.country);
    if (!entry) return;
    const id = entry.form === 'person' || entry.form === 'organization' ? entry.id : `country-${entry.country}`;
    let index = byId.get(id);
    if (index === undefined) {
      const actor: Actor = {
        id, name: entry.name, kind: entry.kind ?? 'country', country: entry.country, sector: entry.sector,
        role: null, aliases: [], spans: [],
      };
      index = doc.actors.push(actor) - 1;
      byId.set(id, index);
    }
    doc.actors[index].spans.push({ start: m.start, end: m.end });
    doc.mentions[mi].actor = index;
  });
}
