/**
 * Word lists for news attribution: speech verbs, titles and honorifics, organisation and place
 * words, and first names (with gender) from compromise's lexicon — looked up, not parsed, so
 * it costs nothing per article.
 */
import nlp from 'compromise';

type LexiconValue = string | string[];
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, LexiconValue> } } }).model.one.lexicon;
const TWO = (nlp.world() as unknown as { model: { two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } } }).model.two;

function tagsOf(word: string): string[] {
  const v = LEXICON[word.toLowerCase()];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export type Gender = 'm' | 'f';

const EXTRA_FIRST_NAMES: Record<string, Gender> = {
  taro: 'm', shinzo: 'm', fumio: 'm', yoshihide: 'm', junichiro: 'm', sergey: 'm', dmitry: 'm', dmitri: 'm', volodymyr: 'm',
  xi: 'm', li: 'm', wang: 'm', moon: 'm', yoon: 'm', recep: 'm', narendra: 'm', rishi: 'm', emmanuel: 'm', antony: 'm',
  mike: 'm', rex: 'm', nikki: 'f', ursula: 'f', kamala: 'f', liz: 'f', theresa: 'f', jacinda: 'f', yulia: 'f', maria: 'f',
  annalena: 'f', giorgia: 'f', mette: 'f', sanna: 'f', kaja: 'f', ayatollah: 'm', benjamin: 'm', bashar: 'm', mahmoud: 'm',
  hassan: 'm', mohammed: 'm', muhammad: 'm', abdullah: 'm', jair: 'm', luiz: 'm', jens: 'm', mark: 'm', josep: 'm', olaf: 'm',
  boris: 'm', jeremy: 'm', keir: 'm', sadiq: 'm', nicola: 'f', jean: 'm', yuriko: 'f', shigeru: 'm', kenji: 'm',
  hiroshi: 'm', takeshi: 'm', yoshimasa: 'm', toshimitsu: 'm', kim: 'm', sergei: 'm', ri: 'm', choe: 'f',
};

/** The gender a first name suggests, if the lexicon knows it as a first name. */
export function firstNameGender(word: string): Gender | 'x' | undefined {
  const lower = word.toLowerCase();
  if (EXTRA_FIRST_NAMES[lower]) return EXTRA_FIRST_NAMES[lower];
  const tags = tagsOf(lower);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('FirstName')) return 'x';
  return undefined;
}

export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun', 'Place', 'City', 'Country', 'Region', 'Organization']);
/** A word the lexicon knows only as an ordinary word (not a name): "The", "However", "Officials". */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

export const HONORIFICS = new Map<string, Gender | 'x'>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'],
  ['lady', 'f'], ['dr', 'x'], ['dr.', 'x'], ['prof', 'x'], ['prof.', 'x'], ['professor', 'x'], ['mx', 'x'],
]);

/** Title words that stand before a name ("Foreign Minister Sergei Lavrov", "President Trump"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'justice',
  'health', 'trade', 'economy', 'economic', 'energy', 'environment', 'education', 'agriculture', 'culture', 'transport', 'labour', 'labor',
  'deputy', 'secretary', 'general', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'crown', 'emperor', 'empress', 'pope',
  'sheikh', 'emir', 'sultan', 'ayatollah', 'supreme', 'leader', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'director',
  'ambassador', 'envoy', 'special', 'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice', 'attorney', 'commissioner', 'commander',
  'admiral', 'gen', 'gen.', 'col', 'col.', 'colonel', 'lt', 'lieutenant', 'major', 'captain', 'capt', 'sergeant', 'officer', 'state',
  'national', 'security', 'adviser', 'advisor', 'counsellor', 'counselor', 'mp', 'mep', 'lawmaker', 'legislator', 'speaker', 'house',
  'parliamentary', 'party', 'opposition', 'former', 'ex', 'acting', 'interim', 'incoming', 'outgoing', 'then', 'top', 'senior', 'chief',
  'head', 'founder', 'ceo', 'cfo', 'boss', 'counterpart', 'diplomat', 'official', 'analyst', 'professor', 'spy', 'army', 'military',
  'staff', 'joint', 'chiefs', 'of', 'the', 'for', 'affairs', 'internal', 'external', 'british', 'us', 'u.s.', 'first', 'lady', 'press',
  'white', 'cabinet', 'chief-of-staff', 'strongman', 'dictator', 'leader', 'rebel', 'activist', 'lawyer', 'campaigner', 'journalist',
  'correspondent', 'editor', 'economist', 'expert', 'researcher', 'scientist', 'author', 'presidential', 'candidate', 'nominee',
  'hopeful', 'rival', 'ally', 'aide', 'adviser', 'negotiator', 'president-elect', 'chancellor-elect', 'general-secretary', 'secretary-general',
]);

/** The head nouns of roles that "the minister", "the president" refer back to. */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'senator', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'general', 'commander', 'king',
  'queen', 'prince', 'pope', 'judge', 'official', 'diplomat', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'counterpart',
  'president-elect', 'ceo', 'head', 'emir', 'sheikh', 'sultan', 'admiral', 'colonel', 'lawyer', 'prosecutor', 'negotiator', 'adviser',
  'advisor', 'founder', 'candidate', 'nominee', 'activist', 'analyst', 'expert', 'economist', 'professor', 'researcher', 'author',
  'journalist', 'officer', 'commissioner', 'speaker', 'monarch', 'dictator', 'strongman', 'boss', 'manager', 'owner', 'coach', 'captain',
  'correspondent', 'reporter', 'editor', 'presenter', 'host', 'anchor', 'representative', 'delegate', 'attorney', 'spokesmen',
  'negotiator', 'mp', 'mep', 'legislator', 'deputy', 'councillor', 'councilor', 'chairperson', 'executive', 'president-elect',
  'secretary-general', 'general-secretary', 'premier', 'governor-general', 'treasurer', 'trustee', 'campaigner', 'organiser', 'organizer',
  'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'cmdr', 'supt', 'insp', 'det',
]);

/** A word's part-of-speech tags in compromise's lexicon. */
export function wordTags(word: string): string[] {
  return tagsOf(word);
}

const VERBISH = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'PhrasalVerb', 'Participle', 'QuestionWord', 'Possessive']);
/** A word that can modify a title noun ("economy minister", "union leader", "Conservative candidate"). */
export function isTitleModifier(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAME_WORDS.has(lower) && !['national', 'international', 'federal', 'state', 'foreign', 'first', 'second', 'communist', 'conservative', 'liberal', 'socialist'].includes(lower)) return false;
  return !tagsOf(lower).some((t) => VERBISH.has(t));
}

/**
 * Verbs that introduce what someone said, as they appear in attributions ("he said", "said Mr
 * Lavrov", "she told reporters"). Present and past, and the -ing forms of "speaking".
 */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'stated', 'declared', 'declares', 'announced', 'announces', 'noted',
  'explained', 'explains', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'continued',
  'remarked', 'replied', 'replies', 'responded', 'responds', 'answered', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'tweets',
  'posted', 'commented', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'observed', 'observes',
  'recalled', 'recalls', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'confirmed', 'confirms',
  'denied', 'denies', 'suggested', 'suggests', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'pledged',
  'pledges', 'urged', 'urges', 'cautioned', 'cautions', 'complained', 'complains', 'countered', 'counters', 'retorted',
  'quipped', 'joked', 'jokes', 'boasted', 'boasts', 'reiterated', 'reiterates', 'repeated', 'repeats', 'asserted', 'asserts',
  'contended', 'contends', 'alleged', 'alleges', 'maintained', 'maintains', 'concluded', 'thundered', 'fumed', 'exclaimed',
  'shouted', 'whispered', 'mused', 'wondered', 'lamented', 'laments', 'revealed', 'disclosed', 'indicated', 'hinted',
  'estimated', 'agreed', 'charged', 'accused', 'accuses', 'demanded', 'proclaimed', 'testified', 'testifies', 'reported',
  'believes', 'believed', 'thinks', 'feels', 'hopes', 'expects', 'fears', 'feared', 'described', 'called', 'snapped',
  'interjected', 'interrupted', 'pressed', 'saying', 'adding', 'insisting', 'arguing', 'warning', 'noting', 'stressing',
  'claiming', 'telling', 'vowing', 'pledging', 'promising', 'describing', 'calling', 'accusing', 'denounced', 'dismissed',
  'branded', 'labelled', 'labeled', 'criticised', 'criticized', 'condemned', 'slammed', 'welcomed', 'hailed', 'praised',
  'rejected', 'defended', 'appealed', 'announcing', 'declaring', 'explaining', 'conceding', 'admitting', 'acknowledging',
  'shot back', 'hit back', 'fired back', 'pointed out', 'went on', 'is quoted as saying', 'was quoted as saying',
  'recounted', 'reckoned', 'reckons', 'pleaded', 'begged', 'cried', 'yelled', 'screamed', 'sighed', 'laughed', 'confided', 'ventured',
  'echoed', 'underlined', 'underscored', 'highlighted', 'disagreed', 'objected', 'protested', 'queried', 'remembered', 'summed up',
  'thanked', 'thanks', 'texted', 'emailed', 'messaged', 'put it', 'puts it',
];
export const SPEECH_VERB_SET = new Set(SPEECH_VERBS);

/** Verbs that report speech with a "that"-clause or a bare clause after them ("X said Tokyo had to…"). */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'added', 'adds', 'stated', 'declared', 'declares', 'announced', 'announces', 'noted',   'explained', 'explains', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'replied', 'replies',
  'responded', 'responds', 'answered', 'wrote', 'writes', 'tweeted', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises',
  'emphasizes', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'confirmed', 'confirms', 'denied', 'denies',
  'suggested', 'suggests', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'cautioned', 'cautions',
  'complained', 'complains', 'countered', 'reiterated', 'reiterates', 'repeated', 'asserted', 'asserts', 'contended', 'contends',
  'alleged', 'alleges', 'maintained', 'maintains', 'concluded', 'revealed', 'disclosed', 'indicated',   'hinted', 'estimated', 'agreed', 'charged', 'accused', 'recalled', 'recalls', 'assured', 'assures',
  'reported', 'testified', 'boasted', 'boasts', 'lamented', 'observed', 'remarked', 'signalled', 'signaled', 'announced',
  'predicted', 'believes', 'thinks', 'feared', 'fears', 'hopes', 'expects', 'saying', 'adding', 'insisting', 'arguing', 'warning',
  'noting', 'stressing', 'claiming', 'explaining', 'conceding', 'admitting', 'acknowledging', 'announcing', 'declaring',
  'found', 'finds', 'showed', 'shows', 'concluded', 'assured', 'assures', 'informed', 'reminded', 'promised', 'telling', 'say',
];

/** Participles that report speech with the subject of the clause they hang from ("…, saying …"). */
export const PARTICIPLE_VERBS = new Set(['saying', 'adding', 'insisting', 'arguing', 'warning', 'noting', 'stressing', 'claiming', 'explaining', 'conceding', 'admitting', 'acknowledging', 'announcing', 'declaring', 'telling', 'vowing', 'pledging', 'promising']);
export const REPORTING_VERB_SET = new Set(REPORTING_VERBS);

/** Verbs that need a "that" (or a colon) to report speech, because without one they mean something else. */
export const THAT_ONLY_VERBS = new Set(['found', 'finds', 'showed', 'shows', 'informed', 'reminded', 'noting', 'admitting', 'acknowledging', 'announcing', 'declaring', 'explaining', 'conceding', 'believes', 'thinks', 'feared', 'fears', 'hopes', 'expects', 'agreed', 'agrees', 'reported', 'reports', 'charged', 'accused', 'revealed', 'reveals', 'indicated', 'indicates', 'observed', 'recalled', 'recalls', 'signalled', 'signaled', 'estimated', 'concluded', 'concludes', 'maintained', 'maintains', 'noted', 'notes', 'answered', 'repeated', 'protested', 'objected']);

/** Verbs of a characterised speech act: "X criticised Y for …" is a PARAPHRASE of what X said. */
export const PARAPHRASE_VERBS = [
  'criticised', 'criticized', 'criticises', 'criticizes', 'attacked', 'attacks', 'condemned', 'condemns', 'denounced', 'denounces',
  'accused', 'accuses', 'blamed', 'blames', 'praised', 'praises', 'hailed', 'hails', 'slammed', 'slams', 'lambasted', 'lambastes',
  'rebuked', 'rebukes', 'chided', 'castigated', 'berated', 'derided', 'mocked', 'ridiculed', 'urged', 'urges', 'called on', 'calls on',
  'called for', 'calls for', 'appealed to', 'appeals to', 'rejected', 'rejects', 'dismissed', 'dismisses', 'demanded', 'demands',
  'welcomed', 'welcomes', 'thanked', 'thanks', 'congratulated', 'congratulates', 'threatened', 'threatens', 'hit out at', 'hits out at',
  'lashed out at', 'lashes out at', 'took aim at', 'takes aim at', 'defended', 'defends', 'questioned', 'questions', 'challenged',
  'challenges', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'apologised', 'apologized', 'apologises', 'apologizes',
  'expressed', 'expresses', 'voiced', 'voices', 'raised concerns', 'raised concern', 'protested', 'protests', 'endorsed', 'endorses',
  'backed', 'backs', 'opposed', 'opposes', 'refused', 'refuses', 'declined', 'declines', 'ruled out', 'rules out', 'denied', 'denies',
];

/** Verbs whose sense is speech only with a "for"/"of"/"over" reason after the object ("attacked Tokyo for allowing…"). */
export const PARAPHRASE_NEEDS_REASON = new Set([
  'attacked', 'attacks', 'hailed', 'hails', 'thanked', 'thanks', 'defended', 'defends', 'backed', 'backs', 'opposed', 'opposes',
  'questioned', 'questions', 'challenged', 'challenges', 'refused', 'refuses', 'declined', 'declines', 'threatened', 'threatens',
  'welcomed', 'welcomes', 'endorsed', 'endorses', 'praised', 'praises', 'blamed', 'blames',
]);

const COMPROMISE_ORG_WORDS = Object.keys(TWO.orgWords ?? {});
/** Words that end an organisation's name: "Foreign Ministry", "Security Council", "Labour Party". */
export const ORG_WORDS = new Set([
  ...COMPROMISE_ORG_WORDS,
  'ministry', 'department', 'council', 'party', 'agency', 'commission', 'committee', 'union', 'organisation', 'organization', 'office',
  'bank', 'fund', 'court', 'parliament', 'congress', 'senate', 'assembly', 'duma', 'knesset', 'bundestag', 'police', 'army', 'navy',
  'forces', 'guard', 'guards', 'corps', 'alliance', 'coalition', 'front', 'movement', 'institute', 'university', 'foundation', 'group',
  'company', 'corporation', 'inc', 'ltd', 'plc', 'news', 'times', 'post', 'journal', 'herald', 'telegraph', 'tribune', 'gazette',
  'press', 'network', 'channel', 'broadcasting', 'service', 'services', 'authority', 'administration', 'cabinet', 'government',
  'kremlin', 'pentagon', 'directorate', 'bureau', 'secretariat', 'board', 'federation', 'association', 'league', 'society', 'club',
  'treasury', 'trust', 'embassy', 'consulate', 'mission', 'delegation', 'lines', 'airlines', 'terminals', 'holdings', 'partners',
  'ministries', 'fc', 'party', 'unions', 'secretariat',
]);

/** Words that end a place's name: "Kuril Islands", "Sea of Okhotsk", "Korean Peninsula". */
export const PLACE_WORDS = new Set([
  'island', 'islands', 'isles', 'sea', 'ocean', 'peninsula', 'strait', 'straits', 'gulf', 'bay', 'river', 'lake', 'mountains', 'mountain',
  'mount', 'valley', 'desert', 'province', 'region', 'oblast', 'krai', 'prefecture', 'county', 'district', 'state', 'territory',
  'territories', 'coast', 'border', 'square', 'street', 'airport', 'port', 'base', 'city', 'heights', 'plain', 'basin', 'canal', 'channel',
  'archipelago', 'atoll', 'reef', 'cape', 'highlands', 'hills', 'forest', 'zone', 'strip', 'bank', 'corridor', 'pass',
]);

/** Words that never start or make up a person's name, whatever their case. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'after', 'before', 'during',
  'since', 'until', 'while', 'when', 'where', 'if', 'though', 'although', 'because', 'this', 'that', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'now', 'today', 'yesterday',
  'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'however', 'meanwhile',
  'also', 'both', 'all', 'some', 'many', 'most', 'several', 'other', 'another', 'such', 'no', 'not', 'yes', 'so', 'yet', 'still',
  'earlier', 'later', 'last', 'next', 'first', 'second', 'third', 'new', 'old', 'western', 'eastern', 'northern', 'southern', 'central',
  'north', 'south', 'east', 'west', 'world', 'war', 'second', 'republic', 'democratic', 'people', 'peoples', 'communist', 'socialist',
  'liberal', 'conservative', 'islamic', 'christian', 'muslim', 'jewish', 'catholic', 'federal', 'national', 'international', 'global',
  'united', 'nations', 'european', 'union', 'soviet', 'empire', 'kingdom', 'state', 'states', 'house', 'white', 'read', 'more', 'getty',
  'images', 'reuters', 'photo', 'according', 'speaking', 'asked', 'told', 'said', 'says', 'what', 'who', 'why', 'how', 'which', 'whose',
  'only', 'even', 'just', 'every', 'each', 'any', 'none', 'nothing', 'everything', 'something', 'anything', 'lord',
]);

export const PRONOUNS: Record<string, Gender | 'x' | 'p'> = { he: 'm', she: 'f', him: 'm', her: 'f', they: 'p', it: 'x' };

/** Titles that tell a person's sex. */
export const TITLE_GENDER: Record<string, Gender> = { king: 'm', queen: 'f', prince: 'm', princess: 'f', spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', emperor: 'm', empress: 'f', sir: 'm', dame: 'f', lady: 'f', lord: 'm' };

/** Words that begin names of places and bodies, though never of people. */
export const NAME_LEAD_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'united', 'national', 'international', 'federal', 'european', 'democratic', 'islamic', 'world', 'supreme', 'state', 'white', 'red', 'black', 'first', 'second', 'people', 'peoples', 'communist', 'socialist', 'liberal', 'conservative', 'republic', 'soviet', 'union', 'house', 'former']);
