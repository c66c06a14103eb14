import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

/** How a payload declares its encoding: an XML declaration, an HTML meta tag, or not at all. */
export type Markup = 'xml' | 'html' | 'text';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const GZIP_MAGIC = [0x1f, 0x8b];
const MAX_GUNZIPPED_BYTES = 1 << 30;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Gunzip (also concatenated members); throws zlib's error for a corrupt stream. */
export function gunzip(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED_BYTES });
}

interface Bom {
  encoding: string;
  length: number;
}

function detectBom(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Binary data, not text in any 8-bit or UTF-8 encoding: NUL bytes or control characters that
 * text never has (random bytes are ~12% controls; text in any legacy encoding is ~0%).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) controls++;
  }
  return controls / n > 0.01;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding an XML declaration or HTML meta tag names, read from the ASCII-compatible head. */
export function declaredEncoding(bytes: Uint8Array, markup: Markup): string | null {
  if (markup === 'text') return null;
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  if (markup !== 'html') return null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** WHATWG encoding rules: Latin-1 and ASCII labels mean windows-1252; UTF-16 without a BOM is not trusted. */
function effectiveEncoding(label: string): string | null {
  const l = label.toLowerCase();
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1'].includes(l)) return 'windows-1252';
  if (l.startsWith('utf-16') || l === 'utf-32') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * Bytes to text: BOM first, then the declared encoding, then strict UTF-8, then windows-1252
 * (undeclared Latin-1 is common in old feeds). Binary data is refused.
 */
export function decodeBytes(bytes: Uint8Array, markup: Markup): Decoded {
  const bom = detectBom(bytes);
  if (bom) {
    const text = iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding);
    if (bom.encoding !== 'utf-8' || !text.includes('\0')) return { ok: true, text, encoding: bom.encoding };
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (looksBinary(bytes)) return { ok: false, message: 'binary data, not a text article' };

  const declared = declaredEncoding(bytes, markup);
  const encoding = declared ? effectiveEncoding(declared) : null;
  if (encoding && encoding !== 'utf-8' && encoding !== 'utf8') {
    return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  // declared UTF-8 with a few broken bytes: keep the UTF-8 reading, broken bytes become U+FFFD
  if (encoding) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { ok: true, text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
}
