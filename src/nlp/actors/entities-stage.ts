import type { Stage } from '../stage.js';
import { buildKnowledgeBase, type KnowledgeBase } from './kb.js';
import { buildMentionLexicons, findMentions, type MentionLexicons } from './mentions.js';

export const KB_RESOURCE = 'actors.kb';
export const MENTION_LEXICONS_RESOURCE = 'actors.mention-lexicons';

/** Named mentions (PER, ORG, LOC, MISC): tagger spans corrected by the knowledge base, plus gazetteer names. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'pos', 'ner', 'timexes'],
  assigns: ['mentions'],
  run(ctx, doc) {
    const kb = ctx.resources.get<KnowledgeBase>(KB_RESOURCE, buildKnowledgeBase);
    const lex = ctx.resources.get<MentionLexicons>(MENTION_LEXICONS_RESOURCE, () => buildMentionLexicons(kb));
    doc.mentions = findMentions(doc, lex, ctx.reference);
  },
};
