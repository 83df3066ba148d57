// Russian typed in Latin letters ("Srochnye voprosy: zvonite", "spravka dlya shkoly gotova"), read
// through the Russian lists themselves. Staff spell each letter their own way (щ as shch, sch or sh;
// й as y, j or i; я as ya, ja or ia; the soft sign as an apostrophe or nothing), so ru-latn.txt lists
// the commonest spellings of the commonest words only. Here a Latin word and a Cyrillic word are both
// reduced to one key (y, j and i as i; kh as h; c as ts; sch, shch and щ as sh; doubled letters as
// one; signs dropped) and a Latin word is vouched when its key is the key of a word of ru.txt or
// ru-common.txt, or starts with the key of one of ru.txt's stems (`срочн*`, four letters or more). Never
// when the key is that of a word ru-excluded.txt or uk-excluded.txt keeps out (and ru.txt does not vouch
// for), or starts with the key of a Russian term of care (vocab/lang/ru.txt); vouch.ts also doubts a word
// of care of any language, a word near a sensitive term and a word en-excluded.txt keeps out.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../contract/index.ts';
import { parseVetted } from './lexicon.ts';
import { readLanguageVocab } from './vocab.ts';

const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

/** The key of a Russian word in Cyrillic letters (lower case), or '' if a letter is not Cyrillic. */
export function cyrillicKey(word: string): string {
  let out = '';
  for (const c of word.toLowerCase()) {
    const l = CYRILLIC_LATIN[c];
    if (l === undefined) return c === '-' ? out : '';
    out += l;
  }
  return settle(out);
}

/** The key of a word typed in Latin letters (lower case, apostrophes and the soft sign's marks dropped). */
export function latinKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/shch|sch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/^ye/, 'e')
    .replace(/[yj]o/g, 'e')
    .replace(/tz/g, 'ts')
    .replace(/c(?!h)/g, 'ts')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/[yj]/g, 'i');
  return /^[a-z]+$/.test(w) ? settle(w) : '';
}

/** What both sides share: "сч" is written as щ is, a doubled letter as one. */
const settle = (key: string): string => key.replace(/sch/g, 'sh').replace(/(.)\1+/g, '$1');

interface Keys {
  words: Set<string>;
  stems: string[];
  kept: Set<string>;
  care: string[];
}
let keys: Keys | null = null;
const VETTED = packagePath('engine/classify/vetted');
const read = (file: string): string[] => parseVetted(readFileSync(join(VETTED, file), 'utf8'));

function load(): Keys {
  const words = new Set<string>();
  const stems: string[] = [];
  const handWritten = read('ru.txt');
  for (const entry of [...handWritten, ...read('ru-common.txt')]) {
    const stem = entry.endsWith('*');
    const key = cyrillicKey(stem ? entry.slice(0, -1) : entry);
    if (key === '') continue;
    if (!stem) words.add(key);
    else if (key.length >= 4) stems.push(key);
  }
  // A word the excluded lists keep out of the frequency lists that ru.txt itself vouches for ("рецепт*": a
  // prescription ready, as in English) is vouched in Cyrillic, so in Latin letters too.
  const vouchedByHand = new Set(handWritten.filter((e) => !e.endsWith('*')).map((e) => e.toLowerCase()));
  const handStems = handWritten.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1).toLowerCase());
  const byHand = (w: string): boolean => vouchedByHand.has(w) || handStems.some((s) => w.startsWith(s));
  const kept = new Set([...read('ru-excluded.txt'), ...read('uk-excluded.txt')].filter((w) => !byHand(w.toLowerCase())).map(cyrillicKey).filter((k) => k !== ''));
  const care = readLanguageVocab()
    .filter((t) => t.lang === 'ru' && !t.term.includes(' '))
    .map((t) => cyrillicKey(t.term))
    .filter((k) => k.length >= 3);
  return { words, stems, kept, care };
}

const memo = new Map<string, boolean>();
const MEMO_SIZE = 20_000;

/** Word `t` (folded, Latin letters) is a word of the Russian lists typed in Latin letters. */
export function russianInLatin(t: string): boolean {
  const known = memo.get(t);
  if (known !== undefined) return known;
  const k = keys ?? (keys = load());
  const key = latinKey(t);
  const vouched = key.length >= 3 && !k.kept.has(key) && !k.care.some((c) => key.startsWith(c)) && (k.words.has(key) || k.stems.some((s) => key.startsWith(s)));
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(t, vouched);
  return vouched;
}
