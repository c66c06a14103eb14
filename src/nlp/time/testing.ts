// Test helper: segment a text and tag its times against a reference date.
import { Doc } from '../doc.js';
import { segmentStage } from '../segment/stage.js';
import { Resources } from '../stage.js';
import { tagTimes } from './tagger.js';

export interface Tagged {
  text: string;
  type: string;
  value: string;
  mod?: string;
  rule: string;
}

export function tagText(text: string, reference: string): Tagged[] {
  const doc = new Doc(text);
  segmentStage.run({ reference, resources: new Resources() }, doc);
  return tagTimes(doc, reference).map((t) => ({ text: doc.spanText(t), type: t.type, value: t.value, mod: t.mod, rule: t.rule }));
}

/** The single timex whose text is `span`, or undefined. */
export function find(text: string, reference: string, span: string): Tagged | undefined {
  return tagText(text, reference).find((t) => t.text === span);
}
