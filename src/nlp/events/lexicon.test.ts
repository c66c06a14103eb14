import { describe, expect, it } from 'vitest';
import { LEXICON } from './locales/en/lexicon.js';
import { PLOVER_CATEGORIES } from './lexicon-types.js';
import { buildLexicon, headPatterns, validateLexicon } from './lexicon.js';
import { lemmaCandidates, lemmatise } from './lemma.js';
import { PLOVER_QUAD } from '../annotation.js';
import { eventTestPipeline } from './testing/pipeline.js';
import { PATTERN_SENTENCES, SENTENCES } from './testing/sentences.data.js';

describe('events lexicon', () => {
  it('has unique ids, PLOVER categories and lowercase heads', () => {
    expect(validateLexicon(LEXICON)).toEqual([]);
    const ids = LEXICON.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of LEXICON) expect(PLOVER_CATEGORIES as readonly string[]).toContain(p.category);
  });

  it('reports duplicate ids and unknown categories', () => {
    const bad = [
      { id: 'x.one', category: 'AGREE' as const, lemma: 'agree', pos: 'verb' as const },
      { id: 'x.one', category: 'BOGUS' as never, lemma: 'Meet', pos: 'verb' as const },
    ];
    const problems = validateLexicon(bad);
    expect(problems.join(' ')).toMatch(/duplicate id x\.one/);
    expect(problems.join(' ')).toMatch(/unknown category BOGUS/);
    expect(problems.join(' ')).toMatch(/lowercase lemma/);
    expect(() => buildLexicon(bad)).toThrow(/events lexicon/);
  });

  it('covers all 16 PLOVER categories, each with a quad class and score', () => {
    expect(new Set(LEXICON.map((p) => p.category))).toEqual(new Set(PLOVER_CATEGORIES));
    for (const c of PLOVER_CATEGORIES) expect(PLOVER_QUAD[c]).toBeDefined();
  });

  it('finds patterns by inflected head words', () => {
    const index = buildLexicon();
    const ids = (w: string) => headPatterns(index, w).map((p) => p.id);
    expect(ids('met')).toContain('consult.meet');
    expect(ids('talks')).toContain('consult.talk');
    expect(ids('criticised')).toContain('accuse.criticize');
    expect(ids('expelled')).toContain('sanction.expel');
    expect(ids('weather')).toEqual([]);
  });
});

describe('lemmatiser', () => {
  const known = new Set(['agree', 'stop', 'call', 'meet', 'fight', 'ceasefire', 'apologize', 'carry', 'expel']);
  const lemma = (w: string) => lemmatise(w, (l) => known.has(l));
  it('handles regular and irregular forms', () => {
    expect(lemma('agreed')).toBe('agree');
    expect(lemma('stopped')).toBe('stop');
    expect(lemma('calling')).toBe('call');
    expect(lemma('met')).toBe('meet');
    expect(lemma('fought')).toBe('fight');
    expect(lemma('ceasefires')).toBe('ceasefire');
    expect(lemma('apologised')).toBe('apologize');
    expect(lemma('carried')).toBe('carry');
    expect(lemma('expelled')).toBe('expel');
    expect(lemma('table')).toBeNull();
  });
  it('always proposes the word itself first', () => {
    expect(lemmaCandidates('Talks')[0]).toBe('talks');
  });
});

describe('every lexicon pattern is exercised by a test sentence', () => {
  const pipeline = eventTestPipeline();
  const fired = new Map<string, string>();
  const run = (text: string, date = '2024-03-15') => pipeline.run({ text, date });

  for (const [id, c] of Object.entries(PATTERN_SENTENCES)) {
    it(`${id}: ${c.text}`, () => {
      const doc = run(c.text, c.date);
      const rules = doc.events.map((e) => e.rule);
      for (const r of rules) fired.set(r, c.text);
      expect(rules, `events: ${doc.events.map((e) => `${e.category} ${e.source}>${e.target} [${e.rule}]`).join('; ')}`).toContain(id);
    });
  }

  it('no pattern is left untested', () => {
    for (const c of SENTENCES) for (const e of run(c.text, c.date).events) fired.set(e.rule, c.text);
    for (const c of Object.values(PATTERN_SENTENCES)) for (const e of run(c.text, c.date).events) fired.set(e.rule, c.text);
    expect(LEXICON.map((p) => p.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
