// Actor suggestions for a text input: a <datalist> filled from /api/actors as the user types.
import { api } from '../api.js';
import { h, queryString } from '../dom.js';
import { counted } from '../format.js';

let counter = 0;

/** Attach suggestions to an input; returns the input for inline use. */
export function withActorSuggestions(input: HTMLInputElement): HTMLInputElement {
  const list = h('datalist', { id: `actor-suggestions-${++counter}` });
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || text === asked) return;
    timer = setTimeout(async () => {
      asked = text;
      try {
        const { items } = await api.actors(queryString({ q: text, limit: 8 }));
        list.replaceChildren(...items.map((a) => h('option', { value: a.id }, `${a.name}${a.country ? ` (${a.country})` : ''} · ${counted(a.events, 'event')}`)));
      } catch { /* suggestions are a convenience */ }
    }, 200);
  });
  // the input gets its parent (a <label>) right after this returns: put the list beside it then
  queueMicrotask(() => input.parentElement?.append(list));
  return input;
}
