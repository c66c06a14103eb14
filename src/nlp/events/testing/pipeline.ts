// The pipeline the event tests and dev-eval run: the real one, every stage included.
import { Pipeline } from '../../pipeline.js';

export function eventTestPipeline(): Pipeline {
  return new Pipeline();
}
