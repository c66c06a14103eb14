import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename, join } from 'node:path';
import { decodeBytes, gunzip, isGzip, looksBinary } from './decode.js';
import { HtmlToolkit } from './html-text.js';
import { LINE_EXTENSIONS, readJsonLine } from './readers/records.js';
import type { Reader, ReaderRegistry } from './registry.js';
import { failure, type ReadOptions, type ReadResult } from './result.js';

export const STDIN = '-';

/** One file to read, or a path that could not be listed (reported once as an error). */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

function splitName(fileName: string): { base: string; extension: string; gzipped: boolean } {
  let rest = fileName;
  const gzipped = /\.gz$/i.test(rest);
  if (gzipped) rest = rest.slice(0, -3);
  const dot = rest.lastIndexOf('.');
  if (dot <= 0) return { base: rest, extension: '', gzipped };
  return { base: rest.slice(0, dot), extension: rest.slice(dot + 1).toLowerCase(), gzipped };
}

/** Files a directory walk picks up: an extension some reader claims (or none), not hidden. */
function isCandidate(fileName: string, extensions: Set<string>): boolean {
  if (fileName.startsWith('.')) return false;
  const { extension } = splitName(fileName);
  return extension === '' || extensions.has(extension);
}

async function* walkDirectory(dir: string, extensions: Set<string>, seen: Set<string>): AsyncGenerator<Input> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  for (const entry of entries) {
    const path = join(dir, entry);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: 'error', path, message: `${path}: ${(err as Error).message}` };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, extensions, seen);
    else if (info.isFile() && isCandidate(entry, extensions)) yield { kind: 'file', path };
  }
}

/** Paths → inputs: files as given, directories walked (sorted, recursive), '-' as stdin. */
export async function* expandPaths(paths: string[], extensions: Set<string>): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === STDIN) {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? 'no such file or directory' : (err as Error).message;
      yield { kind: 'error', path, message: `${path}: ${message}` };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, extensions, seen);
    else yield { kind: 'file', path };
  }
}

/** Everything a reader call needs besides the bytes; one per readArticles/readPayload call. */
export interface ReadContext {
  registry: ReaderRegistry;
  options: ReadOptions;
  html: HtmlToolkit;
}

/** Sniffing looks at the first bytes as Latin-1 (every ASCII signature survives that). */
function sniffHead(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096));
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return head.subarray(3).toString('latin1');
  return head.toString('latin1');
}

/** Decode, detect the format and read one file's bytes. Never throws. */
export function readBytes(path: string, fileName: string, raw: Uint8Array, ctx: ReadContext): ReadResult[] {
  const { base, extension, gzipped } = splitName(fileName);
  let bytes = raw;
  if (isGzip(raw) || gzipped) {
    try {
      bytes = gunzip(raw);
    } catch (err) {
      return [failure(path, `${path}: corrupt gzip data (${(err as Error).message})`)];
    }
  }
  const reader = ctx.registry.detect(extension, sniffHead(bytes));
  const decoded = decodeBytes(bytes, reader.markup);
  if (!decoded.ok) return [failure(path, `${path}: ${decoded.message}`)];
  return runReader(reader, { path, name: base, extension, text: decoded.text }, ctx);
}

/** Detect the format of text that is already decoded (an HTTP body) and read it. Never throws. */
export function readText(path: string, fileName: string, text: string, ctx: ReadContext): ReadResult[] {
  const { base, extension } = splitName(fileName);
  if (text.includes('\0')) return [failure(path, `${path}: binary data, not a text article`)];
  const reader = ctx.registry.detect(extension, text.slice(0, 4096));
  return runReader(reader, { path, name: base, extension, text }, ctx);
}

function runReader(reader: Reader, file: { path: string; name: string; extension: string; text: string }, ctx: ReadContext): ReadResult[] {
  const { path } = file;
  if (!file.text.trim()) return [failure(path, `${path}: empty file`)];
  try {
    const results = reader.read({ ...file, options: ctx.options, html: ctx.html });
    return results.length ? results : [failure(path, `${path}: no articles found`)];
  } catch (err) {
    return [failure(path, `${path}: the ${reader.format} reader failed (${(err as Error).message})`)];
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** JSONL files above this size are read line by line instead of whole. */
const STREAM_JSONL_FROM_BYTES = 16 * 1024 * 1024;

/** A large JSONL file, one line at a time, so memory stays flat whatever its size. */
async function* streamJsonLines(path: string, base: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const handle = await open(path);
  const head = Buffer.alloc(64 * 1024);
  const { bytesRead } = await handle.read(head, 0, head.length, 0).finally(() => handle.close());
  if (looksBinary(head.subarray(0, bytesRead))) {
    yield failure(path, `${path}: binary data, not a text article`);
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  let found = false;
  for await (const raw of lines) {
    line++;
    const result = readJsonLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line, path, base, ctx.options);
    if (result) yield result;
    found ||= result !== null;
  }
  if (!found) yield failure(path, `${path}: no articles found`);
}

/** Read one input to results (never throws for bad input). */
export async function* readInput(input: Input, ctx: ReadContext): AsyncGenerator<ReadResult> {
  if (input.kind === 'error') {
    yield failure(input.path, input.message);
    return;
  }
  if (input.kind === 'stdin') {
    yield* readBytes(STDIN, 'stdin', await readStdin(), ctx);
    return;
  }
  const { path } = input;
  const fileName = basename(path);
  try {
    const { base, extension, gzipped } = splitName(fileName);
    if (!gzipped && LINE_EXTENSIONS.includes(extension) && (await stat(path)).size > STREAM_JSONL_FROM_BYTES) {
      yield* streamJsonLines(path, base, ctx);
      return;
    }
    const bytes = await readFile(path);
    yield* readBytes(path, fileName, bytes, ctx);
  } catch (err) {
    yield failure(path, `${path}: ${(err as Error).message}`);
  }
}
