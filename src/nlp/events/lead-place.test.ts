import { describe, expect, it } from 'vitest';
import { Pipeline } from '../pipeline.js';
import { toAnnotation } from '../annotation.js';

const pipeline = new Pipeline();
const code = (text: string, date: string) => toAnnotation(pipeline.run({ text, date }), { id: 't', date }).events;

describe('the place of an article\'s opening story', () => {
  const article = [
    'French President Emmanuel Macron met German Chancellor Olaf Scholz on Tuesday.',
    'Speaking at a joint news conference in Marseille, the two leaders said they had discussed energy prices.',
    'Macron and Scholz also condemned Russia for its attacks on Ukrainian power plants.',
    'Separately, Poland said it would expel three Belarusian diplomats.',
  ].join(' ');

  it('places the opening meeting and its parties\' later acts where the lead says', () => {
    const events = code(article, '2022-10-25');
    const consult = events.find((e) => e.category === 'CONSULT' && e.source.includes('FRA'));
    expect(consult?.location).toBe('Marseille, FRA');
    const accuse = events.find((e) => e.category === 'ACCUSE');
    expect(accuse?.target).toEqual(['RUS']);
    expect(accuse?.location).toBe('Marseille, FRA');
  });

  it('leaves other parties\' and planned acts without that place', () => {
    const expel = code(article, '2022-10-25').find((e) => e.category === 'SANCTION');
    expect(expel?.source).toEqual(['POL']);
    expect(expel?.location).toBeNull();
  });

  it('does not apply when a dateline names the place', () => {
    const datelined = `BERLIN, Oct 25 - ${article}`;
    const consult = code(datelined, '2022-10-25').find((e) => e.category === 'CONSULT' && e.source.includes('FRA'));
    expect(consult?.location).toBe('Berlin, DEU');
  });
});
