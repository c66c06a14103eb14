import { Doc } from './doc.js';
import { Resources, type PipelineContext, type Stage } from './stage.js';
import { segmentStage } from './segment/stage.js';
import { tagStage } from './tag/stage.js';
import { timesStage } from './time/stage.js';
import { entitiesStage } from './actors/entities-stage.js';
import { actorsStage } from './actors/actors-stage.js';
import { eventsStage } from './events/stage.js';

/** The pipeline, in order. Every stage has the signature (ctx, doc) => void. */
export const STAGES: readonly Stage[] = [
  segmentStage,
  tagStage,
  timesStage,
  entitiesStage,
  actorsStage,
  eventsStage,
];

export interface PipelineInput {
  text: string;
  /** article date, YYYY-MM-DD */
  date: string;
}

export class Pipeline {
  readonly resources: Resources;
  readonly stages: readonly Stage[];

  constructor(options: { stages?: readonly Stage[]; resources?: Resources } = {}) {
    this.stages = options.stages ?? STAGES;
    this.resources = options.resources ?? new Resources();
  }

  run(input: PipelineInput): Doc {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
      throw new Error(`pipeline: article date must be YYYY-MM-DD, got "${input.date}"`);
    }
    const doc = new Doc(input.text);
    const ctx: PipelineContext = { reference: input.date, resources: this.resources };
    for (const stage of this.stages) stage.run(ctx, doc);
    return doc;
  }
}
