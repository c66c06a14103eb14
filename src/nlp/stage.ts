import type { Doc } from './doc.js';

/** Per-article context. The article date lives here; no stage may read the clock. */
export interface PipelineContext {
  /** the article's date (document creation time), YYYY-MM-DD */
  readonly reference: string;
  /** models and lexicons, loaded once per pipeline instance */
  readonly resources: Resources;
}

/** Layers a stage can require or assign. A test checks the literal list against these. */
export type Layer =
  | 'tokens' | 'sentences' | 'pos' | 'chunk' | 'ner' | 'timexes' | 'mentions' | 'actors' | 'events';

export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(ctx: PipelineContext, doc: Doc): void;
}

/**
 * Loaded-once resources (tagger model, knowledge base, lexicons), owned by one pipeline
 * instance. Stages ask for what they need by key; the loader runs on first use only, so
 * nothing is read from disk at import time.
 */
export class Resources {
  private readonly cache = new Map<string, unknown>();

  get<T>(key: string, load: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, load());
    return this.cache.get(key) as T;
  }

  /** Replace a resource (tests inject small models this way). */
  set<T>(key: string, value: T): void {
    this.cache.set(key, value);
  }
}
