/**
 * How a person's name is built: which word is the family name ("Xi" of Xi Jinping, "He" of He
 * Yadong, "von der Leyen" of Ursula von der Leyen, "Park" of Park Ji-won) — what a bare
 * surname later in the text, and an alias, should be.
 */

/** Common Chinese family names in pinyin: a two-word name starting with one puts it first. */
export const CHINESE_SURNAMES = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jin qin fu mao kong bai cui kang hou meng qian dai fan fang shi tan zou xiong hao xi wen yan geng mi'.split(
    ' ',
  ),
);
const PARTICLES = /^(?:de|van|von|der|den|da|di|du|la|le|del|dos|das|al|el|bin|ibn|ter|ten)$/i;

/** Whether a name is written family name first: "Xi Jinping", "He Yadong", "Park Ji-won". */
export function familyNameFirst(tokens: readonly string[]): boolean {
  if (tokens.length !== 2) return false;
  const [first, given] = tokens as [string, string];
  // "Park Ji-won", "Kim Dong-hyun": a hyphenated given name comes last.
  if (/-\p{Ll}/u.test(given)) return true;
  return CHINESE_SURNAMES.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(given) && /^[a-z]+$/i.test(given) && given.length >= 3 && isPinyin(given);
}

/** A word that could be a pinyin given name ("Jinping", "Yadong", "Qiang"): syllables of pinyin shape. */
function isPinyin(word: string): boolean {
  return /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v))+$/i.test(
    word,
  );
}

/** The family name of a person known by these name words ("von der Leyen", "Xi", "Scholz"). */
export function familyName(tokens: readonly string[]): string {
  if (tokens.length < 2) return tokens[0] ?? '';
  if (familyNameFirst(tokens)) return tokens[0]!;
  // "Ursula von der Leyen", "Bart De Wever": the particles belong to the surname.
  let k = tokens.length - 1;
  while (k > 1 && PARTICLES.test(tokens[k - 1]!)) k--;
  return tokens.slice(k).join(' ');
}
