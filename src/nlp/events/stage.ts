import type { Stage } from '../stage.js';
import { buildLexicon, type LexiconIndex } from './lexicon.js';
import { codeEvents } from './coder.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { KB_RESOURCE } from '../actors/entities-stage.js';

/** PLOVER event coding from the lexicon in locales/en/lexicon.ts. */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunk', 'timexes', 'mentions', 'actors'],
  assigns: ['events'],
  run(ctx, doc) {
    const lexicon = ctx.resources.get<LexiconIndex>('events.lexicon.en', () => buildLexicon());
    const kb = ctx.resources.get<KnowledgeBase>(KB_RESOURCE, buildKnowledgeBase);
    doc.events = codeEvents(doc, lexicon, kb);
  },
};
