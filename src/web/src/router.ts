// A tiny History-API router: a literal list of path patterns, each rendering a page into <main>.
import { clear, h } from './dom.js';

export interface PageContext {
  params: string[];
  query: URLSearchParams;
  root: HTMLElement;
}

export interface Route {
  pattern: RegExp;
  render: (ctx: PageContext) => Promise<void>;
}

export class Router {
  private generation = 0;

  constructor(private readonly routes: Route[], private readonly root: HTMLElement) {}

  start(): void {
    document.addEventListener('click', (event) => this.intercept(event));
    document.addEventListener('submit', (event) => this.submit(event));
    window.addEventListener('popstate', () => void this.render());
    void this.render();
  }

  /** Go to an app URL (path + query) and render it. */
  go(url: string, options: { replace?: boolean } = {}): void {
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void this.render();
  }

  private intercept(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.hasAttribute('data-external')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      history.replaceState(null, '', url.pathname + url.search + url.hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      return;
    }
    this.go(url.pathname + url.search + url.hash);
  }

  /** GET forms with an app action become navigations; empty fields stay out of the URL. */
  private submit(event: SubmitEvent): void {
    const form = event.target as HTMLFormElement;
    const action = form.getAttribute('action');
    if (!action?.startsWith('/') || action.startsWith('/api/') || form.method.toLowerCase() !== 'get') return;
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.append(key, value.trim());
    const search = params.toString();
    this.go(`${action}${search ? `?${search}` : ''}`);
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    let path = location.pathname;
    try { path = decodeURI(path); } catch { /* a malformed escape: match the raw path */ }
    const route = this.routes.find((r) => r.pattern.test(path));
    const page = h('div', { class: 'page' });
    const params = route ? (route.pattern.exec(path)?.slice(1) ?? []) : [];
    clear(this.root);
    this.root.append(page);
    page.append(h('p', { class: 'loading' }, 'Loading…'));
    document.querySelectorAll('header nav a').forEach((a) => {
      const href = a.getAttribute('href') ?? '';
      a.classList.toggle('current', href !== '/' && path.startsWith(href));
    });
    try {
      if (!route) throw new Error(`There is no page at ${path}.`);
      // Pages fetch first, then replace the loading line (charts need to be in the document to size).
      await route.render({ params, query: new URLSearchParams(location.search), root: page });
      if (generation !== this.generation) return; // a newer navigation won
      page.querySelector(':scope > .loading')?.remove();
      if (!location.hash) window.scrollTo(0, 0);
    } catch (err) {
      if (generation !== this.generation) return;
      clear(page);
      page.append(h('div', { class: 'error' }, h('h1', null, 'Not available'), h('p', null, err instanceof Error ? err.message : String(err)),
        h('p', { class: 'muted' }, 'Go to the ', h('a', { href: '/' }, 'home page'), ' or ', h('a', { href: '/search' }, 'search the articles'), '.')));
    }
  }
}
