// How a role's dates read to a person (the `annals actor` command and the web actor page say it
// the same way). Pure and free of imports at run time: the browser bundle imports it too.
import type { ActorRole } from '../../store/types.js';

/**
 * The dates the articles give a role: stated ("from 2021-11, stated") and bounds a word gives by
 * an article date ("until before 2021-12-11" for "former"), never a bound passed off as stated;
 * empty when they only report the role.
 */
export function tenureWording(r: Pick<ActorRole, 'statedFrom' | 'statedTo' | 'fromBound' | 'toBound'>): string {
  let stated = '';
  if (r.statedFrom && r.statedTo) stated = `${r.statedFrom} to ${r.statedTo}, stated`;
  else if (r.statedFrom) stated = `from ${r.statedFrom}, stated`;
  else if (r.statedTo) stated = `to ${r.statedTo}, stated`;
  const bounds = [
    !r.statedFrom && r.fromBound ? `from ${r.fromBound.kind} ${r.fromBound.date}` : '',
    !r.statedTo && r.toBound ? `until ${r.toBound.kind} ${r.toBound.date}` : '',
  ].filter(Boolean).join(', ');
  return [stated, bounds].filter(Boolean).join('; ');
}
