/**
 * Publication dates as news sites print them ("Friday 24 November 2017 16:26 GMT",
 * "Nov. 24, 2017 10:41 a.m. ET", "2017-11-24T16:26:00Z") → ISO 8601.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ZONES: Record<string, string> = {
  gmt: 'Z',
  utc: 'Z',
  z: 'Z',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  et: '-05:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  pt: '-08:00',
  jst: '+09:00',
  kst: '+09:00',
  ist: '+05:30',
  aest: '+10:00',
  aedt: '+11:00',
  hkt: '+08:00',
  sgt: '+08:00',
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
// A year may run into the time after it on a scraped page ("May 15, 20244:20 PM UTC").
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\b|(?=\\d{1,2}:\\d{2}\\b))`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b/;
const TIME = /\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?(?:\s*\(?\b([A-Z]{1,4})\b\)?)?/i;

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A publication date in `line`: "YYYY-MM-DD" or an ISO date-time with offset, or undefined. */
export function parseDateLine(line: string): string | undefined {
  let y: number, m: number, d: number;
  let rest = line;
  const iso = ISO.exec(line);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDate(y, m, d)) return undefined;
    if (iso[4] !== undefined) {
      const zone = iso[7] === undefined ? 'Z' : iso[7] === 'Z' ? 'Z' : iso[7].includes(':') ? iso[7] : `${iso[7].slice(0, 3)}:${iso[7].slice(3)}`;
      return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
    }
    rest = line.slice(0, iso.index) + line.slice(iso.index + iso[0].length);
  } else {
    const dmy = DAY_MONTH_YEAR.exec(line);
    const mdy = dmy ? undefined : MONTH_DAY_YEAR.exec(line);
    if (dmy) [d, m, y] = [Number(dmy[1]), MONTHS[dmy[2]!.slice(0, 3).toLowerCase()]!, Number(dmy[3])];
    else if (mdy) [m, d, y] = [MONTHS[mdy[1]!.slice(0, 3).toLowerCase()]!, Number(mdy[2]), Number(mdy[3])];
    else return undefined;
    if (!validDate(y, m, d)) return undefined;
    const found = (dmy ?? mdy)!;
    rest = `${line.slice(0, found.index)} ${line.slice(found.index + found[0].length)}`;
  }
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = TIME.exec(rest);
  if (!time) return date;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  if (time[3]) hour = (hour % 12) + (time[3].toLowerCase() === 'p' ? 12 : 0);
  if (hour > 23 || minute > 59) return date;
  const zone = time[4] ? ZONES[time[4].toLowerCase()] : undefined;
  if (!zone) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:00${zone}`;
}

/** Whether a line is nothing but a date (with weekday, time, "Updated" and the like). */
export function isDateLine(line: string): boolean {
  if (line.length > 90 || !parseDateLine(line)) return false;
  const words = line
    .replace(ISO, ' ')
    .replace(DAY_MONTH_YEAR, ' ')
    .replace(MONTH_DAY_YEAR, ' ')
    .replace(TIME, ' ')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, ' ')
    .replace(/\b(?:updated|published|posted|last|first|modified|on|at|date|am|pm|[ap]\.m\.)\b/gi, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return words.split(/\s+/).filter(Boolean).length <= 2;
}

/** A clock time: "23:41", "11:02 a.m.", "14.05 BST". */
const CLOCK = /(?:^|[^\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|\b\d{1,2}\.[0-5]\d\s*(?:[ap]\.?m\.?|[A-Z]{2,4}\b)/;

/**
 * Whether a line holds a full date and a clock time — a page's timestamp, whatever else the
 * line says ("KYODO NEWS - Dec 19, 2019 - 23:41 | World", "Source: Xinhua | 2024-05-16
 * 16:42:15"). A date without a time (a photo caption's "May 15, 2024") is no timestamp.
 */
export function isTimestamp(line: string): boolean {
  if (line.length > 160 || !parseDateLine(line)) return false;
  const rest = line
    .replace(ISO, (iso) => (iso.length > 10 ? ' 00:00 ' : ' '))
    .replace(DAY_MONTH_YEAR, ' ')
    .replace(MONTH_DAY_YEAR, ' ');
  return CLOCK.test(rest);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * When something was said, from the words around its attribution, relative to the article's
 * day: "on Monday" (the latest Monday up to that day), "yesterday", "last week" / "this week"
 * (the month), "last year", "in November" (the latest November), "in March 2022", "in 2016".
 * Undefined when the words give no date. Without the article's day (an undated article) only
 * absolute dates count ("in March 2022", "in 2016"): a relative one has nothing to resolve against.
 */
export function dateFromWords(words: string, articleDay: string | undefined): string | undefined {
  // "X, who brokered the deal in 2022, said": the clause's date is not the statement's.
  const lower = withoutRelativeClauses(words.toLowerCase());
  if (articleDay === undefined) return absoluteDate(lower);
  const year = Number(articleDay.slice(0, 4));
  const month = Number(articleDay.slice(5, 7));
  const weekday =
    /\b(?:(?:on|last|said|says|told \w+|added|announced|wrote)\s+)(?:late\s+|early\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(
      lower,
    );
  if (weekday) {
    const today = new Date(`${articleDay}T00:00:00Z`).getUTCDay();
    const back = (today - WEEKDAYS.indexOf(weekday[1]!) + 7) % 7;
    return shift(articleDay, -back);
  }
  if (/\byesterday\b/.test(lower)) return shift(articleDay, -1);
  if (/\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\b/.test(lower)) return articleDay;
  if (/\blast week\b/.test(lower)) return shift(articleDay, -7).slice(0, 7);
  if (/\bthis week\b/.test(lower)) return articleDay.slice(0, 7);
  if (/\blast month\b/.test(lower)) return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
  if (/\blast year\b/.test(lower)) return String(year - 1);
  const monthYear = /\bin (?:early |mid-|late )?(january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (\d{4}))?\b/.exec(
    lower,
  );
  if (monthYear) {
    const m = MONTH_NAMES.indexOf(monthYear[1]!) + 1;
    const y = monthYear[2] ? Number(monthYear[2]) : m > month ? year - 1 : year;
    return `${y}-${pad(m)}`;
  }
  const inYear = /\bin ((?:19|20)\d{2})\b/.exec(lower);
  if (inYear && Number(inYear[1]) <= year) return inYear[1];
  return undefined;
}

/**
 * The words without their closed relative clauses (", who brokered the deal in 2022,", "who
 * led the talks in 2019 said"): what such a clause dates is not when the statement was said. A
 * clause still open at the end ("who has long argued in 2019 that") carries the statement, and stays.
 */
export function withoutRelativeClauses(lower: string): string {
  return lower.replace(
    /\b(?:who|which|whose)\s[^,;]*?(?:[,;]|(?=\s(?:said|says|told|tells|added|adds|warned|announced|stated|insisted|argued|wrote|declared)\b))/g,
    ' ',
  );
}

/** A date the words give on their own: "in March 2022", "in 2016", "on 3 March 2022". */
function absoluteDate(lower: string): string | undefined {
  const full = parseDateLine(lower);
  if (full) return full.slice(0, 10);
  const monthYear = /\bin (?:early |mid-|late )?(january|february|march|april|may|june|july|august|september|october|november|december),? (\d{4})\b/.exec(
    lower,
  );
  if (monthYear) return `${monthYear[2]}-${pad(MONTH_NAMES.indexOf(monthYear[1]!) + 1)}`;
  return /\bin ((?:19|20)\d{2})\b/.exec(lower)?.[1];
}
