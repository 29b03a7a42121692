// A person's name as the desk keeps it — one text, as written: "Dr. Seán O'Brien D'Arcy, Jr.",
// "DIALLO Amina", "Diallo, Amina", "Иванова Ольга Петровна", "李伟" — split into the five parts of
// a vCard N (RFC 6350 §6.2.2): family; given; additional; honorific prefixes; honorific suffixes.
// A guess from the words alone, made so that a suffix or an honorific is never taken for the family name.

export interface NameParts {
  family: string;
  given: string;
  additional: string;
  prefixes: string[];
  suffixes: string[];
}

/** "Ph.D." → "phd", "H. E." → "he", "Dr" → "dr": case, accents, dots and spaces ignored */
const key = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.\s]+/g, '');

/** honorifics written before a name (English, French, Spanish, Arabic, Russian) */
const PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'hon', 'rev', 'he', 'amb',
  'mme', 'mmes', 'mlle', 'pr', 'se', 'sr', 'sra', 'srta', 'dra', 'lic', 'lica', 'ing', 'eng',
  'د', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'الاستاذ', 'الاستاذة', 'المهندس', 'المهندسة', 'معالي', 'سعادة',
  'г-н', 'г-жа', 'д-р', 'проф', 'господин', 'госпожа',
]);
/** short prefixes that are also names or words ("He" Wei, "Se"): only with their dots ("H.E.") */
const DOTTED_ONLY = new Set(['he', 'se', 'amb', 'lic', 'lica', 'ing', 'eng', 'sr', 'sra', 'srta', 'pr']);
/** prefixes of several words */
const PREFIX_PHRASES = [/^(?:his|her) excellency\s+/i, /^(?:son|sa) excellence\s+/i, /^su excelencia\s+/i, /^h\.\s+e\.\s+/i, /^s\.\s+e\.\s+/i];

/** suffixes recognised at the end of a name even without a comma ("John Smith Jr.", "Henry Ford II") */
const SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'phd', 'esq']);
/** more suffixes, recognised after a comma only ("Amina Diallo, MSc") */
const SUFFIXES_AFTER_COMMA = new Set([
  ...SUFFIXES, 'junior', 'senior', 'md', 'msc', 'ma', 'ba', 'bsc', 'dsc', 'mba', 'mphil', 'dphil', 'edd', 'llb', 'llm', 'lld',
  'obe', 'cbe', 'mbe', 'kbe', 'frs', 'pe', 'cpa', 'v',
]);
const ROMAN = /^[IVX]+$/;

/** family-name particles: the family name starts with the first of them after the given name */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'dello', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'ter', 'ten', 'zu',
  'bin', 'ibn', 'ben', 'bint', 'al', 'el', 'ould', 'بن', 'ابن', 'بنت', 'ال', 'آل',
]);
/** O'Brien, D'Arcy, d'Almeida, N'Diaye, al-Hassan: a word that starts a family name */
const FAMILY_START = /^(?:[OoDdLlNn]['’]\p{L}|(?:al|el)-\p{L})/u;
/** a word that belongs with the next one: "Abd al-Rahman", "عبد الله", "Abu Bakr" */
const JOINS_NEXT = new Set(['abd', 'abdel', 'abdul', 'abu', 'عبد', 'ابو', 'أبو']);

const PATRONYMIC = /(?:ович|евич|ёвич|ьич|ич|овна|евна|ична|инична|ovich|evich|ovitch|ovna|evna|ichna)$/iu;
/** Chinese family names of two characters */
const HAN_COMPOUND = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '公孙', '慕容', '尉迟', '长孙', '宇文', '司徒', '夏侯', '端木', '轩辕', '歐陽', '諸葛', '東方', '長孫']);

function isPrefix(word: string): boolean {
  const k = key(word);
  return PREFIXES.has(k) && (!DOTTED_ONLY.has(k) || word.includes('.'));
}

function isSuffix(word: string, afterComma: boolean): boolean {
  const k = key(word);
  if (!(afterComma ? SUFFIXES_AFTER_COMMA : SUFFIXES).has(k)) return false;
  // roman numerals in capitals only ("II", not the word "ii"); "V" only after a comma
  return !/^[ivx]+$/.test(k) || ROMAN.test(word.replace(/\./g, ''));
}

const isCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Leading honorifics taken off the words (at least one word stays). */
function takePrefixes(words: string[], honorific: string | null, prefixes: string[]): string[] {
  const out = [...words];
  let moved = true;
  while (moved && out.length > 1) {
    moved = false;
    // the honorific of the record, written again at the start of the name ("Maître" in "Maître Awa Ndiaye")
    const h = honorific ? honorific.replace(/,/g, ' ').split(' ').filter(Boolean) : [];
    if (h.length > 0 && h.length < out.length && h.every((w, i) => key(w) === key(out[i]))) {
      out.splice(0, h.length);
      moved = true;
      continue;
    }
    const phrase = PREFIX_PHRASES.map((p) => p.exec(`${out.join(' ')} `)).find(Boolean);
    if (phrase) {
      const n = phrase[0].trim().split(' ').length;
      if (n < out.length) {
        prefixes.push(out.splice(0, n).join(' '));
        moved = true;
        continue;
      }
    }
    if (isPrefix(out[0])) {
      prefixes.push(out.shift()!);
      moved = true;
    }
  }
  return out;
}

/** Trailing suffixes taken off the words (at least one word stays). */
function takeSuffixes(words: string[], suffixes: string[]): string[] {
  const out = [...words];
  const found: string[] = [];
  while (out.length > 1 && isSuffix(out[out.length - 1], false)) found.unshift(out.pop()!);
  suffixes.push(...found);
  return out;
}

function joinCompounds(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (JOINS_NEXT.has(key(words[i])) && i + 1 < words.length) {
      out.push(`${words[i]} ${words[i + 1]}`);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** family, given and additional names from the words of a name without honorifics */
function splitWords(words: string[]): Pick<NameParts, 'family' | 'given' | 'additional'> {
  const none = { family: '', given: '', additional: '' };
  if (words.length === 0) return none;
  if (words.length === 1) {
    const w = words[0];
    // 李伟, 欧阳娜娜: a Chinese name written without spaces, family name first
    if (/^\p{Script=Han}{2,4}$/u.test(w)) {
      const n = HAN_COMPOUND.has(w.slice(0, 2)) && w.length > 2 ? 2 : 1;
      return { family: w.slice(0, n), given: w.slice(n), additional: '' };
    }
    return { ...none, family: w };
  }
  // DIALLO Amina, Amina DIALLO: the family name in capitals
  const caps = words.filter(isCaps);
  if (caps.length > 0 && caps.length < words.length) return { family: caps.join(' '), given: words.filter((w) => !isCaps(w)).join(' '), additional: '' };
  // Иванова Ольга Петровна (family given patronymic), Ольга Петровна Иванова (given patronymic family)
  if (words.length === 3) {
    if (PATRONYMIC.test(words[1])) return { given: words[0], additional: words[1], family: words[2] };
    if (PATRONYMIC.test(words[2])) return { family: words[0], given: words[1], additional: words[2] };
  }
  // Seán O'Brien D'Arcy, Charles de Gaulle, Ludwig van Beethoven: from the first particle on
  const start = words.findIndex((w, i) => i > 0 && (FAMILY_START.test(w) || (PARTICLES.has(w.toLowerCase()) && i < words.length - 1)));
  if (start > 0) return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' '), additional: '' };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1], additional: '' };
}

/**
 * The parts of a name for a vCard N. The record's honorific (if any) comes first among the
 * prefixes; honorifics and suffixes written into the name are recognised and moved there, never
 * taken for a given or family name. "Family, Given" (a comma) is read as such.
 */
export function splitName(name: string, honorific?: string | null): NameParts {
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const afterComma: string[] = [];
  const h = honorific?.trim().replace(/\s+/g, ' ') || null;
  // "H.E., Dr": two prefixes
  if (h) prefixes.push(...h.split(/\s*,\s*/).filter(Boolean));
  const text = name.trim().replace(/\s+/g, ' ');
  if (!text) return { family: '', given: '', additional: '', prefixes, suffixes };

  const [head, ...tail] = text.split(/\s*,\s*/);
  const given: string[] = [];
  for (const part of tail.filter(Boolean)) {
    const words = part.split(' ');
    if (words.every((w) => isSuffix(w, true))) afterComma.push(...words);
    else given.push(part);
  }
  let parts: Pick<NameParts, 'family' | 'given' | 'additional'>;
  if (given.length > 0) {
    // Diallo, Amina — Diallo, Dr. Amina — O'Brien D'Arcy, Seán, Jr.
    const family = takeSuffixes(takePrefixes(head.split(' '), h, prefixes), suffixes);
    const givenWords = takeSuffixes(takePrefixes(given.join(' ').split(' '), h, prefixes), suffixes);
    parts = { family: family.join(' '), given: givenWords.join(' '), additional: '' };
  } else {
    parts = splitWords(joinCompounds(takeSuffixes(takePrefixes(head.split(' '), h, prefixes), suffixes)));
  }
  // a prefix written in the name and given as the record's honorific counts once
  const unique = prefixes.filter((p, i) => prefixes.findIndex((q) => key(q) === key(p)) === i);
  // as written: "John Smith III, PhD" → III, PhD
  return { ...parts, prefixes: unique, suffixes: [...suffixes, ...afterComma] };
}
