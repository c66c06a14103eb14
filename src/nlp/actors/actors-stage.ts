import type { Stage } from '../stage.js';
import { buildKnowledgeBase, type KnowledgeBase } from './kb.js';
import { buildActorLexicons, resolveActors, type ActorLexicons } from './actors.js';
import { KB_RESOURCE } from './entities-stage.js';

export const ACTOR_LEXICONS_RESOURCE = 'actors.actor-lexicons';

/** One actor per person or body in the document; mentions linked to them (mention.actor). */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'pos', 'timexes', 'mentions'],
  assigns: ['actors'],
  run(ctx, doc) {
    const kb = ctx.resources.get<KnowledgeBase>(KB_RESOURCE, buildKnowledgeBase);
    const lex = ctx.resources.get<ActorLexicons>(ACTOR_LEXICONS_RESOURCE, () => buildActorLexicons(kb));
    resolveActors(doc, lex, ctx.reference);
  },
};
