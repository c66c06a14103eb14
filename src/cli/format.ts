// Plain-text output helpers shared by the CLI commands: aligned tables, CSV, error lines.
import type { ReadError } from '../ingest/index.js';
import type { EventRecord } from '../store/types.js';

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** cells longer than this are cut with an ellipsis */
  max?: number;
  align?: 'left' | 'right';
}

const clip = (text: string, max?: number) => (max && text.length > max ? `${text.slice(0, max - 1)}…` : text);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An aligned text table: header, dashes, one line per row. */
export function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => clip(oneLine(c.value(row)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values
    .map((v, i) => (columns[i].align === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i])))
    .join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** RFC 4180 CSV: quote fields with commas, quotes or line breaks. */
export function csv<T>(rows: T[], columns: { header: string; value: (row: T) => string }[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.map((c) => field(c.header)), ...rows.map((r) => columns.map((c) => field(c.value(r))))]
    .map((fields) => fields.join(','))
    .join('\r\n');
}

/** `path:line: message` (readers often start their message with the path already). */
export function errorLine(error: ReadError): string {
  const where = error.line !== undefined ? `${error.path}:${error.line}` : error.path;
  return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
}

/** "JPN" or "JPN+USA"; actor names in brackets when known. */
export function side(codes: string[], actors: { name: string }[]): string {
  const codeText = codes.length ? codes.join('+') : '?';
  return actors.length ? `${codeText} (${actors.map((a) => a.name).join(', ')})` : codeText;
}

/** The event date a table shows: `~` marks a date assumed from the article date. */
export function eventWhen(e: EventRecord): string {
  return e.whenAssumed ? `~${e.when}` : e.when;
}

/** Short marks for negation and modality: "not", "planned", "hypothetical" ... */
export function eventMarks(e: EventRecord): string {
  const marks: string[] = [];
  if (e.negated) marks.push('not');
  if (e.modality !== 'asserted') marks.push(e.modality);
  return marks.join(',');
}

export const EVENT_COLUMNS: Column<EventRecord>[] = [
  { header: 'date', value: eventWhen },
  { header: 'category', value: (e) => e.category },
  { header: 'source → target', value: (e) => `${side(e.source, e.sourceActors)} → ${side(e.target, e.targetActors)}`, max: 60 },
  { header: 'marks', value: eventMarks },
  { header: 'place', value: (e) => e.location ?? '', max: 24 },
  // articles reporting the event: one real-world event, however many outlets carried it
  { header: 'sources', value: (e) => String(e.reportCount), align: 'right' },
  { header: 'id', value: (e) => e.id },
];

export const EVENT_CSV_COLUMNS: { header: string; value: (e: EventRecord) => string }[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'when', value: (e) => e.when },
  { header: 'date', value: (e) => e.date ?? '' },
  { header: 'category', value: (e) => e.category },
  { header: 'quad', value: (e) => e.quad },
  { header: 'score', value: (e) => String(e.score) },
  { header: 'source', value: (e) => e.source.join(' ') },
  { header: 'target', value: (e) => e.target.join(' ') },
  { header: 'source_actors', value: (e) => e.sourceActors.map((a) => a.id).join(' ') },
  { header: 'target_actors', value: (e) => e.targetActors.map((a) => a.id).join(' ') },
  { header: 'negated', value: (e) => String(e.negated) },
  { header: 'modality', value: (e) => e.modality },
  { header: 'location', value: (e) => e.location ?? '' },
  { header: 'attribution', value: (e) => e.attribution ?? '' },
  { header: 'rule', value: (e) => e.rule },
  { header: 'reports', value: (e) => String(e.reportCount) },
  { header: 'trigger', value: (e) => e.trigger },
  { header: 'evidence', value: (e) => e.evidence },
];

let pipeGuarded = false;

/** A reader that stops early (`annals annotate … | head`) is not an error: exit quietly. */
function guardClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** Write text plus a newline to stdout. */
export function print(text = ''): void {
  guardClosedPipe();
  process.stdout.write(`${text}\n`);
}

/** Write text plus a newline to stderr. */
export function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
