// The pipeline the event tests and dev-eval run: the real stages, with the fallback actor
// builder after the actors stage (it does nothing once the actors stage assigns actors).
import { Pipeline, STAGES } from '../../pipeline.js';
import type { Stage } from '../../stage.js';
import { fallbackActorsStage } from './fallback-actors.js';

export function eventTestPipeline(): Pipeline {
  const stages: Stage[] = [];
  for (const stage of STAGES) {
    if (stage.name === 'events') stages.push(fallbackActorsStage);
    stages.push(stage);
  }
  let pipeline = new Pipeline({ stages });
  try {
    pipeline.run({ text: 'Probe.', date: '2021-01-01' });
  } catch {
    // the tagger model may be missing while it is being trained: run without it
    pipeline = new Pipeline({ stages: stages.filter((s) => s.name !== 'tag') });
  }
  return pipeline;
}
