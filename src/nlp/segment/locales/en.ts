// English abbreviations that keep their final period as part of the token, and the country
// words that split compounds such as "Russia-Ukraine".
import countries from 'i18n-iso-countries';
import countryExtras from '../../actors/data/countries.js';

/** Titles and name parts: never end a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.',
  'sen.', 'rep.', 'gov.', 'pres.', 'amb.', 'rev.', 'fr.', 'st.', 'mt.', 'ft.', 'no.', 'nos.', 'vs.', 'v.',
  'messrs.', 'hon.', 'gens.', 'sens.', 'reps.', 'brig.', 'cpl.', 'pvt.', 'supt.', 'insp.',
]);

/** Other abbreviations: may end a sentence when a capitalised sentence starter follows. */
export const OTHER_ABBREVIATIONS = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
  'inc.', 'corp.', 'co.', 'ltd.', 'plc.', 'bros.', 'jr.', 'sr.', 'etc.', 'approx.', 'est.', 'dept.',
  'univ.', 'ave.', 'blvd.', 'rd.', 'calif.', 'conn.', 'fla.', 'ga.', 'ill.', 'mass.', 'mich.', 'minn.',
  'n.y.', 'pa.', 'tenn.', 'tex.', 'va.', 'wash.', 'wis.', 'ariz.', 'colo.', 'ky.', 'la.', 'md.', 'mo.',
  'nev.', 'okla.', 'ore.', 'ala.', 'ark.', 'del.', 'kan.', 'neb.', 'vt.', 'e.g.', 'i.e.', 'cf.', 'al.',
]);

export const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);

/** Words that, capitalised after an abbreviation such as "U.S.", show a new sentence has begun. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile',
  'earlier', 'later', 'last', 'after', 'before', 'when', 'while', 'as', 'if', 'no', 'some', 'many',
  'officials', 'both', 'one', 'two', 'for', 'since', 'according', 'speaking', 'asked',
]);

let countryWords: Set<string> | null = null;

/** One-word country names and nationality words ("Russia", "Kazakh", "Saudi"), built on first use. */
export function isCountryWord(word: string): boolean {
  if (!countryWords) {
    countryWords = new Set<string>();
    const names = Object.values(countries.getNames('en', { select: 'all' })).flat();
    const extras = Object.values(countryExtras).flatMap((c) => [c.name ?? '', ...(c.variants ?? []), ...(c.demonyms ?? [])]);
    for (const name of [...names, ...extras, 'Saudi', 'US', 'UK']) if (/^\p{Lu}\p{L}+$/u.test(name)) countryWords.add(name);
  }
  return countryWords.has(word);
}
