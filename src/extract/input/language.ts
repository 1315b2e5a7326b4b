/**
 * The language an article is written in, and the refusal of any the extractor can't read: its
 * lexicon, speech verbs and rules are English, so a French text parsed as English gives a graph
 * of nonsense. franc-min (trigram profiles of 82 languages, pure JS, about 200 kB and no start-up
 * cost in each extraction worker, where eld would load megabytes of n-grams) reads the first
 * 600 characters — after a cheap test that settles most articles without it: a text whose
 * words are one in twenty-five or more English function words is English (franc costs 1–4 ms an
 * article, as much as the whole extraction; and trigrams alone took a short English text full of
 * names, "President Ursula von der Leyen said…", for French). Prose in another language written
 * in Latin letters has almost none of these words. A short text (or one under 300 letters with
 * any English function word in it), or one where English is a close second, passes as English:
 * refusing an English article is worse than reading a rare foreign one.
 */
import { francAll } from 'franc-min';

/** Below this many letters the guess is too unsure to refuse anything. */
const MIN_LETTERS = 120;
/** Below this many letters franc's guess is unsure: any English function word makes the text English. */
const SHORT_LETTERS = 300;
/** English scoring at least this share of the best language's score is a tie: English wins. */
const ENGLISH_TIE = 0.92;

const NAMES: Record<string, string> = {
  eng: 'English',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  rus: 'Russian',
  ukr: 'Ukrainian',
  pol: 'Polish',
  ces: 'Czech',
  ron: 'Romanian',
  hun: 'Hungarian',
  swe: 'Swedish',
  tur: 'Turkish',
  ell: 'Greek',
  arb: 'Arabic',
  pes: 'Persian',
  heb: 'Hebrew',
  hin: 'Hindi',
  ben: 'Bengali',
  urd: 'Urdu',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  vie: 'Vietnamese',
  ind: 'Indonesian',
  zlm: 'Malay',
  tha: 'Thai',
  swh: 'Swahili',
  tgl: 'Tagalog',
  bul: 'Bulgarian',
  srp: 'Serbian',
  hrv: 'Croatian',
  bos: 'Bosnian',
  slk: 'Slovak',
  azj: 'Azerbaijani',
  uzn: 'Uzbek',
  kaz: 'Kazakh',
};

export interface DetectedLanguage {
  /** ISO 639-3 code ("eng", "fra"). */
  code: string;
  name: string;
  /** False when the text is too short or English is a close second: then it counts as English. */
  sure: boolean;
}

/** Words of English that other languages written in Latin letters rarely use. */
const ENGLISH_WORDS = new Set(
  'the and of to that is for with said says he his her she it its by as at from has have had be are were this which would not but who they their an been'.split(
    ' ',
  ),
);
/** This share of English function words makes a text English without asking franc (English prose has about one in four). */
const ENGLISH_SHARE = 1 / 25;

/** The language of a text, as sure as its length allows. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 1500);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return { code: 'eng', name: 'English', sure: false };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (english >= words.length * ENGLISH_SHARE) return { code: 'eng', name: 'English', sure: true };
  // Two quotes and their speakers' names ("Ursula von der Leyen said: …") can read as French to
  // franc; a short text with English words in it is not refused on such a guess.
  if (letters < SHORT_LETTERS && english > 0) return { code: 'eng', name: 'English', sure: false };
  const ranked = francAll(text.slice(0, 600), { minLength: 10 });
  const [best, score] = ranked[0] ?? ['und', 0];
  if (best === 'und' || best === 'eng') return { code: 'eng', name: 'English', sure: best === 'eng' };
  const englishScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (englishScore >= score * ENGLISH_TIE) return { code: 'eng', name: 'English', sure: false };
  return { code: best, name: NAMES[best] ?? best, sure: true };
}

/** Why a text is refused, or undefined when the extractor can read it. */
export function languageRefusal(text: string): string | undefined {
  const language = detectLanguage(text);
  if (language.code === 'eng') return undefined;
  return `the article is in ${language.name} (${language.code}); claimgraph extracts English only`;
}
