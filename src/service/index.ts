// The service layer: the only caller of the Store. CLI, HTTP API and web import from here.
export { AnnalsService } from './service.js';
export type { IngestSource, IngestProgress, IngestSummary, IngestedArticle, ServiceOptions } from './service.js';
export { annotate, type AnnotateResult } from './annotate.js';
export { evaluate, type EvaluateOptions, type EvaluateResult } from './evaluate.js';
export * from './schemas.js';
export type * from '../store/types.js';
export { openStore } from '../store/index.js';
