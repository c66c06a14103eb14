// Event export in three formats, streamed page by page so a large export never sits in memory.
// `plover` writes the JSON fields named in the PLOVER manual's "JSON Data Fields" chapter
// (id, date, enddate, source, recipient, event, mode, quad_code, event_scale, event_loc,
// event_text, coder); annals' own extras (negated, modality, attribution) keep their names.
import type { AnnalsService } from '../service/service.js';
import type { EventsRequest } from '../service/schemas.js';
import type { EventActorRef, EventRecord } from '../store/types.js';
import { dayRange } from '../store/when.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
};

const EXPORT_PAGE = 500;

/** Every event matching the filters, in pages, in a stable order. */
export async function* exportedEvents(service: AnnalsService, filters: EventsRequest): AsyncGenerator<EventRecord> {
  for (let page = 1; ; page++) {
    const { items } = await service.listEvents({ ...filters, limit: EXPORT_PAGE, page });
    yield* items;
    if (items.length < EXPORT_PAGE) return;
  }
}

/** The export as text chunks: a header line for CSV, then one line per event. */
export async function* exportLines(events: AsyncIterable<EventRecord>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`;
  for await (const event of events) {
    if (format === 'csv') yield `${CSV_COLUMNS.map((c) => csvCell(c.value(event))).join(',')}\r\n`;
    else yield `${JSON.stringify(format === 'plover' ? toPlover(event) : event)}\n`;
  }
}

const names = (actors: EventActorRef[]) => actors.map((a) => a.name).join('; ');

const CSV_COLUMNS: { name: string; value: (e: EventRecord) => string | number | boolean | null }[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'when', value: (e) => e.when },
  { name: 'date', value: (e) => e.date },
  { name: 'when_assumed', value: (e) => e.whenAssumed },
  { name: 'category', value: (e) => e.category },
  { name: 'mode', value: (e) => e.mode },
  { name: 'quad', value: (e) => e.quad },
  { name: 'score', value: (e) => e.score },
  { name: 'source', value: (e) => e.source.join(';') },
  { name: 'target', value: (e) => e.target.join(';') },
  { name: 'source_actors', value: (e) => names(e.sourceActors) },
  { name: 'target_actors', value: (e) => names(e.targetActors) },
  { name: 'negated', value: (e) => e.negated },
  { name: 'modality', value: (e) => e.modality },
  { name: 'attribution', value: (e) => e.attribution },
  { name: 'location', value: (e) => e.location },
  { name: 'evidence', value: (e) => e.evidence },
  { name: 'trigger', value: (e) => e.trigger },
  { name: 'rule', value: (e) => e.rule },
  // articles reporting the event: each row is one real-world event
  { name: 'sources', value: (e) => e.reportCount },
];

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** PLOVER's numeric quad codes (manual, "PLOVER quad categories"). */
const QUAD_CODE: Record<string, number> = {
  'verbal cooperation': 1, 'material cooperation': 2, 'verbal conflict': 3, 'material conflict': 4,
};

interface PloverActor {
  code: string;
  actor_text?: string;
  identifier_id?: string;
}

/** One PLOVER actor object per linked actor, plus one per code no linked actor carries. */
function ploverActors(codes: string[], actors: EventActorRef[]): PloverActor[] {
  const out: PloverActor[] = actors.map((a) => ({ code: a.country ?? codes[0] ?? '---', actor_text: a.name, identifier_id: a.id }));
  for (const code of codes) if (!out.some((a) => a.code === code)) out.push({ code });
  return out;
}

export function toPlover(e: EventRecord): Record<string, unknown> {
  const range = dayRange(e.when);
  const record: Record<string, unknown> = {
    id: e.id,
    has_event: true,
    date: range?.start ?? e.when,
  };
  if (range && range.end !== range.start) record.enddate = range.end;
  record.source = ploverActors(e.source, e.sourceActors);
  if (e.target.length || e.targetActors.length) record.recipient = ploverActors(e.target, e.targetActors);
  record.event = [e.category];
  if (e.mode) record.mode = e.mode;
  if (QUAD_CODE[e.quad]) record.quad_code = QUAD_CODE[e.quad];
  record.event_scale = e.score;
  if (e.location) record.event_loc = { name: e.location };
  if (e.evidence) record.event_text = [e.evidence];
  record.coder = `annals:${e.rule}`;
  record.negated = e.negated;
  record.modality = e.modality;
  if (e.attribution) record.attribution = e.attribution;
  record.sources = e.reportCount;
  return record;
}
