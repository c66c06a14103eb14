import type { Markup } from './decode.js';
import type { HtmlToolkit } from './html-text.js';
import type { ReadOptions, ReadResult } from './result.js';

/** One decoded input handed to a reader. */
export interface ReaderInput {
  /** where it came from, for errors and Article.origin ('-' for stdin) */
  path: string;
  /** base name without extensions: the default Article.name */
  name: string;
  /** lower-case extension without the dot ('' if none), after removing '.gz' */
  extension: string;
  text: string;
  options: ReadOptions;
  html: HtmlToolkit;
}

export interface Reader {
  format: string;
  /** how its bytes declare an encoding */
  markup: Markup;
  /** extensions that select this reader */
  extensions: readonly string[];
  /** true when the first few KB (read as Latin-1, whitespace included) look like this format */
  sniff(head: string): boolean;
  /** never throws for bad input: problems come back as error results */
  read(input: ReaderInput): ReadResult[];
}

/**
 * Extensions that say little about the content: for these, sniffing the content decides and
 * the extension's reader is only the fallback (a .xml may be a feed or an XHTML page).
 */
const GENERIC_EXTENSIONS = new Set(['txt', 'text', 'xml', '']);

/** The readers one caller uses, in sniffing order. Owned by an instance, never global. */
export class ReaderRegistry {
  private readonly readers: Reader[] = [];

  constructor(private readonly fallback: Reader) {}

  register(reader: Reader): this {
    this.readers.push(reader);
    return this;
  }

  /** Every extension some reader claims (directories are walked for these). */
  extensions(): Set<string> {
    return new Set([...this.readers, this.fallback].flatMap((r) => r.extensions));
  }

  detect(extension: string, head: string): Reader {
    const byExtension = this.readers.find((r) => r.extensions.includes(extension));
    if (byExtension && !GENERIC_EXTENSIONS.has(extension)) return byExtension;
    return this.readers.find((r) => r.sniff(head)) ?? byExtension ?? this.fallback;
  }
}
