/**
 * A file's bytes → its text, in whatever common encoding it was saved: UTF-8 (with or without
 * a byte order mark), UTF-16 (little or big endian, by its mark or by its zero bytes), and
 * legacy single- and multi-byte encodings (Latin-1 / Windows-1252, Shift_JIS, GB18030…) as
 * chardet detects them and iconv-lite decodes them (Node's own TextDecoder reads windows-1252
 * as Latin-1, losing its quotes and dashes). What can't be decoded is refused with the encoding's name — never read
 * as UTF-8 full of U+FFFD.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The file could not be read as text: binary data, or bytes its encoding does not allow. */
export class UndecodableTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableTextError';
  }
}

export interface DecodedText {
  text: string;
  /** The encoding it was read in (WHATWG name: "utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
}

function decode(bytes: Uint8Array, encoding: string, named = encoding): DecodedText {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    throw new UndecodableTextError(`the file looks like ${named}, an encoding claimgraph can't read; save it as UTF-8`);
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    throw new UndecodableTextError(`the file is not valid ${named}: some bytes can't be decoded; save it as UTF-8`);
  }
}

/** UTF-16 without a byte order mark: most even (big endian) or odd (little endian) bytes of a Latin text are zero. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The text of a file's bytes, or an UndecodableTextError naming the encoding. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes, 'utf-8', 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', 'UTF-16BE');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: find out what it is.
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return decode(bytes, utf16, utf16.toUpperCase());
  if (bytes.subarray(0, 8192).includes(0)) throw new UndecodableTextError('the file is not text (it holds binary data)');
  const detected = chardet.detect(bytes);
  if (!detected) throw new UndecodableTextError('the file is not UTF-8 and its encoding could not be recognised; save it as UTF-8');
  // ISO-8859-1 text from Windows often holds 0x80–0x9F quotes and dashes: Windows-1252 reads both right.
  const encoding = /^ISO-8859-1$/i.test(detected) ? 'windows-1252' : detected;
  if (/^UTF-(?:16|32)/i.test(encoding)) return decode(bytes, encoding.toLowerCase(), detected);
  if (!iconv.encodingExists(encoding)) throw new UndecodableTextError(`the file looks like ${detected}, an encoding claimgraph can't read; save it as UTF-8`);
  const text = iconv.decode(Buffer.from(bytes), encoding);
  if (text.includes('\uFFFD')) throw new UndecodableTextError(`the file is not valid ${detected}: some bytes can't be decoded; save it as UTF-8`);
  return { text, encoding: encoding.toLowerCase() };
}
