/**
 * Raw article text (as copied from a news page) → the article text a dossier keeps, and the
 * metadata printed around it.
 *
 * Site chrome goes: notification and newsletter prompts, comment-forum, login and registration
 * lines, sharing and "read more" links, photo captions (a line ending in an agency credit such
 * as "(Getty Images)" or "(AFP via Getty Images)", and the uncredited copy of a caption just
 * before its credited one), and the byline and date lines. What is left is the headline (the
 * first line), the standfirst (a line between the headline and the byline or date) and the
 * body paragraphs, joined by blank lines.
 *
 * Wire datelines ("MOSCOW (Reuters) -") stay in the text but are reported, so that no
 * statement starts inside one.
 *
 * The publisher is the one the page names: its masthead over site navigation (both chrome),
 * a copyright or notification line, a press release's issuer, a byline signed by the site or
 * a byline's desk, the name before a date stamp, a staff photographer's credit.
 */
import { isDateLine, isTimestamp, parseDateLine } from './dates.js';
import { firstNameGender, isCommonWord } from './lexicon.js';

export interface CleanedArticle {
  text: string;
  headline: string;
  standfirst?: string;
  authors: string[];
  publishedAt?: string;
  publisher?: string;
  contributors: string[];
  url?: string;
  /** Spans of wire datelines at the start of paragraphs. */
  datelines: Array<{ start: number; end: number }>;
  /** How many raw lines were dropped as chrome. */
  dropped: number;
}

/** Lines that are never article text. */
const CHROME: RegExp[] = [
  /^stay up to date with notifications\b/i,
  /\bnotifications can be managed\b/i,
  /\b(?:turn on|allow|enable) (?:browser |push )?notifications\b/i,
  /^(?:sign up|subscribe)\b.{0,160}$/i,
  /^.{0,160}\bnewsletters?\b.{0,160}$/i,
  /\bcommenting forum\b/i,
  /^join (?:the|our) (?:conversation|discussion|debate|community)\b/i,
  /\bthought-provoking conversations\b/i,
  /^(?:view|show|read|load|see) (?:all )?(?:\d+ )?comments?\b/i,
  /^\d*\s*comments?$/i,
  /^comments? (?:are|have been) (?:closed|disabled|open)\b/i,
  /\bthank you for registering\b/i,
  /\brefresh (?:the page|your browser)\b/i,
  /\bto be (?:automatically )?logged in\b/i,
  /^(?:log ?in|sign ?in|register|create (?:a |your )?(?:free )?account)\b.{0,120}$/i,
  /^already (?:have an account|registered|a subscriber)\b/i,
  /^(?:don'?t|do not|don’t) have an account\b/i,
  /^(?:log ?in|sign ?in) to (?:comment|leave a comment|reply|continue)\b/i,
  /^(?:read more|more on this|more from|more about|see also|related(?: articles| stories| content| topics)?|most (?:read|popular|viewed)|recommended|trending|you may also like|you might also like|what to read next|explore more)\b.{0,160}$/i,
  /^(?:advertisement|sponsored(?: content)?|promoted|supported by|skip (?:to )?(?:main )?content|skip advert(?:isement)?|jump to)\b.{0,60}$/i,
  /^(?:share|share this (?:article|story|page)|share on \w+|copy link|link copied|email|print|tweet|facebook|twitter|whatsapp|linkedin|reddit)$/i,
  // "Share Print", "Share: X Facebook Email": a row of sharing buttons.
  /^(?:share:?|print|email|save|tweet|x|facebook|twitter|whatsapp|linkedin|reddit)(?:\s+(?:share:?|print|email|save|tweet|x|facebook|twitter|whatsapp|linkedin|reddit)){1,6}$/i,
  // "Home > Press Releases > …", "Home / News room / Speeches": a breadcrumb.
  /^home\s*[>/|›»]\s/i,
  /^(?:follow|like) (?:us|@\w+|\w+ on)\b.{0,120}$/i,
  /^click here\b/i,
  /^(?:image|picture|photo|photograph|video|media) (?:copyright|caption|source|credit)\b/i,
  /^(?:photo|photograph|picture|image|video|credit|source|caption)s?:\s/i,
  /^(?:©|copyright\b|all rights reserved\b)/i,
  /\ball rights reserved\.?$/i,
  /^(?:we use cookies|this (?:site|website) uses cookies)\b/i,
  /^(?:please )?(?:enable|turn on) javascript\b/i,
  /^(?:listen to (?:this )?article|\d+\s*min(?:ute)?s? read|reading time)\b.{0,40}$/i,
  /^(?:getty images|reuters|afp|ap|epa|pa(?: wire| media)?|shutterstock|alamy|bloomberg|istock|ap photo)$/i,
  /^(?:topics?|tags?|filed under):/i,
  /^(?:published|updated|posted|last updated)\s*:?\s*\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
  /^\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
  /^(?:story continues|article continues|continue reading|scroll to continue|keep reading)\b.{0,60}$/i,
  /^(?:save|saved|bookmark|comments?|print this|email this|share this)$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:amended|updated|corrected))\b.{0,200}$/i,
  /^(?:updated|published|first published|last (?:updated|modified)|posted)(?: on| at)?:?\s*$/i,
  /\b(?:our|this) (?:new )?app\b.{0,60}(?:download|install|get)\b/i,
];

/** Where the page around the article starts: nothing after these is article text. */
const FOOTER = [
  /\bcommenting forum\b/i,
  /\bthank you for registering\b/i,
  /^(?:most (?:read|popular|viewed)|related (?:articles|stories)|more stories|comments)$/i,
];

const CREDIT_WORDS =
  'Getty(?: Images)?|Reuters|AFP|AP(?: Photo)?|EPA(?:-EFE)?|PA(?: Wire| Media)?|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu(?: Agency)?|Sipa|Handout|Pool|Courtesy|file photo|Photo|Photograph|iStock|Rex|NurPhoto|SOPA|Sputnik|Kremlin|TASS|Yonhap|Kyodo|KCNA|dpa|Corbis|WireImage|Picture alliance|Twitter|Instagram|YouTube|Supplied|Facebook|X';
/** "… (Getty Images)", "… (AFP via Getty Images)", "… (Reuters/Kim Kyung-Hoon)": a photo caption. */
const CAPTION = new RegExp(`\\((?:[^()]*\\b(?:${CREDIT_WORDS})\\b[^()]*)\\)\\s*$`, 'i');
/** "Photograph: Kim Kyung-Hoon/Reuters", "© Tom Rees for the FT" at the end of a line. */
const TRAILING_CREDIT = /(?:\b(?:Photograph|Photo|Picture|Image|Illustration|Composite):|\s©)\s*[^.]{2,80}$/;

const CREDIT_LINE =
  /^(?:\(?(?:Photo|Image|Picture|Photograph)(?: credit)?:?\s*)?(?:Getty Images|Reuters|AFP|AP|EPA|PA|Shutterstock|Alamy|Bloomberg|AP Photo|AFP via Getty Images|Reuters\/[\p{L} .-]+|[\p{L} .-]+\/(?:Reuters|AFP|AP|Getty Images|EPA|Bloomberg))\)?$/u;

const BYLINE = /^(?:By|Written by|Words by|Reporting by)\s+(.{3,120})$/i;
/** "Caroline Mortimer", "Jane Doe and John Smith", "Jane Doe, Moscow correspondent". */
const NAME_LINE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|der|da|di|du|le|la|bin|al|el))+)(?:\s*(?:,|and|&)\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+))*(?:\s*,\s*[\p{L} ]{3,60})?$/u;

const NAME_THEN_ROLE =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}?) (?:[\p{L}-]+ ){0,3}(?:editor|correspondent|reporter|writer|columnist|journalist|producer)\b.*$/iu;

const KNOWN_PUBLISHERS: Array<[RegExp, string]> = [
  [/independent\.co\.uk/, 'The Independent'],
  [/theguardian\.com|guardian\.co\.uk/, 'The Guardian'],
  [/bbc\.(?:co\.uk|com)/, 'BBC News'],
  [/reuters\.com/, 'Reuters'],
  [/apnews\.com/, 'Associated Press'],
  [/nytimes\.com/, 'The New York Times'],
  [/washingtonpost\.com/, 'The Washington Post'],
  [/aljazeera\.com/, 'Al Jazeera'],
  [/cnn\.com/, 'CNN'],
  [/ft\.com/, 'Financial Times'],
  [/telegraph\.co\.uk/, 'The Telegraph'],
  [/npr\.org/, 'NPR'],
  [/france24\.com/, 'France 24'],
  [/dw\.com/, 'Deutsche Welle'],
  [/politico\.(?:com|eu)/, 'Politico'],
  [/japantimes\.co\.jp/, 'The Japan Times'],
  [/themoscowtimes\.com/, 'The Moscow Times'],
];

const PUBLISHER_NAME = String.raw`((?:[Tt]he\s)?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,4})`;
/** An organisation's name, its joiners included: "the Competition and Markets Authority". */
const ORG_NAME = String.raw`((?:[Tt]he\s)?\p{Lu}[\p{L}&.'’-]*(?: (?:(?:of|and|for|the|on|in|&) )*\p{Lu}[\p{L}&.'’-]*){0,8})`;
/**
 * Publisher names printed in page chrome: "notifications from The Independent", "© 2017 The
 * Guardian", and a photo credit's commission ("© Tom Rees for the FT": the photographer's
 * name never is the publisher). A credit with a slash ("© Jane Doe/Reuters") names an agency.
 */
const PUBLISHER_IN_TEXT: RegExp[] = [
  new RegExp(String.raw`\bnotifications from ${PUBLISHER_NAME}`, 'u'),
  new RegExp(String.raw`(?:©|\b[Pp]hotograph(?:ed)? by|\b[Pp]hoto(?:graph)?:|\bCredit:)\s*[^\n©]{2,60}? for ${PUBLISHER_NAME}`, 'u'),
  new RegExp(String.raw`(?:©|\bCopyright)\s*(?:\d{4}\s*)?${PUBLISHER_NAME}(?![\p{L} .'’-]*(?:\/|\bfor\b))`, 'u'),
  // "follow other Independent readers": a comment prompt names its site.
  new RegExp(String.raw`\bother ${PUBLISHER_NAME} readers\b`, 'u'),
  // "Press release from the Competition and Markets Authority": the issuer publishes it.
  new RegExp(`^(?:Press|News|Media) release (?:from|by|issued by) ${ORG_NAME}`, 'mu'),
  // "Al Jazeera and news agencies", "By Al Jazeera Staff", "SOURCE: AL JAZEERA AND NEWS AGENCIES": signed by the site.
  new RegExp(String.raw`^(?:By\s+|Source:\s*|SOURCE:\s*)?${PUBLISHER_NAME} (?:and news agencies|AND NEWS AGENCIES|[Ss]taff|STAFF)$`, 'mu'),
];
/**
 * "(Photo: Jane Roe / Tamarack Valley Courier)": a staff photographer's credit names the
 * publisher — unless what follows the slash is an agency or picture library (CREDIT_WORDS).
 */
const STAFF_CREDIT = new RegExp(String.raw`\((?:Photo|Photograph|Picture|Image)(?: credit)?:\s*[^()/\n]{2,60}?\s*\/\s*${PUBLISHER_NAME}\)`, 'u');
const AGENCY_CREDIT = new RegExp(`^(?:the )?(?:${CREDIT_WORDS})(?: Photo| Images| Pictures)?$`, 'i');
/** "CBC News · Last Updated: August 16, 2025 at 7:40 p.m. PT": the site's name before its date stamp. */
const NAME_BEFORE_STAMP = new RegExp(String.raw`^${PUBLISHER_NAME}\s+[·|•–—-]\s+(.+)$`, 'u');
/** "By Jane Roe, Health correspondent, BBC News West Midlands" (or the role on its own line): the desk after a byline's role. */
const BYLINE_DESK =
  /^(?:By\s.{3,60}?,\s*)?(?:[\p{L}-]+\s){0,3}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Pp]roducer)\s*,\s*(\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,5})$/u;
/** Words that join the parts of an organisation's name ("Ministry of Foreign Affairs of Japan"). */
const NAME_JOINERS = new Set(['of', 'the', 'in', 'and', 'for', 'on', 'at', '&', 'de', 'du', 'des', 'del', 'la', 'le', 'y']);
/** Short forms publishers go by in credits and bios: "the FT". */
const PUBLISHER_SHORT: Record<string, string> = { ft: 'Financial Times', nyt: 'The New York Times', wsj: 'The Wall Street Journal', bbc: 'BBC News' };

/** "MOSCOW (Reuters) -", "WASHINGTON, Nov 24 (AP) —", "LONDON —": a wire dateline. */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’-]+)*)(?:,\s*(?:\p{Lu}[\p{L}.]+\s?){1,3}(?:\s*\d{1,2})?)?\s*(?:\([A-Za-z .&/-]{2,30}\)\s*)?[-–—]+\s+/u;
/** "Moscow (AFP) -", "Bonn (AFP) -": a dateline in mixed case, with its agency. */
const AGENCY_DATELINE =
  /^(?:\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2})(?:,\s*(?:\p{Lu}[\p{L}.]+\s?){1,3})?\s*\((?:AFP|AP|Reuters|Bloomberg|UPI|dpa|DPA|Xinhua|TASS|Kyodo|Yonhap|ANSA|EFE|PA)\)\s*[-–—]+\s+/u;

function authorsFrom(line: string): string[] {
  return line
    .replace(/\s*,\s*[\p{Ll}][\p{L} ]*$/u, '')
    .replace(/\s*,\s*(?:[\p{L}-]+\s){0,3}(?:Editor|Correspondent|Reporter|Writer|Columnist|Journalist|Producer|Staff|Desk)\b.*$/iu, '')
    .replace(/\s+in\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?=\s*(?:,|and|&|$))/gu, '')
    .replace(/\s*[|•·].*$/, '')
    .replace(/\s*@\w+/g, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}/u.test(s) && s.split(/\s+/).length >= 2 && s.split(/\s+/).length <= 4);
}

/** A site's section: "World", "Politics", "Business news". */
const SECTION =
  /^(?:home|menu|news|live|exclusive|breaking|analysis|opinion|comment|world|uk|us|politics|business|sport|sports|health|science|technology|tech|culture|markets|economy|environment|climate|europe|asia|africa|americas|middle east)(?:\s+news)?$/i;

/** A short line that labels rather than says: a section, a site name, a kicker. */
function isLabel(line: string, headerFollows: boolean): boolean {
  const words = line.split(/\s+/);
  if (/[.!?"”’]$/.test(line) || words.length > 5) return false;
  // "World | Europe", "News › Politics", "EXCLUSIVE", "Live".
  if (/\s[|›»/•>]\s/.test(line) || /^[\p{Lu}\s&-]{3,}$/u.test(line)) return true;
  if (SECTION.test(line)) return true;
  // With a byline or date further down, short lines before the headline are labels.
  return headerFollows && words.length <= 3 && line.length <= 32;
}

/** What follows an article's last paragraph: tags, topic links, "Share", a link. */
function isTrailingJunk(line: string): boolean {
  if (/\b(?:reporting|editing|writing|contributed|additional)\b/i.test(line)) return false;
  if (/https?:\/\/|www\.\w/.test(line) && line.length < 200) return true;
  const words = line.split(/\s+/);
  return words.length <= 6 && !/[.!?"”’)]$/.test(line);
}

/** A line of at most five words without closing punctuation: a name, a role or a place in a byline block. */
function isShortMetaLine(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 6 && line.length <= 60 && !/[.!?:;"”’]$/.test(line) && /^\p{Lu}/u.test(line) && !/[“"]/.test(line);
}

function firstWordIsName(line: string): boolean {
  const w = line.split(/\s+/)[0]!;
  return firstNameGender(w) !== undefined || !isCommonWord(w);
}

function isChrome(line: string): boolean {
  return CHROME.some((p) => p.test(line));
}

function isCaption(line: string): boolean {
  return CAPTION.test(line) || TRAILING_CREDIT.test(line);
}

function normalise(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
}

/**
 * The text's lines as paragraphs. A block of lines between blank lines is one paragraph per
 * line — unless it is prose wrapped at a fixed width (most of its lines long and ending
 * mid-sentence), whose lines are joined back into one paragraph.
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    const inner = block.slice(0, -1);
    const wrapped =
      block.length >= 2 &&
      inner.filter((l) => l.length >= 50 && !/[.!?:;"”’)\]]$/.test(l)).length * 2 > inner.length &&
      !block.some((l) => isChrome(l) || isCaption(l) || isDateLine(l));
    if (wrapped) out.push(block.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1-$2'));
    else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (line.length === 0) flush();
    else block.push(line);
  }
  flush();
  return out;
}

/** A line that can only be a name: capitalised words and joiners, no digits, no closing punctuation. */
function isNameLine(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 14 || /\d|[.!?:;,"“”]$/.test(line) || SECTION.test(line)) return false;
  return /^\p{Lu}/u.test(line) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w));
}

/** A line of site navigation: a breadcrumb ("Home > Press Releases") or section labels ("News | Politics"). */
function isNavigation(line: string): boolean {
  if (/^home\s*[>/|›»]\s/i.test(line)) return true;
  const parts = line.split(/\s+[|›»>]\s+/);
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}

/**
 * The site's masthead: the page's first line, when it is a name and site navigation follows it
 * ("World Health Organization" over "Home / News room / Speeches"). Returns the name and the
 * indexes of the two lines, which are chrome.
 */
function masthead(lines: string[]): { name: string; at: number[] } | undefined {
  const at = lines.flatMap((l, i) => (l.length > 0 ? [i] : [])).slice(0, 2);
  if (at.length < 2) return undefined;
  const [name, nav] = [lines[at[0]!]!, lines[at[1]!]!];
  return isNameLine(name) && isNavigation(nav) ? { name, at } : undefined;
}

/** The shortest form of `name` the text uses elsewhere ("BBC" for "BBC News West Midlands"), or the name. */
function asTheTextNamesIt(name: string, text: string): string {
  const words = name.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (new RegExp(`\\b${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text)) return prefix;
  }
  return name;
}

/** The publisher the page names in its chrome, credits or bylines, or undefined. */
function publisherInPage(all: string[], mast: string | undefined, text: string): string | undefined {
  if (mast) return mast;
  const rawText = all.join('\n');
  for (const pattern of PUBLISHER_IN_TEXT) {
    const m = pattern.exec(rawText);
    if (m) {
      const name = m[1]!
        .replace(/\.?\s*All Rights Reserved\b.*$/i, '')
        .replace(/[.'’]+$/, '')
        .replace(/^the\s/, '');
      return PUBLISHER_SHORT[name.toLowerCase()] ?? name;
    }
  }
  for (const line of all) {
    const m = NAME_BEFORE_STAMP.exec(line);
    // A person's name before a date is a byline, not a site.
    if (m && !/^By\s/.test(m[1]!) && firstNameGender(m[1]!.split(' ')[0]!) === undefined && (isDateLine(m[2]!) || isTimestamp(m[2]!))) return m[1]!;
  }
  const credit = STAFF_CREDIT.exec(rawText);
  if (credit && !AGENCY_CREDIT.test(credit[1]!)) return credit[1]!;
  for (const line of all.slice(0, 15)) {
    const desk = BYLINE_DESK.exec(line);
    // "Former editor, John Smith" names a person, not a desk.
    if (desk && firstNameGender(desk[1]!.split(' ')[0]!) === undefined) return asTheTextNamesIt(desk[1]!, text);
  }
  return undefined;
}

export function cleanArticle(raw: string): CleanedArticle {
  const all = normalise(raw);
  const mast = masthead(all);
  let dropped = 0;
  // The masthead and its navigation are chrome; they are read before lines are joined, so that
  // a masthead never runs into the headline.
  const page = mast ? all.map((l, i) => (mast.at.includes(i) ? '' : l)) : all;
  if (mast) dropped += 2;

  // Content lines, without chrome, captions and exact repeats.
  const lines: string[] = [];
  const body: string[] = [];
  const nonEmpty = unwrap(page);
  let url: string | undefined;
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i]!;
    if (FOOTER.some((p) => p.test(line)) && i > nonEmpty.length / 2) {
      dropped += nonEmpty.length - i;
      break;
    }
    if (/^https?:\/\/\S+$/.test(line)) {
      url ??= line;
      dropped++;
      continue;
    }
    const next = nonEmpty[i + 1];
    const twinOfCaption = next !== undefined && next !== line && next.startsWith(line) && isCaption(next);
    // A caption whose credit stands on the next line ("Protesters in Brussels" / "Getty Images").
    const creditNext = next !== undefined && CREDIT_LINE.test(next) && !/[.!?"”]$/.test(line);
    if (isChrome(line) || isCaption(line) || twinOfCaption || creditNext || lines[lines.length - 1] === line) {
      dropped++;
      continue;
    }
    lines.push(line);
  }

  // The header: headline, then the standfirst, then a block of metadata lines (byline, the
  // author's role or place, date) in some order.
  let publishedAt: string | undefined;
  const authors: string[] = [];
  let standfirst: string | undefined;
  // Site and section labels before the headline ("World news", "Business | Autos", "Exclusive").
  const metaAt = lines.slice(0, 9).findIndex((l) => isDateLine(l) || BYLINE.test(l));
  while (lines.length > 1 && isLabel(lines[0]!, metaAt >= 3) && lines.slice(1, 4).some((l) => l.split(/\s+/).length >= 4)) {
    lines.shift();
    dropped++;
  }
  // Tags, topic links and sharing prompts after the last paragraph.
  while (lines.length > 2 && isTrailingJunk(lines[lines.length - 1]!)) {
    lines.pop();
    dropped++;
  }
  const headline = lines[0] ?? '';
  const HEADER_SCAN = Math.min(lines.length, 8);
  const isMeta = (l: string) => isDateLine(l) || BYLINE.test(l);
  const first = lines.slice(1, HEADER_SCAN).findIndex(isMeta);
  let headerEnd = 1;
  if (first >= 0) {
    let from = first + 1;
    let to = from;
    // Short lines next to the byline or date: the author's name, role or place ("Tokyo").
    while (
      from - 1 >= 1 &&
      isShortMetaLine(lines[from - 1]!) &&
      (from - 1 >= 2 || (NAME_LINE.test(lines[from - 1]!) && lines[from - 1]!.split(/\s+/).length <= 4))
    )
      from--;
    while (to + 1 < lines.length && (isMeta(lines[to + 1]!) || isShortMetaLine(lines[to + 1]!))) to++;
    const block = lines.slice(from, to + 1);
    for (const line of block) {
      const byline = BYLINE.exec(line);
      if (isDateLine(line)) publishedAt ??= parseDateLine(line);
      else if (byline) authors.push(...authorsFrom(byline[1]!));
    }
    if (authors.length === 0) {
      const nameLine = block.find((l) => !isDateLine(l) && NAME_LINE.test(l) && firstWordIsName(l));
      if (nameLine) authors.push(...authorsFrom(nameLine));
      else {
        // "Jessica Elgot Deputy political editor": the name, then the role.
        const named = block.map((l) => NAME_THEN_ROLE.exec(l)).find((m) => m && firstWordIsName(m[1]!));
        if (named) authors.push(named[1]!);
      }
    }
    const between = lines.slice(1, from);
    if (between.length >= 1) standfirst = between[0];
    headerEnd = to + 1;
    body.push(...between.slice(1));
  }
  body.push(...lines.slice(headerEnd));
  const dateInBody = body.findIndex((l) => isDateLine(l));
  if (dateInBody >= 0 && dateInBody < 3) {
    publishedAt ??= parseDateLine(body[dateInBody]!);
    body.splice(dateInBody, 1);
  }

  const paragraphs = [headline, ...(standfirst ? [standfirst] : []), ...body].filter((l) => l.length > 0);
  const text = paragraphs.join('\n\n');

  // Wire datelines at the start of body paragraphs.
  const datelines: Array<{ start: number; end: number }> = [];
  const contributors: string[] = [];
  const trailerAuthors: string[] = [];
  let offset = 0;
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) {
      const m = AGENCY_DATELINE.exec(p) ?? DATELINE.exec(p);
      if (m && m[0].length < 60 && (/\p{Lu}{3}/u.test(m[0]) || /\(/.test(m[0]))) {
        datelines.push({ start: offset, end: offset + m[0].length });
        const agency = /\((Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|TASS|Kyodo|Yonhap)\)/.exec(m[0]);
        if (agency) contributors.push(agency[1] === 'AP' ? 'Associated Press' : agency[1]!);
      }
    }
    // "Reporting by Mari Hoshino in Tokyo; Additional reporting by Reuters; Editing by Simon Barrow"
    for (const segment of p.split(/\s*;\s*/)) {
      const reporting = /^(?:Additional reporting|Reporting|Additional reporting and writing|Writing)(?: by| from)\s+(.+?)\.?$/i.exec(segment);
      if (!reporting || p.length > 300) continue;
      for (const raw of reporting[1]!.split(/\s*(?:,|\band\b|&)\s*/)) {
        const name = raw.replace(/\s+in\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u, '').trim();
        if (
          /^(?:the\s)?(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|PA|Press Association|dpa|Xinhua|TASS|Kyodo|Yonhap|agencies|wires)$/i.test(
            name,
          )
        ) {
          contributors.push(/^AP$/i.test(name) ? 'Associated Press' : name.replace(/^the\s/i, ''));
        } else if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}$/u.test(name)) {
          trailerAuthors.push(name);
        }
      }
    }
    offset += p.length + 2;
  }

  const publisher = publisherInPage(all, mast?.name, text);

  return {
    text,
    headline,
    standfirst,
    authors: [...new Set([...authors, ...trailerAuthors])],
    publishedAt,
    publisher,
    contributors: [...new Set(contributors.filter((c) => !/^(?:agencies|wires)$/i.test(c)))],
    url,
    datelines,
    dropped,
  };
}

/** A publisher named after a known site's address. */
export function publisherFromUrl(url: string): string | undefined {
  return KNOWN_PUBLISHERS.find(([p]) => p.test(url))?.[1];
}
