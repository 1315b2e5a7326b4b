/** Article files in any common encoding and language: decoded right, or refused naming the encoding or the language. */
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../src/dossier/errors.js';
import { goldArticles } from '../../src/eval/gold.js';
import { extractDossier } from '../../src/extract/index.js';
import { decodeText, UndecodableTextError } from '../../src/extract/input/encoding.js';
import { detectLanguage } from '../../src/extract/input/language.js';

const TEXT = 'Le ministre a déclaré à Genève: “Nous ne céderons pas” – Zürich, São Paulo, façade.';

function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads UTF-8, with and without a byte order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(TEXT);
  });

  it('reads Latin-1 right, without U+FFFD', () => {
    const plain = 'The minister said in Genève that the façade of the café in Zürich was "très belle", and São Paulo agreed.';
    const { text } = decodeText(latin1(plain));
    expect(text).toBe(plain);
    expect(text).not.toContain('\uFFFD');
  });

  it('reads Windows-1252 curly quotes and dashes', () => {
    // “Nous” – in Windows-1252: 0x93 0x94 quotes, 0x96 en dash.
    const bytes = Uint8Array.from([
      ...latin1('The minister said '),
      0x93,
      ...latin1('we will not yield'),
      0x94,
      0x20,
      0x96,
      ...latin1(' and left for Genève, where the café was closed.'),
    ]);
    expect(decodeText(bytes).text).toBe('The minister said “we will not yield” – and left for Genève, where the café was closed.');
  });

  it('reads UTF-16 with a byte order mark, either endian, and without one', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le])).text).toBe(TEXT);
    const be = Buffer.from(le).swap16();
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be])).text).toBe(TEXT);
    expect(decodeText(Uint8Array.from(le))).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toThrow(
      UndecodableTextError,
    );
  });

  it('refuses a UTF-16 file whose bytes are broken, naming the encoding', () => {
    // A lone high surrogate after the mark.
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toThrow(/UTF-16LE/);
  });
});

describe('the article’s language', () => {
  const FRENCH =
    'Le ministre refuse\n\nLe ministre des Affaires étrangères a déclaré mardi que la France ne céderait pas aux pressions de ses partenaires européens sur la question du budget.\n\n« Nous ne céderons pas », a-t-il dit aux journalistes à Paris, selon un communiqué publié par le ministère.';

  it('refuses a French article with that message, instead of parsing it as English', () => {
    expect(() => extractDossier(FRENCH)).toThrow(DossierError);
    expect(() => extractDossier(FRENCH)).toThrow('the article is in French (fra); claimgraph extracts English only');
  });

  it('lets a short text pass as English when detection is unsure', () => {
    expect(detectLanguage('Le ministre a parlé.')).toMatchObject({ code: 'eng', sure: false });
    expect(() => extractDossier('Paris talks\n\n“Nous verrons,” Jean Dupont said.')).not.toThrow();
  });

  it('lets a short English text full of foreign names pass as English', () => {
    const text =
      'Leaders speak\n\nEuropean Commission President Ursula von der Leyen said: “Europe stands united.”\n\nChinese President Xi Jinping said: “China wants peace.”';
    expect(detectLanguage(text)).toMatchObject({ code: 'eng' });
  });

  it('reads every English article of the gold sets as English', () => {
    for (const a of goldArticles()) expect(detectLanguage(a.raw), a.name).toMatchObject({ code: 'eng' });
  });
});
