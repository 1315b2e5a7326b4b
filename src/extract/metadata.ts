/**
 * An article's date, place and publisher as its own text gives them, when no option does:
 * wire datelines ("GENEVA, March 3 (Reuters) -", "MOSCOW, November 24. /TASS/.", "TOKYO (Kyodo)
 * --", "(Bloomberg) --"), agency credits in them, and date lines ("August 1, 2018", "Friday 24
 * November 2017 16:26 GMT"). What the text does not give stays unknown: an article is never dated
 * today, and no placeholder publisher is ever made up.
 *
 * Precedence, for the date: the `published` option, then a date line (header first, then any
 * line that is only a date, then a timestamp among other words in the page's header), then a
 * dateline's month and day with the year of a date line; a dateline without a year and no date
 * line is unknown — its year is never guessed from the years the body mentions. For the
 * publisher: the `publisher` option, then a publisher the page names (masthead, credits,
 * bylines: clean.ts), then a known site's address, then the agency credited in a dateline.
 */
import type { CleanedArticle } from './clean.js';
import { publisherFromUrl } from './clean.js';
import { isDateLine, isTimestamp, parseDateLine } from './dates.js';

export interface Dateline {
  /** The place, in title case ("Geneva"), when the dateline names one. */
  place?: string;
  month?: number;
  day?: number;
  year?: number;
  /** The agency credited, by its usual name ("Associated Press" for AP). */
  publisher?: string;
}

/** Agencies as datelines credit them → the name they go by. */
const AGENCIES: Record<string, string> = {
  reuters: 'Reuters',
  ap: 'Associated Press',
  'associated press': 'Associated Press',
  afp: 'Agence France-Presse',
  tass: 'TASS',
  kyodo: 'Kyodo News',
  'kyodo news': 'Kyodo News',
  xinhua: 'Xinhua',
  yonhap: 'Yonhap',
  bloomberg: 'Bloomberg',
  upi: 'United Press International',
  dpa: 'dpa',
  ansa: 'ANSA',
  efe: 'EFE',
  'pa media': 'PA Media',
  anadolu: 'Anadolu Agency',
  'anadolu agency': 'Anadolu Agency',
  interfax: 'Interfax',
  ria: 'RIA Novosti',
  'ria novosti': 'RIA Novosti',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const AGENCY = `(?:Reuters|AP|AFP|TASS|Kyodo(?: News)?|Xinhua|Yonhap|Bloomberg|UPI|dpa|DPA|ANSA|EFE|PA Media|Anadolu(?: Agency)?|Interfax|RIA(?: Novosti)?|Associated Press)`;
/** "GENEVA", "SEOUL, South Korea", "Bonn", "Valmont-sur-Lys (France)": the place of a dateline. */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,2})(?:, (?:\p{Lu}[\p{L}.]+ ?){1,3})??(?: \(\p{Lu}[\p{L} .]{1,30}\))?`;
const DATE = String.raw`(?:,\s*(${MONTH})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)?`;

/** "GENEVA, March 3 (Reuters) -", "Bonn (AFP) -", "TOKYO (Kyodo) --". */
const WIRE = new RegExp(String.raw`^(?:${PLACE}${DATE}\s*)?\((${AGENCY})\)\s*(?:[-–—]+|:)\s`, 'u');
/** "MOSCOW, November 24. /TASS/." */
const SLASHED = new RegExp(String.raw`^${PLACE}${DATE}\.?\s*/(${AGENCY})/\.?\s`, 'u');
/** "Geneva, 12 March 2026 –", "Geneva, March 12, 2026 -": a place in any case, with a full date. */
const DATED = new RegExp(String.raw`^${PLACE},\s*(?:(\d{1,2})\s+(${MONTH})|(${MONTH})\.?\s+(\d{1,2}),?)\s+(\d{4})\s*[-–—]+\s`, 'u');
/** "LONDON —", "WASHINGTON, Nov 24 —": a place in capitals, no agency. */
const BARE = new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,2})(?:, (?:\p{Lu}[\p{L}.]+ ?){1,3})??${DATE}\s*[-–—]+\s`, 'u');

const titleCase = (place: string) =>
  /\p{Ll}/u.test(place) ? place : place.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The dateline a paragraph starts with, or undefined. */
export function readDateline(paragraph: string): Dateline | undefined {
  const dated = DATED.exec(paragraph);
  if (dated && dated[0].length <= 80) {
    const [, place, dmyDay, dmyMonth, mdyMonth, mdyDay, year] = dated;
    const month = MONTHS.indexOf((dmyMonth ?? mdyMonth)!.slice(0, 3).toLowerCase()) + 1;
    return { place: titleCase(place!), month, day: Number(dmyDay ?? mdyDay), year: Number(year) };
  }
  const wire = WIRE.exec(paragraph) ?? SLASHED.exec(paragraph);
  const m = wire ?? BARE.exec(paragraph);
  if (!m || m[0].length > 80) return undefined;
  const [, place, month, day, year, agency] = m;
  if (!wire && (!place || !/^\p{Lu}{2}/u.test(place))) return undefined;
  const out: Dateline = {};
  if (place) out.place = titleCase(place);
  if (month && day) {
    out.month = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    out.day = Number(day);
    if (year) out.year = Number(year);
  }
  if (agency) out.publisher = AGENCIES[agency.toLowerCase()] ?? agency;
  return out;
}

export interface ArticleMetadata {
  /** YYYY-MM-DD or an ISO date-time; undefined when unknown. */
  publishedAt?: string;
  publisher?: string;
  /** Where the dateline says the article was filed. */
  place?: string;
  /** Why something is unknown, for the review list. */
  review: Array<{ path: string; reason: string; confidence: number }>;
}

export interface MetadataOptions {
  url?: string;
  published?: string;
  publisher?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date that only a given line holds, anywhere in the raw text (a date line below the fold). */
function dateLineAnywhere(raw: string): string | undefined {
  for (const line of raw.split(/\r?\n/)) {
    const l = line.trim();
    if (l.length > 0 && isDateLine(l)) return parseDateLine(l);
  }
  return undefined;
}

/** A line that reads as prose: a sentence of eight words or more. */
const isProse = (line: string) => /[.!?"”’]$/.test(line) && line.split(/\s+/).length >= 8;

/**
 * A timestamp in the page's header — the lines before the first sentence of prose — even with
 * other words on its line ("KYODO NEWS - Dec 19, 2019 - 23:41 | World, All"). Below the header,
 * a date with a time is what the article reports, not when it was published.
 */
function timestampInHeader(raw: string): string | undefined {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const header = lines.slice(0, Math.min(12, ...[lines.findIndex(isProse)].filter((i) => i >= 0)));
  const stamp = header.find(isTimestamp);
  return stamp === undefined ? undefined : parseDateLine(stamp);
}

/** The article's date, place and publisher from the options, the cleaned article and its raw text. */
export function articleMetadata(raw: string, cleaned: CleanedArticle, options: MetadataOptions, publishedOption: string | undefined): ArticleMetadata {
  const review: ArticleMetadata['review'] = [];
  const paragraphs = cleaned.text.split('\n\n');
  // The dateline opens the first body paragraphs (after the headline and standfirst).
  const dateline = paragraphs
    .slice(1, 4)
    .map(readDateline)
    .find((d) => d !== undefined);

  let publishedAt = publishedOption ?? cleaned.publishedAt ?? dateLineAnywhere(raw) ?? timestampInHeader(raw);
  if (!publishedOption && dateline?.month && dateline.day) {
    const year = dateline.year ?? (publishedAt ? Number(publishedAt.slice(0, 4)) : undefined);
    const day = year ? `${year}-${pad(dateline.month)}-${pad(dateline.day)}` : undefined;
    // The dateline's day wins over a date line's ("Updated …"), which may give only the year.
    if (day && !publishedAt?.startsWith(day)) publishedAt = day;
  }
  if (!publishedAt) {
    review.push({
      path: 'article.publishedAt',
      reason: dateline?.month
        ? 'the dateline gives no year and the text no date line: the date is unknown'
        : 'no publication date in the text or options: the date is unknown',
      confidence: 0,
    });
  }

  const publisher = options.publisher ?? cleaned.publisher ?? (options.url ? publisherFromUrl(options.url) : undefined) ?? dateline?.publisher;
  if (!publisher) review.push({ path: 'article.publisher', reason: 'no publisher in the text or options: the publisher is unknown', confidence: 0 });
  return { publishedAt, publisher, ...(dateline?.place ? { place: dateline.place } : {}), review };
}
