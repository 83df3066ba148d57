// The positive model of the found-phone test: a text may go out over an unsecured channel as
// written only when every word of it is accounted for. A word is vouched for when it is
// - a word of the administrative lexicon (vetted/<lang>.txt) in the text's language, or a word
//   the bundle vets (`vetted` lists, the practice's name);
// - general-campaign language (vetted/en-general.txt) in a sentence addressed to everyone;
// - a number, a date or time, an amount, an ordinal, a unit or room code ("Suite 4B");
// - part of a link's address or a plain link, or of an email address;
// - a name in a name's place: after a title or a greeting ("Dr. Okafor", "Hi Maria,"), a
//   capitalized word before a street suffix ("Harbor Blvd") or before office/pharmacy;
// - a single letter (initials, "Reply C").
// Everything else is `unvetted`. The language is message.language (BCP 47) when the app gives
// it, else the covered language whose lexicon vouches for most of the words (English always
// counts). A text in a language the test does not cover is not vouched for.
//
// Sentences addressed to everyone (a campaign word such as everyone, community, free, month or
// services, and no word that ties them to the patient such as "your") are also what lets the
// classifier drop sensitive or clinical words of general content (see classifier.ts).

import { ALPHABET, SENTINEL } from './automaton.ts';
import { addressTowns, DETECTED_LANGUAGE_POSITIONS, excludedWords, LANGUAGE_BITS, Lexicon, NAME_BIT, PHRASE_WORD_BIT, PLACE_BIT, RESULT_BIT, RESULT_NOUNS, scriptLanguage, TEST_BIT, TEST_NOUNS, TOPIC_BIT } from './lexicon.ts';
import { isHangul, isUnspaced } from './scripts.ts';
import { foldedText, origEnd, origStart, WORD_END, WORD_START, type Prepared } from './normalize.ts';
import { foldString, isUpperAt } from './fold.ts';
import { arabicKind, beforeKind, foreignKeys, pinyinName, soundedHan, soundedKind, soundedWords, writesNames, type SoundNames } from './transliteration.ts';
import { russianInLatin } from './romanized.ts';
import { careTermTrie, derivedInflected, derivedSpanish, derivedTagalog, hostHidesCode, hostHidesTerm, isExcluded, isVocabularyWord, nearSensitive, pathHidesTerm, typoOpensCareTerm } from './fuzzy.ts';

const EN = LANGUAGE_BITS.en;
const ES = LANGUAGE_BITS.es;
const TL = LANGUAGE_BITS.tl;
const VI = LANGUAGE_BITS.vi;
const RU = LANGUAGE_BITS.ru;
const UK = LANGUAGE_BITS.uk;
const PL = LANGUAGE_BITS.pl;
const PT = LANGUAGE_BITS.pt;
const KO = LANGUAGE_BITS.ko;
const HT = LANGUAGE_BITS.ht;
const SO = LANGUAGE_BITS.so;
const FR = LANGUAGE_BITS.fr;
const GENERAL = LANGUAGE_BITS.general;
const TOPIC_WORD = TOPIC_BIT;
const LANGUAGE_MASK = 0x1ff; // every language bit except `general`

const folded = (words: string[]): Set<string> => new Set(words.map(foldString));
/**
 * Word w is the Vietnamese vocative "ơi" as written ("chị ơi"), with its horn and no tone: "ói" is "vomit". Written without marks, after a
 * kinship word and a name ("anh Dat oi, lich hen cua anh..."; forty-ninth session, probe 1430), it calls that person.
 */
function vocative(p: Prepared, w: number): boolean {
  const written = writtenAs(p, w);
  return written === 'ơi' || (written === 'oi' && w >= 2 && wSent[w - 2] === wSent[w] && capitalized(p, w - 1) && vietnameseKin(p, w - 2));
}

/**
 * Word w a surname in capitals before an initial, as pharmacy systems print the patient ("2 prescriptions ready for pickup for GUZMAN,
 * R.", "An order for THIBODEAUX, K is ready"; forty-sixth session, probes 1343, 1348, 1357). A listed term there is still found: the
 * vocabularies do not ask the vouching.
 */
function surnameBeforeInitial(p: Prepared, w: number): boolean {
  const from = origStart(p, p.pos[wS[w]!]!);
  const to = origEnd(p, p.pos[wE[w]!]!);
  if (!CAPITALS_ONLY.test(p.text.slice(from, to))) return false;
  const after = p.text.slice(to, to + 40);
  // (a surname of two letters only before its initial and that initial's stop: "ready for pickup for LE, T."; forty-ninth session, probe 1430)
  if (to - from === 2) return INITIAL_STOP_AFTER.test(after);
  // (or before a given name in capitals, and that given name, before the notice's verb: "Prescription for LOR, NENG is ready",
  // "La receta de GUTIERREZ, ISAAC está lista"; forty-seventh session, probe 1366)
  return INITIAL_AFTER.test(after) || GIVEN_AFTER.test(after) || (SURNAME_BEFORE.test(p.text.slice(Math.max(0, from - 24), from)) && READY_VERB.test(after));
}
const CAPITALS_ONLY = /^[A-Z]+$/;
const INITIAL_AFTER = /^,? [A-Z](?:\.|(?= (?:is|are|was|has|ready|processed)\b))/;
const INITIAL_STOP_AFTER = /^, [A-Z]\./;
const NOTICE_VERB = '(?:(?:is|are|was|has|ready|processed|esta)\\b|está)';
const GIVEN_AFTER = new RegExp(`^, [A-Z]{2,}(?: [A-Z]{2,})?,? ${NOTICE_VERB}`);
const SURNAME_BEFORE = /\b[A-Z]{2,}, $/;
const READY_VERB = new RegExp(`^,? ${NOTICE_VERB}`);

/** Word w as written (lower case, NFC): where folding would join words that differ only by a tone mark. */
function writtenAs(p: Prepared, w: number): string {
  return p.text.slice(origStart(p, p.pos[wS[w]!]!), origEnd(p, p.pos[wE[w]!]!)).normalize('NFC').toLowerCase();
}

/**
 * Vietnamese syllables of notices vouched for only as written, with their tone marks: folded, each is
 * also a word of care, which stays doubted. The particle that closes a polite request ("nhớ mang thẻ
 * bảo hiểm nhé"; "nhẹ cân" is underweight), "not yet" ("chưa thanh toán"; "chữa" is to treat), "drop
 * by" ("mời cả nhà ghé"; "ghẻ" is scabies), "set aside" ("dành 1 phút"), "speak" ("nói tiếng Việt";
 * "nội" of internal medicine), "install" ("cài ứng dụng"), "big" ("lớn"; "lợn"), "which" ("nào"; "não", the
 * brain), "all" ("cả"), "long" ("dài"; "dái"). Not "uống" (drink,
 * also of a medicine) nor "hình" (a picture, also an X-ray's).
 */
/**
 * Words of care whose accents are all that tell them from a vetted word once folded: Haitian "kè" (the heart;
 * "ke" is "that": "doktè kè a", the heart doctor; nineteenth session, probe 119), "kòlè" (anger; "kole", to
 * stick; twenty-second session, probe 151). Never vouched as written.
 */
const CARE_AS_WRITTEN = new Set(['kè', 'kòlè']);
// (and, twenty-second session, from the notices of probes 112, 128, 137, 146, 152, 159: "mục" of a portal's
// section, "mức" a level; "phần" a part, "phân" stool; "vài" a few, "vai" the shoulder; "mát" cool, "mắt" the
// eye; "năng", "nặng" heavy; "cái", "cai" to quit; "chạy" to run, "chảy" to flow; "thạo" fluent, "thảo" herbs;
// "tránh" to avoid; "tạo" to create; "nhựa" plastic; twenty-third session, probe 175: "mẫu" a form, "máu" blood;
// "hết" to the end of, "hét" to scream; "lỡ" to miss, "lở" a sore)
const VIETNAMESE_AS_WRITTEN = new Set(['nhé', 'chưa', 'ghé', 'dành', 'nói', 'cài', 'lớn', 'nào', 'cả', 'dài', 'mục', 'phần', 'vài', 'mát', 'năng', 'cái', 'chạy', 'thạo', 'tránh', 'tạo', 'nhựa', 'mẫu', 'hết', 'lỡ']);
const vietnameseAsWritten = (p: Prepared, w: number): boolean => !p.ascii && VIETNAMESE_AS_WRITTEN.has(writtenAs(p, w));

/**
 * Vietnamese "bị", the passive of what befalls someone, before what befalls a visit, a bill or a service ("bảo
 * hiểm có thể bị ngưng", the insurance may be stopped; "sẽ không bị chuyển qua công ty đòi nợ"; "bị hủy",
 * cancelled; twenty-fifth session, probes 112-188); never before an illness ("bị cúm", "bị té ngã").
 */
function passiveBefore(p: Prepared, w: number, words: number): boolean {
  return w + 1 < words && wSent[w + 1] === wSent[w] && wKind[w + 1] === KIND_LETTERS && !p.ascii && writtenAs(p, w) === 'bị' && BEFALLS.has(writtenAs(p, w + 1));
}
/** What befalls an appointment, a bill or a service after "bị" (cancelled, stopped, moved, cut, towed, late, locked, scammed...). */
const BEFALLS = new Set(['hủy', 'huỷ', 'ngưng', 'ngừng', 'chuyển', 'cắt', 'cúp', 'kéo', 'trễ', 'hoãn', 'dời', 'khóa', 'khoá', 'lừa', 'mất', 'từ', 'đóng', 'tạm', 'thay', 'gián', 'chậm', 'tính', 'phạt', 'trả']);

/**
 * A keyword to text back, in capitals of up to eight letters, right after "reply" or "text" and before what it does ("reply INT to request
 * one", "Nhắn 'HUY' nếu không đi được"; forty-ninth session, probes 1430, 1437), as a single letter is ("Reply C to confirm"). Not a word
 * or an acronym kept out of the lists as care's ("Reply PREP for info"); a keyword that is a vocabulary term is still found by the vocabularies.
 */
function replyKeyword(p: Prepared, w: number, words: number): boolean {
  if (w === 0 || wSent[w - 1] !== wSent[w] || !REPLY_VERBS.has(wordText(w - 1)) || wE[w]! - wS[w]! > 7) return false;
  const from = origStart(p, p.pos[wS[w]!]!);
  const to = origEnd(p, p.pos[wE[w]!]!);
  if (!CAPITALS_ONLY.test(p.text.slice(from, to)) || EXCLUDED_EN.has(wordText(w)) || CARE_ACRONYMS.has(wordText(w))) return false;
  return w + 1 >= words || wSent[w + 1] !== wSent[w] || KEYWORD_AFTER.has(wordText(w + 1));
}
const REPLY_VERBS = new Set(['reply', 'text', 'txt', 'responda', 'responde', 'conteste', 'envie', 'nhan', 'reponn', 'voye', 'odpowiedz', 'ответьте', 'отправьте']);
const KEYWORD_AFTER = new Set(['to', 'for', 'if', 'and', 'or', 'para', 'si', 'y', 'o', 'neu', 'de', 'pou', 'por', 'aby', 'чтобы', 'для']);
/** The opt-out keyword of Chinese SMS right after "reply" ("退订回复TD"; twenty-second session, probe 157): not "td" anywhere. */
const OPT_OUT_BEFORE = /(?:回复|回覆|退订|退訂)[ \t]*$/u;
function chineseOptOut(p: Prepared, w: number): boolean {
  if (p.ascii || wordText(w) !== 'td') return false;
  const start = origStart(p, p.pos[wS[w]!]!);
  return OPT_OUT_BEFORE.test(p.text.slice(Math.max(0, start - 6), start));
}

/** A word of another script that the reviewers of its language kept out of the vouched words. */
const keptOut = (t: string): boolean => OTHER_SCRIPT_LANGUAGES.some((l) => excludedWords(l).has(t));
const OTHER_SCRIPT_LANGUAGES = ['ar', 'ru', 'uk', 'ko', 'zh'] as const;

/** Vietnamese kinship words of TITLES: before a name ("chị Lan") and also the word for "you" ("chị ói": you vomit). */
const VIETNAMESE_KIN = folded(['ong', 'ba', 'anh', 'chi']);
/** Vietnamese kinship words a capitalized name follows in a Vietnamese text ("bé Khôi", "chú Bình", "bác Trí"; nineteenth session). */
const VIETNAMESE_KIN_TITLES = folded(['be', 'chu', 'bac', 'co', 'em', 'di', 'cau', 'thim', 'mo', 'ong', 'ba', 'anh', 'chi']);
/**
 * ...as written, when the text writes its tones: "có" (have), "ba" (three), "mổ" (surgery) and "mở" (open) fold to
 * the same letters as "cô", "bà" and "mợ" ("Bạn có Xyzabc hôm nay" read Xyzabc as a name after "Miss"; twenty-sixth session).
 */
const VIETNAMESE_KIN_WRITTEN = new Set(['bé', 'chú', 'bác', 'cô', 'em', 'dì', 'cậu', 'thím', 'mợ', 'ông', 'bà', 'anh', 'chị']);
function vietnameseKin(p: Prepared, k: number): boolean {
  return (curAllowed & VI) !== 0 && VIETNAMESE_KIN_TITLES.has(wordText(k)) && (p.ascii || VIETNAMESE_KIN_WRITTEN.has(writtenAs(p, k)));
}
const TITLES = folded(['dr', 'dra', 'drs', 'doctor', 'doctora', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta', 'nurse', 'prof', 'professor', 'pharmacist', 'coach', 'driver', 'np', 'pa', 'rn', 'fnp', 'cnm', 'ong', 'ba', 'anh', 'chi', 'si', 'bs', 'жа', 'kay', 'ni', 'доктор', 'доктора', 'врач', 'врача', 'الدكتور', 'دكتور', 'الطبيب', 'د', 'السيد', 'السيدة', 'الآنسة',
  // a woman doctor's Arabic title and Russian's "to/with/about the doctor" (thirty-second session, probes 542, 547: "مع الدكتورة سميرة حداد"; forty-first, probe 1074: "с доктором Грир")
  'الدكتورة', 'دكتورة', 'الطبيبة', 'доктору', 'врачу', 'доктором', 'врачом', 'докторе', 'враче',
  // a nurse's title written short in Portuguese and Spanish ("com a Enf. Sónia Pires": thirty-second session, probe 566)
  'enf',
  // Ukrainian's doctor in its cases ("у лікаря Ткаченка"; thirty-third session)
  'лікар', 'лікаря', 'лікарю', 'лікарем', 'лікарка', 'лікарки', 'лікарці', 'докторові',
  // the doctor's title written short in Russian and Ukrainian ("приём у др Петровой"; thirty-eighth session, probe 910)
  'др',
  // the Korean front desk's doctor, in English ("닥터 윤 예약"; thirty-eighth session, probe 906)
  '닥터',
  // Mr. and Mrs. in Ukrainian and Russian, and Russian's "г-н" written short as "г-жа" is ("Шановна пані Кравець", "Уважаемый г-н Мельник";
  // fifty-second session, probe 1569: surnames that are also words, a tailor's and a miller's)
  'пані', 'пан', 'пана', 'пане', 'панові', 'н', 'господин', 'господина', 'госпожа', 'госпожи', 'госпоже',
  // Somali Mrs. and Mr. ("Marwo Xaliimo", "Mudane Cali"; fifty-second session, probe 1598)
  'marwo', 'mudane']);
/** The labels of a form's fields that hold a person's name ("Patient: Rahel Tesfaye", "Patient name:", "Paciente:"). */
const NAME_FIELDS = new Set(['patient', 'name', 'driver', 'guarantor', 'child', 'student', 'member', 'subscriber', 'insured', 'paciente', 'nombre', 'responsable', 'pasyan', 'non']);
/** Titles written short with a stop ("Dr.", "Mrs."): the stop is no sentence's end. */
const SHORT_TITLES = new Set(['dr', 'dra', 'drs', 'mr', 'mrs', 'ms', 'mx', 'sr', 'sra', 'srta', 'prof', 'د']);
const GREETINGS = folded(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'morning', 'afternoon', 'evening', 'hola', 'estimado', 'estimada', 'querido', 'querida', 'bonjou', 'bonswa', 'chao', 'araw', 'welcome', 'congratulations', 'congrats', 'здравствуите', 'уважаемыи', 'уважаемая', 'вітаємо', 'шановнии', 'шановна', 'шановні', 'привіт', 'мрхба', 'مرحبا', 'اهلا']);
const STREET_SUFFIX = new Set(['st', 'street', 'ave', 'avenue', 'blvd', 'boulevard', 'rd', 'road', 'ln', 'lane', 'dr', 'drive', 'way', 'ct', 'court', 'pl', 'place', 'pkwy', 'parkway', 'hwy', 'highway', 'cir', 'circle', 'ter', 'terrace', 'sq', 'square', 'trl', 'trail', 'plaza', 'pike', 'calle', 'avenida']);
/** What follows a surname that names a family ("the Nguyen household"). */
const HOUSEHOLD = new Set(['household', 'family', 'families', 'residence', 'home']);
const FAMILY_BEFORE = new Set(['familia', 'fanmi', 'hermanos', 'hermanas']); // (and "los hermanos Delgado"; thirty-seventh session, probe 884)
/**
 * Words after a name of a street or a practice's place ("Harbor Blvd", "Eastside office"). Not "clinic" or "center": a
 * word before them may be the care. (A site, a shop, a station: "our Parkchester site", "our Northgate and Bellevue shops",
 * "the Parkchester station"; twenty-ninth session, probes 263, 272, 300.)
 */
const STREET = new Set([...STREET_SUFFIX, 'office', 'location', 'campus', 'branch', 'site', 'shop', 'shops', 'station', 'pharmacy', 'drug', 'drugs', 'mall']);
const PLACE_CODE = new Set(['suite', 'ste', 'unit', 'room', 'rm', 'apt', 'building', 'bldg', 'floor', 'fl', 'gate', 'lot', 'bay', 'door', 'box', 'pod', 'wing', 'code', 'confirmation', 'conf', 'ref', 'reference', 'order', 'account', 'acct', 'invoice', 'claim', 'statement', 'ticket', 'case', 'id', 'receipt', 'no', 'number', 'booking', 'tracking', 'trk', 'request', 'req', 'piso', 'oficina', 'cuenta', 'factura', 'recibo', 'numero', 'fatura', 'conta', 'referencia', 'resi', 'kont', 'nimewo', 'ma', 'kod', 'so', 'codigo', 'kodigo', 'kod', 'activation', 'access', 'pin', 'exit', 'level', 'lvl', 'garage', 'deck', '주차장']);
/** A transit line's words, before or after its code ("bus B68", "the B68 bus", "Q58 line"; Spanish, Portuguese, Russian, Polish). */
const TRANSIT = folded(['bus', 'buses', 'train', 'trains', 'line', 'lines', 'route', 'routes', 'shuttle', 'express', 'subway', 'metro', 'autobus', 'autobús', 'autobuses', 'ônibus', 'autobusy', 'autobusem', 'linia', 'linii', 'автобус', 'автобусы', 'автобусе', 'автобусах', 'автобусом', 'маршрут', 'маршруты', 'линия', 'линии', 'поезд', 'поезда', 'метро', 'лінія', 'лінії', 'потяг', '巴士', '公交', '公车', '公車', '버스']);
/** "and", "or" of a list of lines in the languages whose joiners LIST_JOINERS does not hold. */
const TRANSIT_JOINERS = folded(['и', 'или', 'та', 'або', '或', '和', '及']);
const NUMBER_SUFFIX = new Set([
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'a', 'p', 'h', 'hr', 'hrs', 'min', 'mins', 'k', 'x', 'e', 'er', 'o', 'mo', 'mos', 'yo', 'wk', 'wks', 'yr', 'yrs', 'd', 'm', 'y',
  // Spanish ordinals ("2do piso", "1ra cita", "4to grado")
  'ro', 'do', 'to', 'vo', 'no', 'ra', 'da',
  // Somali's day of the month and ordinals ("Isniinta 25ka", "dabaqa 2aad"; thirty-seventh session, probe 875)
  'ka', 'aad', 'kii',
  // a floor written with its number ("213 Elizabeth St 3fl"; probe 889)
  'fl', 'flr',
]);
/** Labels of a phone number in other scripts, vouched for before its digits (Russian тел is also "bodies"). */
const PHONE_LABELS = new Set(['тел', 'телефон', 'ت', 'هاتف', '전화']);
/** The most common Chinese surnames (Simplified and Traditional), and what stands before or after a name in a notice. */
const CJK_SURNAMES = '李王张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴武戴莫孔汤湯伍温溫欧歐区區麦麥关關容';
/**
 * Characters of Chinese given names, simplified and traditional (the common characters of given names of
 * the last decades and of today's children's names: 伟, 秀, 子, 轩, 梓, 涵...), without those that also name
 * care or the body (心, 生, 康, 安). Read only after a common surname, in a run that is a name alone.
 */
const GIVEN_NAME_HAN = '伟偉芳娜敏静靜丽麗强強磊军軍洋勇艳艷杰傑娟涛濤明超秀英华華慧巧美淑惠珠翠雅芝玉萍红紅玲芬燕彩春菊兰蘭凤鳳洁潔梅琳素云雲莲蓮真雪荣榮爱愛霞香月媛瑞凡佳嘉琼瓊珍莉桂琦晶妍茜秋珊莎锦錦青倩婷婉瑾颖穎露瑶瑤怡仪儀荷丹蓉君琴蕊薇菁梦夢岚嵐婕馨韵韻园園艺藝咏詠卿聪聰毓悦悅昭冰爽茗羽希宁寧欣育筠柔竹凝晓曉欢歡霄枫楓芸菲伊亚亞宜可舒影刚剛毅俊峰平保东東文辉輝力永健世广廣志义義兴興良海山仁波贵貴福龙龍元国國胜勝学學祥才发發武新利清飞飛彬富顺順信子昌成星光天达達岩中茂进進林有坚堅彪博诚誠先敬震振会會思群豪邦承乐樂绍紹功松善厚庆慶民友裕河哲江浩亮政谦謙奇之翰朗伯宏言若鸣鳴朋斌栋棟维維启啟克伦倫翔旭鹏鵬泽澤晨辰士以建家致树樹德行时時泰盛雄琛钧鈞冠腾騰楠榕航弘轩軒梓涵然宇睿一诺諾雨桐晴卓皓宸奕铭銘逸煜昊佑萱琪彤语語诗詩汐沐墨亦依茹凯凱峻晟霖泓蓝藍';
const CJK_BEFORE_NAME = ['尊敬的', '亲爱的', '親愛的', '您好', '你好', '孩子', '小孩']; // (a child's name after 您的孩子: twenty-third session, probe 114)
const CJK_AFTER_NAME = ['您好', '你好', '太太', '同学', '同學', '小朋友', '的预约', '的預約', '的处方', '的處方'];
// (and 姑娘, as Cantonese calls a nurse: 約咗吳姑娘; forty-second session, probe 1147)
const CJK_TITLES = ['医生', '醫生', '先生', '女士', '小姐', '大夫', '护士', '護士', '老师', '老師', '太太', '医师', '醫師', '姑娘'];
/** What Cantonese puts after a surname to address someone, closing the greeting (何太, 陳生, 陳伯, 李姐, 王姨, 張叔; twenty-first session, probe 145). */
const CANTONESE_ADDRESS = '太生伯姐姨叔';
/** Words that address a sentence to everyone (a campaign, a notice, a list of services). */
const MARKERS = new Set([
  'everyone', 'anyone', 'anybody', 'patients', 'community', 'public', 'free', 'event', 'events', 'fair', 'month',
  'offering', 'offer', 'offers', 'services', 'adults', 'women', 'men', 'children', 'kids', 'families', 'people',
  'aged', 'ages', 'older', 'national', 'world', 'awareness', 'join', 'every', 'someone', 'tips', 'ways', 'newsletter',
  // a practice's tip to everyone ('KPCH tip: Long days + water glare = sunburn', 'Consejo del mes'; thirtieth session, probes 415-422)
  'tip', 'consejo',
  // where it is happening ("Measles cases have been reported in our county")
  'county', 'area', 'region', 'neighborhood', 'town', 'nationwide', 'statewide', 'schools',
  // a public alert and whom it warns ("Heat advisory today", "residents and outdoor workers"; probes 90-95)
  'advisory', 'advisories', 'residents', 'neighbors', 'workers', 'alerta',
  // ...and its name ("Heat Alert: heat index up to 112°F", "Cold snap alert", "Tornado warning for Cobb County"; twenty-second session)
  'alert', 'alerts', 'warning', 'warnings',
  // an outbreak's cases in a place ("Hay casos de dengue en Miami-Dade"; nineteenth session, probe 90)
  'cases', 'outbreak', 'outbreaks', 'casos', 'brote', 'brotes',
  // a season or the whole country ("pollen season", "1 in 10 Americans")
  'season', 'americans',
  // groups a campaign speaks to ("RSV protection for newborns and infants", "sports physicals for athletes"); not
  // "parents" ("parents are asked to wait in the lobby" of a teen's confidential visit)
  'infants', 'newborns', 'babies', 'toddlers', 'teens', 'teenagers', 'students', 'athletes', 'seniors', 'caregivers', 'grandparents',
  // a new provider announced to everyone ("Cedar Prairie welcomes Priya Raman, MD, board-certified in allergy & immunology");
  // not "certified" alone, which a signature writes with the specialty that is the patient's care ("Board Certified,
  // Rheumatology" under a reminder; thirty-fourth session, probe 680)
  'welcomes',
  // the same in Spanish, folded ("feria de salud gratuita para toda la comunidad", "este mes")
  'todos', 'todas', 'toda', 'comunidad', 'gratis', 'gratuito', 'gratuita', 'gratuitos', 'gratuitas', 'feria', 'evento', 'eventos',
  'mes', 'familias', 'publico', 'vecinos', 'adultos', 'mujeres', 'hombres', 'ninos', 'jovenes', 'personas', 'pacientes',
  'temporada', 'condado', 'escuelas', 'estudiantes', 'ofrecemos', 'consejos', 'nacional', 'mundial',
  // Portuguese, Polish, Tagalog, Haitian Creole and Russian, folded ("vacina da gripe grátis para toda a comunidade"; not
  // "feira", the fair, which ends every weekday: "terça-feira"; nor "we invite", which reminders say too:
  // "zapraszamy na wizytę"; nor Haitian "fwa", also "times" of a dose: "2 fwa pa jou"),
  // "bezpłatne szczepienia dla wszystkich", "libreng bakuna para sa lahat", "vaksen gratis pou tout moun", "прививка бесплатно для всех")
  'comunidade', 'gratuitas', 'criancas', 'vizinhos', 'campanha', 'escolas', 'alunos', 'dicas', 'oferecemos',
  'wszystkich', 'wszyscy', 'bezplatne', 'bezplatny', 'bezplatna', 'bezplatnie', 'bezplatnych', 'spolecznosci', 'mieszkancow', 'rodzin', 'dzieci', 'doroslych', 'akcja', 'kampania',
  'lahat', 'libre', 'libreng', 'komunidad', 'kabataan', 'kampanya',
  'moun', 'kominote', 'fanmi', 'timoun', 'kanpay',
  // and Ukrainian ("безкоштовне щеплення для всіх"; thirty-third session)
  ...folded(['сезон', 'сезону', 'всіх', 'безкоштовно', 'безкоштовна', 'безкоштовний', 'безкоштовні', 'безкоштовне', 'безкоштовну', 'мешканців', 'родин', 'дорослих', 'ярмарок', 'акція', 'кампанія', 'громади', 'громада']),
  'всех', 'бесплатно', 'бесплатная', 'бесплатный', 'бесплатные', 'бесплатной', 'бесплатную', 'жителей', 'семей', 'детей', 'взрослых', 'ярмарка', 'ярмарке', 'акция', 'кампания',
  // a campaign's month and its awareness, as "month" and "awareness" ("Ноябрь — месяц осведомлённости о диабете"; thirty-fourth session)
  ...folded(['месяц', 'месяца', 'місяць', 'місяця', 'осведомлённости', 'информированности', 'обізнаності']),
  // ...and the patients at large ("покрываются Medicare для большинства пациентов"; forty-ninth session, probe 1436), as "patients"
  ...folded(['пациентов', 'пацієнтів']),
  // Somali ("Tallaalka hargabka waa bilaash qof kasta", "dhammaan bulshada"; thirty-fifth session): free, everyone, all, the
  // community, families, children, the public, an event
  'bilaash', 'dhammaan', 'bulshada', 'bulsho', 'qoysaska', 'carruurta', 'dadweynaha', 'munaasabad', 'xaflad',
  // French ("Vaccin contre la grippe gratuit pour tous", "toute la communauté"; forty-second session): free, all, everyone, the
  // community, families, children, the public, an event, a day, the month and awareness of a campaign
  ...folded(['gratuit', 'gratuite', 'gratuits', 'gratuites', 'tous', 'toutes', 'communauté', 'familles', 'enfants', 'événement', 'journée', 'mois', 'sensibilisation']),
  // ...and a week's awareness ("toddobaadka wacyigelinta qaaxada (TB)"; thirty-sixth session, probe 767)
  'wacyigelinta', 'wacyigelin',
]);
/** Words before "month" (and before a time word after a term: TIME_TOPIC) that make it a length of time, not a campaign's month. */
const DURATION_BEFORE = new Set(['a', 'one', 'per', 'next', 'last', 'each', 'every', 'another', 'that', 'this', 'un', 'una', 'cada', 'proximo', 'otro', 'al', 'por', 'este']);
/** Words after "every" that make it a schedule. */
const EVERY_TIME = new Set(['day', 'days', 'morning', 'mornings', 'night', 'nights', 'evening', 'week', 'weeks', 'hour', 'hours', 'other', 'few', 'time', 'meal', 'month', 'year',
  // a weekday ("gonorrhoea clinic every Tuesday": the patient's schedule as much as a clinic's; twenty-first session)
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'weekday', 'weekend']);
const TODO_ARTICLES = new Set(['los', 'las', 'la', 'el']);
/** Spanish times after "todos los", "toda la" (folded), with the weekdays: a schedule, as EVERY_TIME's. */
const TODO_TIME = new Set(['dias', 'noches', 'mananas', 'tardes', 'semanas', 'meses', 'anos', 'noche', 'manana', 'tarde', 'semana', 'dia', 'vida', 'comidas', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabados', 'domingos', 'horas']);
/** A visit after "every", next or after one word: the patient's schedule ("before every dental appointment"; twenty-fifth session, probe 194). */
const EVERY_VISIT = new Set(['appointment', 'appointments', 'appt', 'appts', 'visit', 'visits', 'session', 'sessions', 'cleaning', 'cleanings', 'checkup', 'dose', 'doses']);
function everyVisit(w: number, words: number, wordText: (w: number) => string): boolean {
  return EVERY_VISIT.has(wordText(w + 1)) || (w + 2 < words && wSent[w + 2] === wSent[w] && EVERY_VISIT.has(wordText(w + 2)));
}
/** Words after "community" or "event" that make it a place's name, not an audience or a campaign ("our community clinic, 2nd floor", "event center entrance"). */
const COMMUNITY_PLACE = new Set(['clinic', 'clinics', 'health', 'hospital', 'center', 'centre', 'medical', 'care', 'pharmacy', 'room', 'hall', 'space']);
/** Words after "free" that make it a benefit of the patient's, not a campaign's offer ("Free ride to the ... clinic Tuesday 9am"). */
const FREE_BENEFIT = new Set(['ride', 'rides', 'parking', 'transportation', 'transport', 'shuttle', 'lyft', 'uber', 'taxi', 'cab', 'wifi', 'interpreter', 'interpreting']);

/**
 * Word w is an hour of the clock, alone ("Tue 9am", "at 6:30 PM"): an appointment's time, not an event's
 * hours ("10am-2pm", "1-4 PM", "9am to noon"). A sentence with one is the patient's, not a campaign's
 * ("Kids knees check Tue 9am"; twenty-first session, a sweep of topic words beside campaign words).
 */
function clockAt(p: Prepared, w: number, words: number, wordText: (w: number) => string): boolean {
  const hour = wKind[w] === KIND_MIXED ? /^\d{1,2}(?:am|pm)$/.test(wordText(w)) : wKind[w] === KIND_DIGITS && w + 1 < words && wSent[w + 1] === wSent[w] && (wordText(w + 1) === 'am' || wordText(w + 1) === 'pm');
  if (!hour) return false;
  const start = origStart(p, p.pos[wS[w]!]!);
  return !CLOCK_RANGE.test(p.text.slice(Math.max(0, start - 12), start + 16));
}
/**
 * The sentence from word w names an event its hour is the start of ("Join our free community workshop on managing
 * stress, May 15 at 6pm"; twenty-seventh session, probe 216), not a visit ("Kids knees check Tue 9am").
 */
function eventSentence(w: number, words: number, wordText: (w: number) => string): boolean {
  for (let k = w; k < words && wSent[k] === wSent[w]; k++) if (EVENT_NOUNS.has(wordText(k))) return true;
  return false;
}
// (and a campaign's day: "Free foot screening day Sat 11/15, 10am-2pm", "Back-to-School Vaccine Days"; thirtieth session, a sweep of health fairs)
const EVENT_NOUNS = new Set(['workshop', 'workshops', 'seminar', 'seminars', 'webinar', 'webinars', 'fair', 'festival', 'lecture', 'talk', 'celebration', 'party', 'potluck', 'picnic', 'drive', 'walk', 'run', 'taller', 'charla', 'feria', 'day', 'days']);
/** An hour in a range of hours: a dash, "to" or "until" (Spanish "a", "hasta") between two times, or an hour before noon. */
const CLOCK_RANGE = /\d *(?:[ap]\.?m\.?)? *(?:[-\u2013\u2014]|to|until|till|a|hasta) *(?:\d|noon|midnight|mediod[ií]a)/i;

/** A marker word that here tells a length of time, a schedule or what a bill is for, not who is addressed. */
function timeNotAudience(w: number, words: number, wordText: (w: number) => string): boolean {
  const t = wordText(w);
  // nor a supply or an interval ("3-month supply", "Truvada refill this month": twenty-first session, probe 145)
  // (nor a month counted: "CPAP rental month 7 of 13"; forty-third session, probe 1188)
  if (t === 'month' || t === 'mes') return (w > 0 && (DURATION_BEFORE.has(wordText(w - 1)) || wKind[w - 1] === KIND_DIGITS)) || (w + 1 < words && wKind[w + 1] === KIND_DIGITS && wSent[w + 1] === wSent[w]);
  if (t === 'every') return w + 1 < words && (EVERY_TIME.has(wordText(w + 1)) || wKind[w + 1] === KIND_DIGITS || everyVisit(w, words, wordText)); // "every 2-3 hrs"
  // Spanish "todos los días", "toda la noche", "todas las mañanas", as "every" (thirty-ninth session, probe 892: "Recuerde cambiar el vendaje todos los días")
  if (t === 'todos' || t === 'todas' || t === 'toda') return w + 2 < words && TODO_ARTICLES.has(wordText(w + 1)) && TODO_TIME.has(wordText(w + 2));
  if (t === 'community' || t === 'event' || t === 'events') return w + 1 < words && COMMUNITY_PLACE.has(wordText(w + 1));
  if (t === 'free') return w + 1 < words && FREE_BENEFIT.has(wordText(w + 1));
  // "Statement for counseling services", "billed for recovery services"; nor a unit's name in capitals on a bill's line
  // ("Physical Therapy Services - 8 visits"; fifty-first session, probe 1506)
  if (t === 'services') return (w > 1 && wordText(w - 2) === 'for') || (w > 2 && wordText(w - 3) === 'for') || unitServices(w);
  // nor the ages asked of someone's relatives ("bring names & ages of relatives who had cancer"; thirty-seventh session, probe 871)
  if (t === 'ages') return w + 1 < words && wordText(w + 1) === 'of';
  return false;
}
/** "Services" capitalized after a capitalized word of its sentence, in a sentence with a number: a care unit's name on a line of a bill or a schedule. */
function unitServices(w: number): boolean {
  const p = curP!;
  if (w === 0 || wSent[w - 1] !== wSent[w] || !capitalized(p, w) || !capitalized(p, w - 1)) return false;
  for (let k = w + 1; k < curWords && wSent[k] === wSent[w]; k++) if (wKind[k] === KIND_DIGITS) return true;
  return false;
}
/**
 * "Harbor Women's Health", "the women's clinic", "South Side Children's Asthma Program", "Kids' Diabetes Program": a group
 * written as the owner of a place or a program names its care, not its audience ("open to all women 40+", "free checks for
 * kids"; thirtieth session, probe 450 and the held-in corpus): the word followed by an apostrophe.
 */
function possessiveGroup(p: Prepared, w: number): boolean {
  const c = charAfter(p, w);
  return (c === 39 || c === 0x2019) && GROUPS.has(wordText(w));
}
const GROUPS = new Set(['women', 'men', 'children', 'kids', 'teens']); // not athletes' or babies' teeth, a campaign's
/**
 * A place's word written in a name that goes on ("Kern County Asthma Clinic: appt Tue at 9am", "Capital Area Geriatric House
 * Calls"): the name of a place of care, not where a campaign's news happens ("measles cases in Kern County", "in our
 * county"). Thirtieth session: "Kern County" had addressed a clinic's reminder to everyone and dropped its care word.
 */
function placeNamePart(p: Prepared, w: number, words: number): boolean {
  return PLACE_MARKERS.has(wordText(w)) && capitalized(p, w) && w + 1 < words && wSent[w + 1] === wSent[w] && capitalized(p, w + 1) && separatedBy(p, curF, w, ' ');
}
const PLACE_MARKERS = new Set(['county', 'area', 'region', 'town', 'neighborhood', 'condado']); // not "National HIV Testing Day", a campaign's

/**
 * Words that tie a sentence to the patient, by language: "you", "your"; Spanish "su presión", "usted",
 * "tus resultados" ("su" is also "his" or "her", which ties too); Portuguese, Polish, Tagalog, Haitian
 * Creole and Russian ("sua pressão", "Pani wynik", "ang presyon mo", "tansyon ou", "ваше давление"):
 * the words for "you" and "your", formal and familiar. Polish "Państwo" (the polite plural a mailing
 * opens with) is not one. A word ties only in a text read in its language: Polish "pan" is Spanish
 * bread ("arroz y pan"), Tagalog "ka" and Spanish "te" are Haitian "can" and the past ("Tout moun ka
 * vini", "nou te"), Haitian "ou" is Portuguese "or", and "6 mo and up" is not Tagalog "mo".
 */
const TIES_BY_LANGUAGE: Partial<Record<keyof typeof LANGUAGE_BITS, string[]>> = {
  en: ['you', 'your', 'yours', 'yourself', 'u', 'ur', 'youre', 'youve', 'youll'],
  es: ['usted', 'su', 'sus', 'tu', 'tus', 'te', 'ti'],
  pt: ['voce', 'voces', 'seu', 'sua', 'seus', 'suas', 'teu', 'tua', 'teus', 'tuas', 'lhe', 'senhor', 'senhora'],
  pl: ['pan', 'pani', 'pana', 'panu', 'pania', 'panem', 'twoj', 'twoja', 'twoje', 'twojego', 'twojej', 'twoim', 'ciebie', 'tobie', 'cie', 'ci'],
  tl: ['mo', 'ninyo', 'nyo', 'inyong', 'iyong', 'ka', 'ikaw', 'kayo'],
  ht: ['ou', 'w'],
  uk: ['ви', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваші', 'вашого', 'вашої', 'вашому', 'вашим', 'ваших', 'вашу', 'вашою', 'ти', 'тебе', 'тобі', 'твій', 'твоя', 'твоє', 'твої', 'твого', 'твоєї'],
  ru: ['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'вашему', 'вашим', 'ваших', 'вашу', 'ты', 'тебя', 'тебе', 'твой', 'твоя', 'твое', 'твои', 'твоего', 'твоей'],
  // Somali's "you" and "your" standing alone; suffixed to a noun ("ballantaada", your appointment) they are read by SOMALI_YOUR
  so: ['adiga', 'adigu', 'aad', 'kaaga', 'taada', 'kuwaaga', 'idinka', 'idinku', 'kiinna', 'tiinna', 'kiina', 'tiina'],
  // French's "you" and "your", formal and familiar (forty-second session)
  fr: ['vous', 'votre', 'vos', 'tu', 'toi', 'te', 'ton', 'ta', 'tes'],
};
/** Somali "your" (and "you all"'s) suffixed to a noun, with or without its doubled vowels ("ilmahaaga", "natiijadaada", "ballantaada"). */
const SOMALI_YOUR = /(?:aaga|aada|aagu|aadu|iinna|iina|kaga|tada)$/;
/** "Comes", whose ending is "your"'s ("qof kasta oo yimaada", everyone who comes; thirty-sixth session, a held-in campaign). */
const SOMALI_COMES = new Set(['yimaada', 'timaada', 'imaada']);
/** MARKERS (bit 1), ties (their language's bit, shifted one up) and titles (TITLE_WORD) as a trie over skeleton symbols. */
const SENTENCE_WORDS = new Lexicon();
for (const m of MARKERS) SENTENCE_WORDS.add(m, 1);
for (const [language, ties] of Object.entries(TIES_BY_LANGUAGE)) for (const t of ties) SENTENCE_WORDS.add(t, LANGUAGE_BITS[language as keyof typeof LANGUAGE_BITS] << 1);
/** A person's title (bit TITLE_WORD of SENTENCE_WORDS): in a mass mailing, a sentence with one is someone's ("Walkers for Ms. Reyes"). */
const TITLE_WORD = 1 << 24;
for (const t of ['mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta']) SENTENCE_WORDS.add(t, TITLE_WORD);
/** A Russian patronymic ("Петрович", "Ивановна", and as declined: "Семёна Абрамовича"): after a capitalized word, the two are a person's name and patronymic. */
const PATRONYMIC = /[А-ЯЁ][а-яё]+(?:(?:ович|евич)(?:а|у|ем|е)?|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой))(?![А-Яа-яЁё])/y;
function patronymic(p: Prepared, w: number): boolean {
  PATRONYMIC.lastIndex = origStart(p, p.pos[wS[w]!]!);
  return PATRONYMIC.test(p.text);
}
/**
 * A Ukrainian surname by its ending, as declined ("Бондаренко", "пані Ковальчук", "у лікаря Шевчука"):
 * -енко, -чук, -щук, -юк are names, not words of any list (thirty-third session).
 */
const UKRAINIAN_SURNAME = /[А-ЯІЇЄҐ][а-яіїєґʼ]+(?:енк(?:о|а|у|ові|ом)|[чщ]ук(?:а|у|ові|ом)?|юк(?:а|у|ові|ом)?)(?![а-яіїєґʼА-ЯІЇЄҐ])/y;
function ukrainianSurname(p: Prepared, w: number): boolean {
  UKRAINIAN_SURNAME.lastIndex = origStart(p, p.pos[wS[w]!]!);
  return UKRAINIAN_SURNAME.test(p.text);
}
const CAPITAL = /\p{Lu}/uy;
/**
 * A text tagged with a language the test does not cover that is written in English all the same: three words in four or more
 * are English ones (or the practice's own names), at least six of them. Apps tag a patient's preferred language on every
 * message, and an English reminder opened with a Cherokee, Ojibwe or Tongan greeting ("Osiyo! Reminder: your appt is Tues
 * 4/8 at 10:00 AM") had been doubted word by word (fiftieth session: 17 such texts of probes 1415, 1448, 1459 and 1465). The
 * English words are read as English; the greeting and every other word stay doubted unless vetted, so a text in the
 * uncovered language itself (where an English word is the odd one out) is still not vouched for.
 */
function readsAsEnglish(o: VouchOptions, words: number): boolean {
  let english = 0;
  let counted = 0;
  for (let w = 0; w < words; w++) {
    const kind = wKind[w]!;
    if (kind === KIND_DIGITS || wE[w] === wS[w]) continue;
    counted++;
    const m = wMask[w]!;
    if ((m > 0 && (m & EN) !== 0) || (o.extra !== null && kind === KIND_LETTERS && latinBits(o.extra, curP!.sym, wS[w]!, wE[w]!) !== 0)) english++;
  }
  return english >= 6 && english * 4 >= counted * 3;
}
function capitalized(p: Prepared, w: number): boolean {
  CAPITAL.lastIndex = origStart(p, p.pos[wS[w]!]!);
  return CAPITAL.test(p.text);
}
/**
 * Arabic "noon" after an hour ("من ١٠ الصبح لـ ٢ الظهر"; the word is also "the back") and "suite" before its
 * number ("جناح 210"; also a hospital's wing): the clock and the address (twenty-fifth session, probes 108-174).
 */
const ARABIC_NOON = new Set(folded(['الظهر', 'الضهر', 'ظهر']));
const ARABIC_SUITE = new Set(folded(['جناح']));
function arabicClock(t: string, w: number, words: number): boolean {
  if (ARABIC_NOON.has(t)) return w > 0 && wSent[w - 1] === wSent[w] && wKind[w - 1] === KIND_DIGITS;
  return ARABIC_SUITE.has(t) && w + 1 < words && wKind[w + 1] === KIND_DIGITS;
}
/** The honorific 님 after a name, alone or with its particle (박정민님께, 김민지님의). */
const HONORIFIC_FORMS = [...folded(['님', '님께', '님께서', '님의', '님은', '님이', '님을', '님도', '님과', '님에게'])];
/** Roots of care that make a title of the word before 님, not a name (상담사님: the counselor; 물리치료사님: the physical therapist). */
export const CARE_TITLE_ROOTS = [...folded(['상담', '치료', '심리', '재활', '정신', '중독', '산부인', '간병'])];

/** A name with its honorific (박정민님께), not a title of care (상담사님과). */
const honoredName = (t: string): boolean => HONORIFIC_FORMS.some((h) => t.endsWith(h)) && !CARE_TITLE_ROOTS.some((r) => t.includes(r));
const AFTER_NAME = folded(['선생님', '씨', '님', '원장', '교수', '박사', '간호사', '약사', '어르신', '어르신께']); // (a doctor's title after the name: "조대현 원장님"; thirty-first session, probe 478; an elder's: "김순자 어르신께", thirty-eighth session, probe 931)
/**
 * What follows a child's given name in Korean ("서윤 어린이 진료 예약"; twenty-third session, probe 170): a name
 * only when each of its two or three syllables is a common syllable of given names, as "천식 어린이" (an
 * asthmatic child) and "자폐 어린이" (an autistic child) are not; or a surname and two of them ("김지우 어린이의 예약";
 * thirty-ninth session, probe 1001).
 */
const AFTER_CHILD_NAME = [...folded(['어린이', '학생'])];
const KOREAN_GIVEN_SYLLABLES = new Set('민서지현준수우영진예윤하은연도성주아유원재정훈혜소나채다시희경동승호태상석빈한건리린율온가인규찬혁기용철미선숙순화옥명종환범광일효람별솔결슬봄해세라겸안록열웅택형');
const koreanGivenName = (written: string): boolean => /^[\uac00-\ud7a3]{2,3}$/.test(written) && [...written].every((c) => KOREAN_GIVEN_SYLLABLES.has(c));
/** Common Korean surnames, one syllable each. */
const KOREAN_SURNAMES = new Set('김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용');
/**
 * A staff member's full name in a name's place ("AKMG 프론트 이지연 드림", "수납팀 오경훈 매니저에게", "문의 703-555-0143 (오경훈)";
 * thirty-ninth session, probe 986): a surname and two syllables of given names, signing off (드림, 올림), before a staff title,
 * after a desk's or a team's word, or alone in brackets.
 */
const KOREAN_SIGN_OFF = [...folded(['드림', '올림', '매니저', '팀장', '실장', '코디네이터', '직원'])];
const KOREAN_DESK = new Set(folded(['프론트', '데스크', '수납팀', '접수', '접수처', '담당', '담당자', '대표원장', '원무과']));
/** A surname and two syllables of given names ("이지연", "최민준"). */
const koreanFullName = (written: string): boolean => /^[\uac00-\ud7a3]{3}$/.test(written) && KOREAN_SURNAMES.has(written[0]!) && KOREAN_GIVEN_SYLLABLES.has(written[1]!) && KOREAN_GIVEN_SYLLABLES.has(written[2]!);
function koreanStaffName(p: Prepared, w: number, before: string, after: string): boolean {
  const written = writtenAs(p, w);
  if (!koreanFullName(written)) return false;
  if (KOREAN_SIGN_OFF.some((a) => after.startsWith(a)) || KOREAN_DESK.has(before)) return true;
  const at = origStart(p, p.pos[wS[w]!]!);
  return p.text[at - 1] === '(' && p.text[at + 3] === ')';
}
const TIES = new Set(TIES_BY_LANGUAGE.en);
/** Words before a street's letter (Avenue U, Ave U), which is not "you". */
const STREET_BEFORE_LETTER = new Set(['avenue', 'ave', 'av', 'street', 'st', 'road', 'rd', 'lane', 'ln']);
/** Word w is a street's letter U, not "you" ("2160 Avenue U, Brooklyn"; twenty-third session, probe 168). */
const streetLetter = (w: number): boolean => wordText(w) === 'u' && w > 0 && wSent[w - 1] === wSent[w] && STREET_BEFORE_LETTER.has(wordText(w - 1));
/** Words after "your"/"you" that keep the sentence addressed to everyone ("bring your family", "you or someone you know", "traiga a su familia"). */
/** ...of which these are the reader's own people ("your family": `Sentences.plain`). */
const KIN = new Set(['family', 'families', 'household', 'kids', 'children', 'teens', 'teenagers', 'loved', 'familia', 'hijos', 'seres']);
const TIE_EXCEPTIONS = new Set(['family', 'families', 'household', 'friends', 'kids', 'children', 'teens', 'teenagers', 'loved', 'community', 'neighbors', 'or', 'and', 'know', 'next', 'wait', 'familia', 'hijos', 'seres', 'vecinos', 'o', 'y']);

/** Scratch, one entry per word of the last text. */
let cap = 0;
let wS = new Int32Array(0); // skeleton start
let wE = new Int32Array(0); // skeleton end (inclusive)
let wMask = new Int32Array(0); // lexicon bits (Latin letter words) or -1 (other words)
let wKind = new Uint8Array(0); // KIND_*
let wOk = new Uint8Array(0); // 1 vouched
let wSent = new Int32Array(0); // sentence index
let sColon = new Uint8Array(0); // per sentence: 1 when it follows a colon ("Adults 50 and older: the shingles vaccine...")
let sQuestion = new Uint8Array(0); // per sentence: 1 when it ends with a question mark
const COUNTS = new Int32Array(32);
const KIND_LETTERS = 0;
const KIND_DIGITS = 1;
const KIND_MIXED = 2;
const KIND_OTHER = 3;
/** Skeleton symbols of letters (a = 0). */
const SYM_M = 12;
const SYM_Y = 24;
const SYM_I = 8;
const SYM_F = 5;
const SYM_H = 7;
const SYM_S = 18;
const SYM_C = 2;
const SYM_T = 19;

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(64, n * 2);
  wS = new Int32Array(cap);
  wE = new Int32Array(cap);
  wMask = new Int32Array(cap);
  wKind = new Uint8Array(cap);
  wOk = new Uint8Array(cap);
  wSent = new Int32Array(cap);
  sColon = new Uint8Array(cap);
  sQuestion = new Uint8Array(cap);
}

export interface VouchOptions {
  lexicon: Lexicon;
  /** The bundle's vetted words (any language), or null. */
  extra: Lexicon | null;
  /** message.language, when given. */
  language?: string | undefined;
  /** languageBit(language): 0 when the language is not covered. */
  languageBit?: number;
  /** The language detected in the rest of the message (a subject is read in its body's language when it has too few words to tell): a language bit or 0. */
  detectedElsewhere?: number;
  /** Folded spans vouched for as a whole (the bundle's vetted phrases). */
  vouchedSpans: { n: number; s: Int32Array; e: Int32Array };
  /** Near-miss vouching of long administrative words ("apointment"), unless the word is near a sensitive term. */
  nearAdministrative: (word: string) => boolean;
  /** The vetted names' words by sound, read in Arabic, Cyrillic and Hangul letters (transliteration.ts), or null. */
  soundNames: SoundNames | null;
  /** The credentials signed after a provider's name that reveal no care (practiceCredentials()). */
  credentials: ReadonlySet<string>;
  /** The body is a mailing to everyone (`VouchResult.mailing`): its subject line is read as the campaign's title. */
  campaignElsewhere?: boolean;
}

export interface VouchResult {
  /** Number of words. */
  words: number;
  /**
   * The sentence of folded span [start, end) is addressed to everyone by its own words, not only by
   * the span's (computed on first use); never inside a link, which is the patient's own. A procedure
   * (`screened`) is also general content after "screening" in any sentence of a campaign.
   */
  generalAt: (start: number, end: number, screened: boolean) => boolean;
  /** The covered language besides English the text was read in (its bit), 0 for English alone. */
  language: number;
  /**
   * Folded span [start, end) is one word of the text's other language, written with that language's
   * letters outside ASCII and vouched for in it, in a text given that language or with more of its
   * words than this one ("THÔNG BÁO BẢO MẬT": Vietnamese "confidential", whose letters spell MAT).
   */
  ownWordAt: (start: number, end: number) => boolean;
  /** Folded span [start, end) is a provider's credential signed after the name ("Rachel Okafor, DPT"): no vaccine's name. */
  credentialAt: (start: number, end: number) => boolean;
  /** The text is a mailing to everyone: a campaign opened in it, with an unsubscribe footer or a greeting to a group (computed on call). */
  mailing: () => boolean;
  /**
   * Folded offset start is in a plain sentence of a mass mailing to everyone (`Sentences.plain`), not in a link nor in a
   * care's own audience ("our patients with diabetes"), in a mailing greeting no one by name. With `uncounted`, the
   * sentence also holds no number (for a sensitivity code: "this Tuesday's support circle meets in Room 3A").
   */
  plainAt: (start: number, end: number, uncounted: boolean) => boolean;
  /** Folded offset start is in a link's path (after its host), where a campaign names its page ("harborpointfm.net/naloxone"). */
  pathAt: (start: number, end: number) => boolean;
}

/** Character code of folded index i (punctuation and spaces as written; letters may keep their case). */
function codeAt(p: Prepared, f: string | null, i: number): number {
  if (i < 0 || i >= p.flen) return -1;
  return p.ascii ? p.text.charCodeAt(i) : f === null ? p.fcode[i]! : f.charCodeAt(i);
}

/**
 * Find the words that cannot be vouched for and call emit(start, end) (folded offsets) for each run
 * of them. Returns the sentences and which of them are addressed to everyone.
 */
// The text being vouched for (vouch() is not re-entrant; classification is synchronous).
let curP: Prepared | null = null;
let curF: string | null = null;
let curWords = 0;
let curSentences = 0;
let curLinks: Links | null = null;
let curLexicon: Lexicon | null = null;
/** Whether the text is read as Spanish (its excluded words are then no names either: "la clase de Peso Saludable"). */
let curSpanish = false;
/** The language bits the last text is read in (English and its language): the words for "you" that tie its sentences. */
let curAllowed = 0;
/** The text was given its language, or more than one word of it was found (vouch step 3). */
let curLanguageSure = false;
/** The spans of the phrases vouched for in the last text (vouch options). */
let curVouched: VouchOptions['vouchedSpans'] | null = null;
/**
 * The last text speaks of the patient's own results ("your test came back"): then no term of it is
 * general content, however its sentence is addressed ("Cases of chlamydia are up in our county; your
 * test came back"; nineteenth session).
 */
let curOwnResults = false;
/** The text is the subject line of a mailing to everyone (VouchOptions.campaignElsewhere). */
let curCampaignElsewhere = false;
/** The bundle's vetted words of the last text (vouch options). */
let curExtra: Lexicon | null = null;
/** Per sentence: `addressed` to everyone by its own words, `general` also by the campaign it is part of, `untied` to the patient. */
interface Sentences {
  addressed: boolean[];
  /** Folded offsets of the marker words of each sentence that has any (a list of services counts as none: undefined). */
  markers: (number[] | undefined)[];
  general: boolean[];
  untied: boolean[];
  /** A line listing services ("Family Medicine - Pediatrics - Memory Clinic"): three items or more, and no digits (not a reminder's "Tue - 10 AM - Memory Clinic"). */
  services: boolean[];
  /** A sentence of a mass mailing to everyone that says "you" to no one, names no one and holds no date or number (`everyones` below). */
  bare: boolean[];
  /**
   * A `bare` sentence that says "your family" to no one either ("About 1 in 3 adults in your family has diabetes"):
   * in a mailing to everyone, a vocabulary term there is the campaign's, not the patient's (`VouchResult.plainAt`).
   * `plainUncounted`: and it holds no number that is no tip's amount.
   */
  plain: boolean[];
  plainUncounted: boolean[];
  /** The text is a mailing to everyone (`VouchResult.mailing`). */
  mailing: boolean;
}
let sentenceCache: Sentences | null = null;

/** Word w of the current text, folded. */
/** The skeleton's letters and digits from position k on (at most max), up to a letter of another script. */
function skeletonAfter(p: Prepared, k: number, max: number): string {
  let s = '';
  for (let i = k; i < p.n && s.length < max; i++) {
    const c = p.sym[i]!;
    if (c >= SENTINEL) break;
    s += String.fromCharCode(c < 26 ? 97 + c : 22 + c); // a-z, then 0-9
  }
  return s;
}
function wordText(w: number): string {
  const p = curP!;
  const a = p.pos[wS[w]!]!;
  const b = p.pos[wE[w]!]! + 1;
  return curF !== null ? curF.slice(a, b) : p.text.slice(a, b).toLowerCase();
}
function analysed(): Sentences {
  return (sentenceCache ??= analyseSentences(curP!, curWords, curSentences, wordText));
}
/** Sentence sn is addressed to everyone by a word outside [start, end) ("Tell me about mental health services" is not: its marker is the term's own word). */
function addressedAround(sn: number, start: number, end: number): boolean {
  const a = analysed();
  if (!a.addressed[sn]!) return false;
  const at = a.markers[sn];
  return at === undefined || at.some((i) => i < start || (i >= end && !servicesNamed(i, end)));
}
/**
 * A marker right after the term that is part of the care's own name, not an audience: "services" ("HIV Services: appt Mon",
 * "Appt Mon. HIV Services" had passed as content addressed to everyone; twenty-ninth session, found beside probe 404's "Autism
 * Services"), or any marker before a program's word ("HIV Kids Program", "Methadone Community Clinic"; not "HIV Awareness Month").
 */
const CARE_UNIT_AFTER = /^[a-z']+(?:'s)? +(?:program|programs|clinic|clinics|center|centre|group|groups|team|unit|services)\b/;
function servicesNamed(i: number, end: number): boolean {
  if (i - end > 3) return false;
  const f = foldedText(curP!);
  if (!/^[ &-]*$/.test(f.slice(end, i))) return false;
  return f.startsWith('service', i) || CARE_UNIT_AFTER.test(f.slice(i, i + 40)) || UNIT_GROUP_AFTER.test(f.slice(i, i + 12));
}
/** A group right after the term, joined by spaces only, names the unit ("Depto: SALUD MENTAL ADULTOS"; thirty-fourth session, probe 682). */
const UNIT_GROUP_AFTER = /^(?:adults|adultos|kids|children|ninos|teens|women|mujeres|men|hombres|seniors)\b/;
function generalOf(sn: number): boolean {
  return analysed().general[sn]!;
}
function untiedOf(sn: number): boolean {
  return analysed().untied[sn]!;
}
function servicesOf(sn: number): boolean {
  return analysed().services[sn]!;
}
/**
 * Sentence sn of a mass mailing (an unsubscribe footer, a greeting to a group or a campaign's opening) that
 * says "you" to no one, names no one and holds no date or number: a newsletter's news ("Ferris wheel rides,
 * and walkers are welcome"). The ordinary words en-excluded.txt keeps out of the common list are vouched
 * for there as a campaign's topics are (nineteenth session: 42 of the 43 English emails the blind probes
 * 90-104 over-blocked were such mailings); a vocabulary term is still a finding, and a sentence that says
 * "your" ("P.S. Your son's cast comes off Tuesday") is not one, whatever its greeting.
 */
function bareOf(sn: number): boolean {
  return analysed().bare[sn]!;
}
/**
 * A rule for anyone who comes in, said as a condition ("If you have a cough, fever or cold symptoms, please
 * wear a mask", "If you or your child has a fever, please reschedule"; blind probe 125's reminders): a
 * sentence that opens with "if" and someone ("you", "anyone", "your child") and asks for a mask, to stay
 * home or to reschedule. The ordinary words en-excluded.txt keeps out of the common list are vouched for
 * there; a vocabulary term is still a finding. Read once per sentence of the last text.
 */
const RULE_ASKS = new Set(['mask', 'masks', 'reschedule', 'home', 'rebook', 'mascarilla', 'cubrebocas', 'tapabocas', 'reprogramar', 'reprogramarla', 'reprogramarlo', 'reprograme', 'casa', 'cambiarla', 'cambiarlo']); // ("por favor llámenos para cambiarla"; forty-eighth session, probe 1404)
/**
 * The same rule in Spanish, opened by "si" and someone, said or in the verb ("Si tiene fiebre o síntomas de gripe, llámenos antes de
 * venir", "Si usted o su hijo tiene tos, use cubrebocas"; forty-seventh session, probe 1389): the ordinary words es-excluded.txt keeps
 * out of the common list are vouched for there as English's are.
 */
const RULE_WHO_ES = new Set(['tiene', 'usted', 'alguien', 'ese', 'esta', 'presenta', 'siente', 'su', 'tu', 'tienes']);
const CALL_ES = new Set(['llamenos', 'llame', 'llamarnos', 'llamanos', 'llamar', 'avisenos', 'avisarnos']);
const RULE_WHO = new Set(['you', 'u', 'anyone', 'anybody', 'someone']);
/** Whose the rule may also be, after "your", "a" or "any" ("If your child has...", "If a family member..."); not "If your fever comes back". */
const RULE_WHOSE = new Set(['child', 'children', 'kid', 'kids', 'family', 'household', 'visitor', 'visitors', 'guest', 'guests', 'companion', 'sibling', 'siblings', 'member']);
const VISIT_NOUNS = new Set(['visit', 'appointment', 'appt']);
let curRules: Int8Array = new Int8Array(64);
let curRulesRead = false;
/**
 * A sentence of a visitors' rule, or one beside it: a short question that opens it ("Feeling sick? If you have a fever, cough or
 * other cold or flu symptoms, please call us to reschedule") or a word on rescheduling after it ("There's no fee for rescheduling
 * because you're ill"; forty-first session, probe 1066's reminder).
 */
function visitorRule(sn: number, words: number): boolean {
  if (ruleSentence(sn, words)) return true;
  // (read once per sentence, as the rule itself is: most sentences have no rule beside them)
  if (curNear[sn] === -1) {
    const opens = sn + 1 < curSentences && ruleSentence(sn + 1, words) && shortQuestion(sn, words);
    curNear[sn] = opens || (sn > 0 && ruleSentence(sn - 1, words) && speaksOfRescheduling(sn, words)) ? 1 : 0;
  }
  return curNear[sn] === 1;
}
let curNear: Int8Array = new Int8Array(64);
const RESCHEDULING = new Set(['reschedule', 'rescheduling', 'rebook', 'rebooking']);
/** The first word of sentence sn (sentence numbers never go down along the words). */
function sentenceStart(sn: number, words: number): number {
  let lo = 0;
  let hi = words;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wSent[mid]! < sn) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Sentence sn is a question of at most four words ("Feeling sick?", "Not feeling well?"). */
function shortQuestion(sn: number, words: number): boolean {
  const start = sentenceStart(sn, words);
  let end = start;
  while (end < words && wSent[end] === sn) end++;
  return end > start && end - start <= 4 && codeAt(curP!, curF, curP!.pos[wE[end - 1]!]! + 1) === 63;
}
function speaksOfRescheduling(sn: number, words: number): boolean {
  for (let k = sentenceStart(sn, words); k < words && wSent[k] === sn; k++) if (RESCHEDULING.has(wordText(k))) return true;
  return false;
}
function ruleSentence(sn: number, words: number): boolean {
  if (!curRulesRead) {
    curRulesRead = true;
    if (curRules.length < curSentences) {
      curRules = new Int8Array(curSentences * 2);
      curNear = new Int8Array(curSentences * 2);
    }
    curRules.fill(-1, 0, curSentences);
    curNear.fill(-1, 0, curSentences);
  }
  if (curRules[sn] === -1) {
    const start = sentenceStart(sn, words);
    let asks = false;
    let masks = false;
    let still = false; // someone's state that goes on ("Stay home if you are still throwing up"): not a rule for anyone
    let end = start;
    // (no "if", no rule: read from the symbols first, as most sentences have none; a string per word is what costs)
    const sym = curP!.sym;
    let opened = false;
    const spanish = (curAllowed & ES) !== 0;
    for (let k = start; k < words && wSent[k] === sn && !opened; k++) opened = wE[k]! - wS[k]! === 1 && ((sym[wS[k]!] === SYM_I && sym[wS[k]! + 1] === SYM_F) || (spanish && sym[wS[k]!] === SYM_S && sym[wS[k]! + 1] === SYM_I));
    for (; opened && end < words && wSent[end] === sn; end++) {
      const t = wordText(end);
      if (RULE_ASKS.has(t) || callFirst(end, words)) asks = true;
      if (t === 'mask' || t === 'masks') masks = true;
      if (t === 'still') still = true;
    }
    // (the condition may follow a rule about masks: "Masks are required if you have cold or flu symptoms"; twenty-fifth session, probe 193)
    let rule = false;
    for (let k = start; asks && !still && !rule && k + 2 < end && (k === start || masks); k++) {
      if (wordText(k) === 'si' && spanish) {
        rule = RULE_WHO_ES.has(wordText(k + 1));
        continue;
      }
      if (wordText(k) !== 'if') continue;
      // (someone, or a child named with a sibling: "If Amelia or a sibling coming along has a fever"; fortieth session, probe 900)
      rule = ruleSomeone(k + 1, end) || (k + 4 < end && wordText(k + 2) === 'or' && ruleSomeone(k + 3, end));
    }
    curRules[sn] = rule ? 1 : 0;
  }
  return curRules[sn] === 1;
}
/**
 * A word of a rule for anyone that is the reader's own thing, "your" up to three words before it ("If you're due for your
 * weekly T injection, it's ok to go up to 3 days late - we'll call to reschedule"; thirty-first session, probe 474): care,
 * not the rule's.
 */
const READER_OWNS = new Set(['your', 'ur', 'yr', 'sus']);
function ownedInRule(w: number): boolean {
  // (not the someone of the rule: "If your child has fever, please reschedule"; nor "ur" as "you're": "If ur sick w/ fever")
  for (let k = w - 1; k >= Math.max(0, w - 3) && wSent[k] === wSent[w]; k--) if (READER_OWNS.has(wordText(k)) && !RULE_WHOSE.has(wordText(k + 1)) && !youAre(k)) return true;
  return false;
}
/**
 * "ur" as "you're" before a state anyone may be in ("If ur sick w/ fever, pls call ahead"; forty-fifth session, probe 1294), not as
 * "your" ("if ur fever comes back").
 */
const UR_STATES = new Set(['sick', 'ill', 'unwell', 'feeling', 'coughing', 'sneezing', 'not', 'running', 'runnin']); // (and "If ur runnin a fever pls call before comin in"; forty-seventh session, probe 1378)
function youAre(k: number): boolean {
  return wordText(k) === 'ur' && k + 1 < curWords && wSent[k + 1] === wSent[k] && UR_STATES.has(wordText(k + 1));
}

/**
 * The other asks of a rule for anyone ("If you have a fever or cough, please call before coming in";
 * twenty-second session, probes 111, 122, 126): to call before coming in, or, in a mass mailing, 911
 * ("If anyone has trouble breathing or chest pain, call 911"), not a patient's own aftercare.
 */
/** Word j (before end) opens whom a visitors' rule is for: someone, or a child or a family member ("a sibling", "your kids"). */
function ruleSomeone(j: number, end: number): boolean {
  const who = wordText(j);
  return RULE_WHO.has(who) || (j + 1 < end && youAre(j)) || ((who === 'your' || who === 'ur' || who === 'a' || who === 'any') && j + 1 < end && RULE_WHOSE.has(wordText(j + 1)));
}
function callFirst(w: number, words: number): boolean {
  const t = wordText(w);
  if (t === '911') return massMailing();
  // (or first, or a mask as "one": "please call us first", "pls wear one in the lobby"; fortieth session, probes 855, 911, 951)
  if (t === 'first' || t === 'ahead') return w > 0 && wSent[w - 1] === wSent[w] && (wordText(w - 1) === 'call' || (wordText(w - 1) === 'us' && w > 1 && wordText(w - 2) === 'call'));
  if (t === 'one') return w > 0 && wSent[w - 1] === wSent[w] && wordText(w - 1) === 'wear';
  // (Spanish: "llámenos antes de venir")
  if (t === 'antes') return w > 0 && w + 1 < words && wSent[w - 1] === wSent[w] && wSent[w + 1] === wSent[w] && CALL_ES.has(wordText(w - 1)) && wordText(w + 1) === 'de';
  // (or the day of the visit the rule is for: "If you have a fever or feel unwell on the day of your visit, call us"; forty-third
  // session, probe 1112: blind probes 1-1193 hold such a condition in 13 ordinary texts and in none to be held back)
  if (t === 'day') return w + 3 < words && wSent[w + 3] === wSent[w] && wordText(w + 1) === 'of' && (wordText(w + 2) === 'your' || wordText(w + 2) === 'the') && VISIT_NOUNS.has(wordText(w + 3));
  if (t !== 'before' || w + 1 >= words || wSent[w + 1] !== wSent[w]) return false;
  const next = wordText(w + 1);
  const after = w + 2 < words && wSent[w + 2] === wSent[w] ? wordText(w + 2) : '';
  // (or before the visit: "please call us before your visit"; twenty-fifth session, probe 191)
  // (or as staff type it: "If ur sick w/ a fever pls call before comin in"; forty-seventh session, probe 1342)
  return next === 'coming' || next === 'comin' || (next === 'you' && after === 'come') || ((next === 'your' || next === 'the') && VISIT_NOUNS.has(after));
}
/** The last text has a mass mailing's footer (BULK_MAIL), read once per text. */
let curMailing = -1;
/**
 * A word the English, Spanish, Russian or Ukrainian reviewers kept out of the common list, in the text's language: a mailing's bare
 * sentence may hold it ("Menos sal: cocine con ajo", "Меньше соли."; thirty-ninth session, probes 937 and 998).
 */
/** A word English's or Spanish's reviewers kept out of the common list, in the text's language: a visitors' rule may hold it. */
function ruleExcluded(t: string, allowed: number): boolean {
  return ((allowed & EN) !== 0 && EXCLUDED_EN.has(t)) || ((allowed & ES) !== 0 && EXCLUDED_ES.has(t));
}
function campaignExcluded(t: string, allowed: number): boolean {
  return ((allowed & EN) !== 0 && EXCLUDED_EN.has(t)) || ((allowed & ES) !== 0 && EXCLUDED_ES.has(t)) || ((allowed & RU) !== 0 && EXCLUDED_RU.has(t)) || ((allowed & UK) !== 0 && EXCLUDED_UK.has(t));
}
function massMailing(): boolean {
  if (curMailing < 0) curMailing = BULK_MAIL.test(curP!.text) ? 1 : 0;
  return curMailing === 1;
}
/** The last word that starts at or before folded index i. */
function wordAtOffset(i: number): number {
  const pos = curP!.pos;
  let lo = 0;
  let hi = curWords - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pos[wS[mid]!]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
/**
 * Somali "sida" (as, like: "cun cunto tamar leh sida hilib, ukun", "xanuun joogto ah (sida sonkorowga)"; thirty-ninth session,
 * probe 1019) in a text read as Somali and none of the languages whose lists hold SIDA (AIDS), written in lower case before
 * another word of its sentence: Somali's word, not the term, and vouched for there (so-excluded.txt keeps it out elsewhere).
 */
function somaliSida(p: Prepared, w: number): boolean {
  if ((curAllowed & SO) === 0 || (curAllowed & (ES | PT | HT | VI)) !== 0 || wordText(w) !== 'sida') return false;
  if (isUpperAt(p.text, origStart(p, p.pos[wS[w]! + 1]!))) return false;
  return w + 1 < curWords && wSent[w + 1] === wSent[w] && wKind[w + 1] === KIND_LETTERS;
}
function ownWord(start: number, end: number): boolean {
  if (curWords === 0) return false;
  const p = curP!;
  const w = wordAtOffset(start);
  if (p.pos[wS[w]!] === start && p.pos[wE[w]!]! + 1 === end && wOk[w] === 1 && somaliSida(p, w)) return true;
  if (!curLanguageSure) return false;
  if (p.pos[wS[w]!] !== start || p.pos[wE[w]!]! + 1 !== end || wOk[w] !== 1 || !accented(p, w)) return false;
  const own = curAllowed & LATIN_LANGUAGES & writtenBy(p, w);
  return own !== 0 && ((wMask[w]! & own) !== 0 || coveredBy(curVouched!, start, end));
}
const NO_KEYS: string[] = [];
/**
 * Words of other scripts no list holds that sound like a vetted name's words ("ريفربند هيلث" of
 * "Riverbend Health"): vouched. Keys only for those words and the words beside them.
 */
function vouchSoundedNames(names: SoundNames, words: number): void {
  let keys: string[][] | null = null;
  for (let w = 0; w < words; w++) {
    if (wMask[w] !== -2) continue;
    keys ??= new Array<string[]>(words).fill(NO_KEYS);
    for (let k = Math.max(0, w - 1); k <= w + 1 && k < words; k++) if (keys[k] === NO_KEYS && wKind[k] === KIND_OTHER && wMask[k] !== -1) keys[k] = foreignKeys(beforeKind(wordText(k), names) ?? wordText(k));
  }
  if (keys === null) return;
  const afterKind = names.arabicKinds.size === 0 ? [] : keys.map((k, w) => k.length > 0 && w > 0 && wKind[w - 1] === KIND_OTHER && arabicKind(wordText(w - 1), names));
  const sounded = soundedWords(keys, names, afterKind);
  for (let w = 0; w < words; w++) {
    if (sounded[w] && wMask[w] === -2) wMask[w] = LANGUAGE_MASK;
    // and the practice's kind of care right after its name ("릿지라인 정형외과")
    if (sounded[w] && w + 1 < words && wKind[w + 1] === KIND_OTHER && wMask[w + 1] === -2 && soundedKind(wordText(w + 1), names)) wMask[w + 1] = LANGUAGE_MASK;
  }
}

/**
 * A campaign whose audience the term defines ("Open to everyone who's completed or is currently in our MAT program": twenty-eighth
 * session, probe 296): its reader is one of that program's patients, so the term is no general topic there. Not "open to
 * everyone in our community: free HIV testing", nor "everyone is welcome at our MAT program open house".
 */
const AUDIENCE_BY_CARE = /\b(?:everyone|anyone|all|those|patients|families|members|graduates|alumni|people)\b[^.!?\n]{0,60}\b(?:in|of|from|with|completed|finished|through)\s+(?:our|the)\s+$/;
function audienceByCare(start: number): boolean {
  const f = foldedText(curP!);
  return AUDIENCE_BY_CARE.test(f.slice(Math.max(0, start - 90), start));
}

// (generalAt: in the subject line of a mailing to everyone a sentence nothing ties to the reader is the campaign's title, its topic
// needing no claim: "Colon cancer screening saves lives", "Let's talk about colon cancer screening" over a mailing to all adult
// patients; fiftieth session, probe 1467)
const RESULT: VouchResult = {
  words: 0,
  language: 0,
  generalAt: (start, end, screened) => curWords > 0 && !curOwnResults && !inLink(curLinks, start, start + 1) && !audienceByCare(start) && (addressedAround(wSent[wordAtOffset(start)]!, start, end) || (generalOf(wSent[wordAtOffset(start)]!) && (curCampaignElsewhere || claimed(start, end) || (screened && screeningBefore(start))))),
  ownWordAt: ownWord,
  pathAt: (start, end) => curWords > 0 && curLinks !== null && pathWord(curLinks, start, end),
  credentialAt,
  mailing: () => curWords > 0 && analysed().mailing,
  plainAt: (start, end, uncounted) =>
    curWords > 0 &&
    !curOwnResults &&
    analysed().mailing &&
    (uncounted ? analysed().plainUncounted : analysed().plain)[wSent[wordAtOffset(start)]!]! &&
    !inLink(curLinks, start, start + 1) &&
    !audienceByCare(start) &&
    !chosenByCondition(foldedText(curP!), start, end) &&
    !personalMailing(curP!.text),
};

export function vouch(p: Prepared, o: VouchOptions, emit: (start: number, end: number) => void): VouchResult {
  const n = p.n;
  ensure(n + 1);
  const sym = p.sym;
  const flags = p.flags;
  const pos = p.pos;
  const next = o.lexicon.next;
  // 1. Words, with the lexicon bits of the Latin ones (one trie read per letter).
  let words = 0;
  let row = 0;
  let letters = 0;
  let digits = 0;
  let other = 0;
  for (let k = 0; k < n; k++) {
    const f = flags[k]!;
    if ((f & WORD_START) !== 0) {
      wS[words] = k;
      row = 1 * 37;
      letters = 0;
      digits = 0;
      other = 0;
    }
    const s = sym[k]!;
    if (s < 26) letters++;
    else if (s < SENTINEL) digits++;
    else other++;
    if (row !== 0) row = s < SENTINEL ? next[row + s]! : 0;
    if ((f & WORD_END) !== 0) {
      wE[words] = k;
      let kind = KIND_LETTERS;
      if (other > 0) kind = KIND_OTHER;
      else if (letters === 0) kind = KIND_DIGITS;
      else if (digits > 0) kind = KIND_MIXED;
      wKind[words] = kind;
      const m = (kind === KIND_LETTERS || kind === KIND_MIXED) && row !== 0 ? next[row + SENTINEL]! : 0; // "b4", "2day"
      wMask[words] = kind === KIND_OTHER ? -1 : m;
      words++;
    }
  }
  RESULT.words = words;
  RESULT.language = 0;
  curOwnResults = false;
  credentialSpans.length = 0;
  curMailing = -1;
  curCampaignElsewhere = o.campaignElsewhere === true;
  if (words === 0) return RESULT;
  const needFolded = !p.ascii;
  const f = needFolded ? foldedText(p) : null;
  curP = p;
  curF = f;
  curVouched = o.vouchedSpans;
  curLexicon = o.lexicon;
  curExtra = o.extra;
  sentenceCache = null;
  curRulesRead = false;
  // 2. Other scripts: the word's bits from the lexicons (Chinese runs are covered separately).
  const lex = o.lexicon;
  if (!p.ascii) for (let w = 0; w < words; w++) if (wMask[w]! > 0 && wKind[w] !== KIND_OTHER && accented(p, w)) wMask[w] = decorated(p, w) || CARE_AS_WRITTEN.has(writtenAs(p, w)) ? 0 : wMask[w]! & ~(LATIN_LANGUAGES & ~writtenBy(p, w));
  for (let w = 0; w < words; w++) {
    if (wKind[w] !== KIND_OTHER) continue;
    const t = wordText(w);
    wMask[w] = isUnspaced(t.charCodeAt(0)) ? -1 : lex.other(t) | (o.extra?.other(t) ?? 0) || -2;
  }
  if (o.soundNames !== null && !p.ascii) vouchSoundedNames(o.soundNames, words);
  // 3. The language: the one given, or the covered one that vouches for most words English does not
  // (subtitle lists hold "you", "have"). A word of another script or with an accent counts twice: it cannot be English,
  // while one Latin word alone may be a slip that another list happens to hold ("GI appt" is
  // Vietnamese "gì", "ur mamo" Polish "mamo"), so it does not make a text that language.
  let allowed: number;
  let primary = 0; // the language given, when another was added on the evidence of the text
  curLanguageSure = o.language !== undefined;
  if (o.language !== undefined) {
    allowed = o.languageBit === EN ? EN : o.languageBit === 0 ? (readsAsEnglish(o, words) ? EN : 0) : EN | o.languageBit!;
    // A notice in one covered language with lines in another ("¿Prefiere recibir sus recordatorios en español?
    // Llámenos" in an English email): that language too, on the evidence of four of its words or more.
    if (allowed !== 0) {
      primary = allowed;
      // (a subject line also in the second language its body was found in: "Appointment confirmed / Cita confirmada")
      allowed |= secondLanguage(o, p, words, allowed) | (o.detectedElsewhere ?? 0);
    }
  } else {
    const counts = COUNTS.fill(0);
    // The rest of the message counts as two words of its language (a subject line is short).
    const elsewhere = o.detectedElsewhere ?? 0;
    if (elsewhere !== 0) counts[Math.log2(elsewhere)]! += 2;
    for (let w = 0; w < words; w++) {
      const m = wMask[w]!;
      if (m === -1) counts[5]! += 2; // a run of Chinese characters
      if (m <= 0 || (m & EN) !== 0) continue;
      // The practice's own names say nothing of the patient's language ("Rio Norte" is not Spanish).
      if (o.extra !== null && wKind[w] === KIND_LETTERS && latinBits(o.extra, p.sym, wS[w]!, wE[w]!) !== 0) continue;
      // Nor do people's names ("Hi John," is not Polish because subtitles hold "John"; then "psy" would pass).
      if ((m & NAME_BIT) !== 0 && capitalized(p, w)) continue;
      // Nor an acronym of two or three capitals ("Your CA-125 is back. Vega will call" is not Portuguese for "cá" and "vega";
      // thirty-sixth session, probe 775).
      if (shortAcronym(p, w)) continue;
      // Nor one letter ("isn't ... don't" is no Tagalog or Haitian "t": two of them had made an English results notice Tagalog, a
      // language its results-only-ready rule does not read; thirty-ninth session, probe 990).
      if (wE[w] === wS[w]) continue;
      const weight = wKind[w] === KIND_OTHER || accented(p, w) ? 2 : 1;
      for (const b of DETECTED_LANGUAGE_POSITIONS) if ((m & (1 << b)) !== 0) counts[b]! += weight;
    }
    let best = 0;
    for (const b of DETECTED_LANGUAGE_POSITIONS) if (counts[b]! > counts[best]!) best = b;
    allowed = EN | (counts[best]! >= 2 ? 1 << best : 0);
    curLanguageSure = counts[best]! >= 4;
  }
  RESULT.language = allowed & ~EN;
  curSpanish = (allowed & ES) !== 0;
  curAllowed = allowed;
  // 4. Sentences (for campaign language and for general content), and whether a link may be there.
  let sentence = 0;
  sColon[0] = 0;
  sQuestion[0] = 0;
  let linkish = false;
  glueN = 0; // pairs of words that may be pieces of one (step 8)
  for (let w = 0; w < words; w++) {
    if (w > 0) {
      const from = pos[wE[w - 1]!]! + 1;
      const to = pos[wS[w]!]!;
      if (to - from === 1) {
        const c = codeAt(p, f, from);
        if (c === 64 || (c === 46 && wKind[w] !== KIND_DIGITS)) linkish = true;
        // across a space, only letters spelled one by one or a piece of one and one of two or three ("A 1c"); inline: the hot loop
        const a = wE[w - 1]! - wS[w - 1]!;
        const b = wE[w]! - wS[w]!;
        if (c !== 32 || (a === 0 && b <= 2) || (b === 0 && a <= 2)) noteGlue(p, f, w - 1, words);
      } else if (to === from || (fragmentPair(w - 1) && oneCharacter(p, from, to))) noteGlue(p, f, w - 1, words);
      else if ((to - from === 3 && codeAt(p, f, from) === 58) || codeAt(p, f, to - 1) === 64) linkish = true; // "://", a handle's "@"
      if (to - from > 1 || codeAt(p, f, from) !== 32) {
        const b = sentenceBreak(p, f, from, to);
        if (b !== NO_BREAK) {
          sQuestion[sentence] = b === QUESTION_BREAK ? 1 : 0;
          sColon[++sentence] = b === COLON_BREAK ? 1 : 0;
        }
      }
    }
    wSent[w] = sentence;
  }
  curWords = words;
  curSentences = sentence + 1;
  // 5. Links and email addresses: what the regex finds in the folded text.
  const links = linkish ? linkSpans(p, f) : null;
  curLinks = links;
  const result = RESULT;
  // 6. Each word.
  let unspaced: Map<number, [number, number][]> | null = null; // word -> uncovered folded spans (Chinese runs)
  for (let w = 0; w < words; w++) {
    const kind = wKind[w]!;
    const fs = pos[wS[w]!]!;
    const fe = pos[wE[w]!]! + 1;
    let ok = false;
    const m = wMask[w]!;
    if (kind === KIND_DIGITS) ok = true;
    else if (wE[w] === wS[w] && (kind === KIND_LETTERS || (kind === KIND_OTHER && fe - fs === 1 && isAlphabetLetter(codeAt(p, f, fs))))) ok = true; // a single letter ("Reply Д")
    else if (m > 0 && ((m & allowed) !== 0 || ((allowed & EN) !== 0 && campaignWord(p, f, links, m, w, fs, fe, words)))) ok = true;
    else if ((kind === KIND_LETTERS || (kind === KIND_OTHER && m !== -1)) && (massMailing() || curCampaignElsewhere) && !inLink(links, fs, fe) && campaignExcluded(wordText(w), allowed | (kind === KIND_OTHER ? scriptLanguage(codeAt(p, f, fs)) : 0)) && bareOf(wSent[w]!)) ok = true;
    else if (kind === KIND_LETTERS && (allowed & (EN | ES)) !== 0 && visitorRule(wSent[w]!, words) && ruleExcluded(wordText(w), allowed) && !ownedInRule(w)) ok = true;
    if (!ok && inLink(links, fs, fe)) ok = !hostRunsTerm(links, fs, fe, kind, w, sym) && (linkWordOk(links, fs, fe, kind, m, allowed, sym, w) || (kind === KIND_LETTERS && (runTogether(o.lexicon, sym, wS[w]!, wE[w]!, allowed, wordText(w)) || echoesText(w, words, links) || (o.extra !== null && latinBits(o.extra, sym, wS[w]!, wE[w]!) !== 0))));
    if (!ok && coveredBy(o.vouchedSpans, fs, fe)) ok = true;
    // The vocative "ơi" as written, with its horn and no tone, after a name or a title ("Cô Thu ơi", "Dạ cô ơi"; forty-sixth session, probes
    // 1315, 1341): only "ói", which folds alike, is vomiting.
    if (!ok && kind === KIND_LETTERS && (allowed & VI) !== 0 && wE[w]! - wS[w]! === 1 && w > 0 && vocative(p, w)) ok = true;
    if (!ok && kind === KIND_LETTERS && wE[w]! - wS[w]! >= 1 && (surnameBeforeInitial(p, w) || replyKeyword(p, w, words))) ok = true;
    if (!ok && o.extra !== null && kind === KIND_LETTERS && (latinBits(o.extra, sym, wS[w]!, wE[w]!) & LANGUAGE_MASK) !== 0) ok = true;
    if (!ok && kind === KIND_LETTERS && madeBetter(p, o.vouchedSpans, w)) ok = true;
    // A portal named after the practice ("MyRiverside", and in Spanish "MiPaloVerde": blind probe 147): "my" or "mi" and a vetted name.
    // (or two or three of the practice's words run together: "MyCedarBend"; twenty-fifth session, probe 198)
    // (or a word of a vetted place written with its capital, not a word of care: "MyBrendan" of "St. Brendan's Hospital"; twenty-sixth session, probe 209)
    if (!ok && o.extra !== null && kind === KIND_LETTERS && wE[w]! - wS[w]! >= 3 && sym[wS[w]!] === SYM_M && (sym[wS[w]! + 1] === SYM_Y || sym[wS[w]! + 1] === SYM_I) && ((latinBits(o.extra, sym, wS[w]! + 2, wE[w]!) & LANGUAGE_MASK) !== 0 || splitsInto(o.extra, sym, wS[w]! + 2, wE[w]!, LANGUAGE_MASK, 3, 3) || placeWordAfterMy(p, o.extra, w))) ok = true;
    if (!ok && kind === KIND_MIXED) ok = mixedOk(wordText(w), w);
    if (!ok && kind === KIND_LETTERS && wE[w]! - wS[w]! === 3 && somaliSida(p, w)) ok = true;
    if (!ok && kind === KIND_LETTERS && ourNumbers(w)) ok = true;
    if (!ok && fe - fs === 2 && !p.ascii && p.text.charCodeAt(origStart(p, fs)) === 0x2116) ok = true; // the numero sign ("Заказ № 300-6021")
    if (!ok && kind === KIND_OTHER && ARABIC_SUITES.has(wordText(w)) && suiteCode(w, words)) ok = true;
    if (!ok && kind === KIND_LETTERS && w + 1 < words && wMask[w + 1] === -1 && pos[wS[w + 1]!] === fe) ok = crossScriptName(o.extra, wordText(w), wordText(w + 1)) > 0;
    if (!ok && kind === KIND_OTHER && m === -1) {
      const run = wordText(w);
      const named = w > 0 && pos[wE[w - 1]!]! + 1 === fs ? crossScriptName(o.extra, wordText(w - 1), run) : titledSurname(w, run);
      const uncovered = coverUnspaced(run, named, o.lexicon, o.extra, allowed | LANGUAGE_BITS.zh | (chineseUntied(w, words) ? GENERAL : 0), o.soundNames).filter(([a, b]) => !callBeforeNumber(run, a, b, w, words));
      if (uncovered.length === 0) ok = true;
      else (unspaced ??= new Map()).set(w, uncovered.map(([a, b]) => [fs + a, fs + b]));
    } else if (!ok && kind === KIND_OTHER && m > 0 && (m & (allowed | scriptLanguage(codeAt(p, f, fs)))) !== 0) ok = true;
    // (not a host that runs a sensitivity code's term together, even the practice's own name's: "musiccityeatingdisorder.org/checkin" of
    // Music City Eating Disorder Program, whose name is a finding where it is written out; forty-fifth session, probe 1266)
    if (ok && kind === KIND_LETTERS && wE[w]! - wS[w]! >= 6 && links !== null && inHost(links, fs, fe) && hostHidesCode(sym, wS[w]!, wE[w]!, (s) => hostWordsBefore(o, sym, wS[w]!, s - 1, allowed))) ok = false;
    // (not a vetted name's word: "your Back Bay Dermatology statement"; forty-fourth session, probe 1225; nor an aid's word capitalized in
    // one: "your Port City Pediatrics account"; fiftieth session, probe 1499)
    wOk[w] = ok && !(bodyBack(w, words, sym) && !coveredBy(o.vouchedSpans, fs, fe)) && !(ownedAid(w, sym) && !(capitalized(p, w) && coveredBy(o.vouchedSpans, fs, fe))) && !wornThing(w, sym) && !ownShot(w, words, sym) && !injuryFall(w, words, sym) && !careInCapitals(p, w) ? 1 : 0;
  }
  // 6b. A line in another covered language ("Para español, oprima 8. Pou kreyòl, peze 9." in an English phone menu).
  foreignLines(words, allowed, sym);
  // 6c. A provider's credentials after the name that say no care the practice's name does not ("Jordan Ellis, PT" of a physical therapy practice).
  signedCredentials(p, words, o.credentials);
  // 7. Names in a name's place, and near misses of long administrative words.
  let names: Set<string> | null = null;
  for (let w = 0; w < words; w++) {
    if (wOk[w] === 1 || ownedAid(w, sym) || wornThing(w, sym) || ownShot(w, words, sym) || injuryFall(w, words, sym) || careInCapitals(p, w)) continue;
    if (wKind[w] === KIND_OTHER && wMask[w] !== -1) {
      // Other scripts have no capitals: a word after a title or a greeting, or with an honorific (김민지님, 박 선생님).
      const t = wordText(w);
      const before = w > 0 && wSent[w - 1] === wSent[w] ? wordText(w - 1) : '';
      // A title may end with its stop ("د. حداد", Dr. Haddad).
      const titled = w > 0 && pos[wS[w]!]! - pos[wE[w - 1]!]! <= 3 && (TITLES.has(wordText(w - 1)) || doctorShort(w - 1));
      const after = w + 1 < words ? wordText(w + 1) : '';
      // Not a word a reviewer kept out of its language ("دكتور السكر": the sugar doctor, for diabetes).
      if ((titled || GREETINGS.has(before) || honoredName(t) || [...AFTER_NAME].some((a) => after.startsWith(a)) || credentialNext(w) || koreanStaffName(p, w, before, after) || (AFTER_CHILD_NAME.some((a) => after.startsWith(a)) && (koreanGivenName(writtenAs(p, w)) || koreanFullName(writtenAs(p, w))) && !CARE_TITLE_ROOTS.some((r) => t.includes(r)))) && !keptOut(t)) wOk[w] = 1;
      else if (PHONE_LABELS.has(t) && w + 1 < words && wKind[w + 1] === KIND_DIGITS) wOk[w] = 1; // "Тел.: 508-555-0142"
      else if (((curAllowed | scriptLanguage(t.charCodeAt(0))) & RU) !== 0 && derivedInflected(t, 'ru')) wOk[w] = 1;
      else if (((curAllowed | scriptLanguage(t.charCodeAt(0))) & UK) !== 0 && derivedInflected(t, 'uk')) wOk[w] = 1;
      else if (((curAllowed | scriptLanguage(t.charCodeAt(0))) & KO) !== 0 && derivedInflected(t, 'ko')) wOk[w] = 1;
      else if (PROVIDER_FELL_ILL.has(t) && providerBefore(p, w)) wOk[w] = 1; // "врач заболел", "доктор Петрова заболела", as providerSick
      else if (koreanCounted(t, w, words)) wOk[w] = 1;
      else if (koreanPharmacy(t)) wOk[w] = 1;
      else if (ARABIC_PLACE_ADJECTIVES.has(t) && arabicPlaceName(w)) wOk[w] = 1;
      else if (arabicStreetName(w, words)) wOk[w] = 1;
      else if (arabicClock(t, w, words)) wOk[w] = 1;
      else if (KOREAN_WEEKDAYS.has(t) && (weekdayAfterDate(p, f, pos[wS[w]!]!, pos[wE[w]!]! + 1) || weekdayInSchedule(p, f, w, words))) wOk[w] = 1;
      else if (w > 0 && wSent[w - 1] === wSent[w] && patronymic(p, w) && capitalized(p, w - 1)) wOk[w - 1] = wOk[w] = 1; // "Николай Петрович"
      else if (surnameAfterTitledName(p, w, t) || doctorShort(w) || ukrainianSurname(p, w)) wOk[w] = 1;
      continue;
    }
    if (wKind[w] !== KIND_LETTERS || (accented(p, w) && decorated(p, w))) continue; // nor a name
    if (addressLine(p, w, words) || cityAfterStreet(p, f, w, words)) {
      wOk[w] = 1;
      (names ??= new Set()).add(wordText(w)); // the town, written with its capital elsewhere ("Flushing: 41-28 Main St, Flushing, NY 11355")
    } else if (doctorShort(w) || credentialAfterName(p, f, w) || siteNamed(p, w) || departmentSigning(p, w) || phoneLabel(p, w) || referenceCode(p, w, words) || codePrefix(p, w) || roadNumber(p, w, words) || definedAcronym(p, w, words) || transitAgency(p, w, words) || chineseOptOut(p, w) || callLetters(p, w, words) || nameSyllable(p, f, w) || pharmacyName(p, w, words) || providerSick(p, w) || ((allowed & VI) !== 0 && (vietnameseAsWritten(p, w) || passiveBefore(p, w, words)))) wOk[w] = 1;
    // (an acronym of care is no name wherever it stands: "-CMHC front desk", "the IOP team"; twenty-ninth session)
    else if (isUpperAt(p.text, origStart(p, pos[wS[w]!]!)) ? !careAcronym(p, w) && !visitReason(p, w, words) && (nameSlot(p, f, w, words, wordText) || givenName(w, words) || titledInHan(w, words)) : lowerCaseName(w)) {
      wOk[w] = 1;
      (names ??= new Set()).add(wordText(w));
    } else if (streetNamePart(p, f, w, words)) wOk[w] = 1;
    else if ((allowed & EN) !== 0 && wE[w]! - wS[w]! >= 4 && !keptOutByLanguage(wordText(w), allowed) && o.nearAdministrative(wordText(w)) && !typoOpensCareTerm(wordText(w), skeletonAfter(p, wE[w]! + 1, 32))) wOk[w] = 1;
    else if ((allowed & ES) !== 0 && derivedSpanish(wordText(w))) wOk[w] = 1;
    else if ((allowed & TL) !== 0 && derivedTagalog(wordText(w))) wOk[w] = 1;
    else if ((allowed & PL) !== 0 && derivedInflected(wordText(w), 'pl')) wOk[w] = 1;
    else if ((allowed & PT) !== 0 && derivedInflected(wordText(w), 'pt')) wOk[w] = 1;
    else if ((allowed & SO) !== 0 && derivedInflected(wordText(w), 'so')) wOk[w] = 1;
    else if ((allowed & FR) !== 0 && derivedInflected(wordText(w), 'fr')) wOk[w] = 1;
    else if ((allowed & RU) !== 0 && romanizedRussian(wordText(w))) wOk[w] = 1;
    else if ((allowed & EN) !== 0 && wE[w]! - wS[w]! >= 7 && twoWords(o.lexicon, sym, wS[w]!, wE[w]!, EN, 4) && plainName(wordText(w))) wOk[w] = 1;
    else if (elongated(wordText(w), o.lexicon, allowed)) wOk[w] = 1;
    else if (garageLevels(w, words)) wOk[w] = 1;
    else if (apostrophePlace(p, f, w - 1, words) || apostrophePlace(p, f, w, words) || softSign(p, f, w - 1, words) || softSign(p, f, w, words)) wOk[w] = 1;
    else if ((allowed & EN) !== 0 && (droppedG(wordText(w), o.lexicon) || illBeforeVerb(w, words))) wOk[w] = 1;
  }
  // A name the text itself has written in a name's place, written with its capital elsewhere ("Lakeview now offers…").
  if (names !== null) {
    for (let w = 0; w < words; w++) {
      if (wOk[w] === 0 && wKind[w] === KIND_LETTERS && isUpperAt(p.text, origStart(p, pos[wS[w]!]!)) && names.has(wordText(w))) wOk[w] = 1;
      else if (wOk[w] === 0 && wKind[w] === KIND_LETTERS && nameSyllable(p, f, w)) wOk[w] = 1; // the rest of that name ("Seo-yeon")
      // (and in a link, as a video visit's room is named for its provider: "Dr. Renee Harjo ... visit.example.org/j/7731-harjo"; thirty-first session, probe 396)
      else if (wOk[w] === 0 && wKind[w] === KIND_LETTERS && names.has(wordText(w)) && inLink(links, pos[wS[w]!]!, pos[wE[w]!]! + 1)) wOk[w] = 1;
    }
  }
  senderNames(p, words);
  for (let w = 0; w < words; w++) if (wOk[w] === 0 && wMask[w] === 0 && wKind[w] === KIND_LETTERS && pinyinGiven(p, w, words)) wOk[w] = 1;
  if (massMailing()) newsWords(p, links, words, unspaced);
  if (links !== null && massMailing()) pathEchoes(p, links, words);
  // 7b. A sentence about the patient's results says only that they are ready and where to read them.
  if (((primary || allowed) & ~READY_LANGUAGES) === 0) resultsOnlyReady(p, links, o, words, names, allowed);
  // 8. Pieces of one word split to hide it ("A*1c", "bioΣpsy", "r e h a b"): vouched only if the whole is.
  const glued = glueN === 0 ? null : gluedWords(p, links, o, allowed, words);
  // 9. Runs of words not vouched for.
  let runStart = -1;
  let runEnd = -1;
  for (let w = 0; w < words; w++) {
    const partial = unspaced?.get(w);
    if (partial !== undefined) {
      if (runStart >= 0) emit(runStart, runEnd);
      runStart = -1;
      for (const [a, b] of partial) emit(a, b);
      continue;
    }
    if (wOk[w] === 1) {
      if (runStart >= 0) emit(runStart, runEnd);
      runStart = -1;
      continue;
    }
    const fs = pos[wS[w]!]!;
    const fe = pos[wE[w]!]! + 1;
    if (runStart >= 0 && (onlySpaces(p, f, runEnd, fs) || glued?.has(w - 1) === true)) runEnd = fe;
    else {
      if (runStart >= 0) emit(runStart, runEnd);
      runStart = fs;
      runEnd = fe;
    }
  }
  if (runStart >= 0) emit(runStart, runEnd);
  return result;
}

/**
 * Words for someone's results, and what a notice that they are ready says with them ("Your lab results
 * from your 3/12 visit are now available in the portal. Log in to view them, or call us with
 * questions."). The guide allows that notice and nothing of what the results say: in a sentence that
 * names results (and in a short one right after it: "Your labs are back. Great news!") any other word
 * is doubted, however ordinary ("Your results came back a bit off", "Bad news about your results",
 * "The doctor looked at your results and says you are good to go", "Your labs showed some things we
 * want to talk about"). Names, the practice's words, links and the officer's phrases stay vouched;
 * not in a campaign's sentence to everyone ("Free cholesterol tests for everyone"), nor in a rule about
 * results that names no one ("Staff cannot give test results to visitors"). English and Spanish, for now.
 */
/** (lexicon.ts RESULT_NOUNS; a test or a report, TEST_NOUNS, is someone's results only when it came back or showed something: "your test came back", not "your lab test is Tuesday") */
const RETURNED = new Set(['back', 'showed', 'shows', 'show', 'shown', 'salieron', 'salio', 'mostraron', 'mostro', 'regresaron', 'regreso', 'vieram', 'veio', 'sairam', 'saiu', 'chegaram', 'mostraram', 'wrocily', 'przyszly', 'pokazaly', 'pokazalo',
  // Haitian Creole "shows", "came back" ("Dènye eskanè w la pa montre okenn nouvo tach": twenty-fifth session, probe 193)
  'montre', 'tounen']);
const READY_WORDS = new Set([
  // (a portal's question and choice: "Why can I see results before my provider calls?", "If you would rather talk them over
  // with a nurse", "Por su privacidad no mandamos resultados por correo"; thirty-seventh session, probes 858, 860)
  'why', 'my', 'calls', 'rather', 'mandamos', 'front', 'desk',
  // (a text's thanks and a Spanish notice's "some results" and "details"; thirty-seventh session, probes 871, 872)
  'thx', 'unos', 'detalles', 'compartimos',
  // (a short talk asked for: "please call to set up a quick phone visit"; forty-ninth session, probe 1430)
  'quick', 'brief', 'short',
  // (who may see a child's results: "Parents/guardians with proxy access can log in"; forty-ninth session, probe 1448)
  'parents', 'guardians', 'proxy',
  // (a proxy's results, whom to speak with, the staff who help; thirty-seventh session, probes 882-886)
  'speak', 'choosing', 'whose', 'manage', 'staff', 'regular', 'prefiere',
  ...RESULT_NOUNS,
  ...TEST_NOUNS,
  ...['your', 'ur', 'yr', 'you', 'the', 'a', 'an', 'and', 'or', 'of', 'for', 'from', 'to', 'in', 'on', 'at', 'by', 'with', 'via', 'through', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'them', 'they', 'this', 'these', 'that'],
  ...['now', 'new', 'recent', 'latest', 'ready', 'available', 'posted', 'released', 'uploaded', 'received', 'back', 'came', 'come', 'here', 'waiting', 'there'],
  // (a provider's comments shown with it: "If your provider has comments, they will appear with the result"; probe 181)
  ...['appear', 'appears', 'comments', 'comment', 'alongside'],
  ...['portal', 'patient', 'log', 'login', 'logging', 'sign', 'signing', 'view', 'viewing', 'see', 'read', 'reading', 'check', 'access', 'online', 'app', 'mychart', 'message', 'messages', 'secure', 'securely', 'safely', 'website', 'link', 'account'],
  ...['please', 'call', 'us', 'we', 'our', 'office', 'clinic', 'team', 'care', 'provider', 'doctor', 'dr', 'nurse', 'will', 'can', 'may', 'contact', 'review', 'reviewed', 'if', 'any', 'questions', 'question', 'text', 'reply', 'number', 'phone'],
  ...['today', 'tomorrow', 'yesterday', 'within', 'business', 'days', 'day', 'hours', 'visit', 'visits', 'recent', 'dated', 'date', 'ordered', 'order', 'done', 'drawn', 'on', 'am', 'pm'],
  ...['hi', 'hello', 'hey', 'dear', 'thank', 'thanks', 'have', 'great', 'nice', 'good', 'morning', 'afternoon', 'evening', 'this', 'is', 'reminder', 'notice', 'alert', 'note', 'notes'],
  // what portal notices say besides (blind probes 45-89's results-ready texts): privacy, email, refills, bills, how to reach the office
  ...['email', 'emails', 'privacy', 'private', 'select', 'choose', 'not', 'do', 'does', 'dont', 'don', 't', 'never', 'send', 'sent', 'added', 'add', 'include', 'includes', 'including', 'once', 'then', 'after', 'before', 'as', 'when', 'whenever', 'soon', 'also', 'every', 'each'],
  // a portal's list of what it does and its invitation (thirty-second session, probe 548: "view results, pay bills and request appointments. Activate here (link expires in 7 days)")
  ...['appointment', 'appointments', 'schedule', 'activate', 'expires', 'expire', 'invited', 'invitation', 'set', 'up', 'create'],
  ...['request', 'requests', 'refill', 'refills', 'prescription', 'prescriptions', 'pay', 'bill', 'bills', 'summary', 'summaries', 'document', 'documents', 'record', 'records', 'share', 'directly', 'connect', 'automatically', 'able', 'prefer', 'protect', 'trouble', 'logged', 'let', 'know'],
  ...['me', 'her', 'his', 'him', 'she', 'he', 'would', 'like', 'whether', 'what', 'get', 'got', 'chance', 'u', 'r', 'pls', 'plz', 've', 'll', 're', 's', 'em', 'over', 'reviews', 'explain', 'explaining', 'discuss', 'during', 'line', 'member', 'ma', 'needed', 'anything', 'left', 'asked', 'some', 'about', 'look', 'looking'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'cant', 'opening', 'open', 'reach', 'out', 'go', 'health', 'menu', 'tab', 'section'],
  // the same notice in Spanish, folded ("Sus resultados de laboratorio ya están disponibles en el portal del paciente. Inicie sesión para verlos o llámenos si tiene preguntas.")
  ...['su', 'sus', 'tu', 'tus', 'usted', 'un', 'una', 'los', 'las', 'el', 'la', 'lo', 'le', 'les', 'de', 'del', 'en', 'y', 'o', 'a', 'al', 'por', 'para', 'con', 'que', 'se', 'ya', 'ahora', 'nuevo', 'nuevos', 'nueva', 'nuevas', 'reciente', 'recientes', 'ultimo', 'ultimos'],
  // ...and in French, folded ("Vos résultats sont dispo sur votre portail, connectez-vous pour les consulter"; forty-second session)
  ...['vos', 'votre', 'tes', 'ton', 'vous', 'nouveau', 'nouveaux', 'nouvelle', 'nouvelles', 'recents', 'sont', 'est', 'ete', 'ont', 'prets', 'pret', 'prete', 'pretes', 'disponible', 'disponibles', 'dispo', 'arrives', 'ajoute', 'ajoutes', 'dans', 'sur', 'des', 'du', 'au', 'aux', 'ligne', 'portail', 'dossier', 'connectez', 'connecter', 'consulter', 'voir', 'pour', 'ou', 'et', 'nous', 'appelez', 'appelle', 'bonne', 'journee', 'merci', 'mot', 'passe', 'pas', 'si', 'l', 'c', 'bonjour', 'rappel'],
  ...['estan', 'esta', 'son', 'es', 'fueron', 'han', 'ha', 'sido', 'hay', 'listos', 'listo', 'listas', 'lista', 'disponibles', 'disponible', 'publicados', 'publicado', 'recibidos', 'llegaron', 'llego', 'salieron', 'salio'],
  ...['portal', 'paciente', 'pacientes', 'inicie', 'iniciar', 'sesion', 'ingrese', 'ingresar', 'entre', 'entrar', 'ver', 'verlos', 'verlo', 'revisar', 'revisarlos', 'consultar', 'acceda', 'acceder', 'aplicacion', 'mensaje', 'mensajes', 'seguro', 'segura', 'correo', 'electronico', 'texto', 'privacidad'],
  ...['llame', 'llamenos', 'llamar', 'comuniquese', 'contacte', 'escribanos', 'oficina', 'clinica', 'equipo', 'medico', 'medica', 'doctora', 'dra', 'enfermera', 'revisara', 'revisado', 'revisaron', 'si', 'tiene', 'tienen', 'tenga', 'alguna', 'algun', 'pregunta', 'preguntas', 'duda', 'dudas', 'puede', 'pueden', 'favor', 'no', 'enviamos'],
  ...['hoy', 'manana', 'dias', 'dia', 'horas', 'habiles', 'visita', 'cita', 'fecha', 'hola', 'estimado', 'estimada', 'gracias', 'buen', 'buenos', 'buenas', 'tardes', 'saludos', 'atentamente'],
  ...['hijo', 'hija', 'hijos', 'tenemos', 'reviso', 'dejo', 'nota', 'soy', 'vealos', 'child', 'son', 'daughter', 'left', 'note'],
  // the one result pointed at ("Ya está listo su resultado. Revíselo en el portal"; forty-first session, probe 1063)
  ...['vealo', 'reviselo', 'revisela', 'reviselos', 'revisalo', 'revisarlo', 'consultelo', 'verla'],
  // whose results a caregiver reads, and how (probes 90-95: "new results are available for your father Leonard (proxy access)", "click here")
  ...['father', 'mother', 'dad', 'mom', 'parent', 'husband', 'wife', 'spouse', 'family', 'proxy', 'caregiver', 'click', 'tap', 'button', 'padre', 'madre', 'esposo', 'esposa', 'haga', 'clic', 'aqui'],
  // where a provider's comments appear ("If your provider has comments, you'll see them with the results": probe 96)
  ...['comments', 'comment', 'comentarios', 'comentario'],
  // and when to call ("Dr. Ahn has reviewed your recent results. Please call us at your convenience": thirty-first session, probes 308, 314)
  ...['convenience', 'earliest'],
  // an hour written with its stops, the letter's closing, help to log in, "sooner" ("8 a.m. to 4:30 p.m.", "Sincerely", "Need help logging
  // in? Reply HELP", "If you'd like to talk about your results sooner, call"; thirty-eighth session, probes 927 and 928), and the same
  // notice in Spanish ("puede enviarnos un mensaje desde el portal")
  ...['m', 'p', 'sincerely', 'regards', 'warmly', 'help', 'logging', 'sooner', 'enviarnos', 'desde', 'avail', 'tday'],
  // how a notice says where results go and for whom ("For your privacy, we only share results through the patient portal", "As a
  // proxy for Ruth Ogle, we want you to know that new results are available", "results are only shared in the patient portal", "Si
  // prefiere que alguien le explique sus resultados por teléfono", "just ask us to schedule a call", "Os resultados do seu filho estão prontos", "your childs results
  // are in the portal now, call w/ any q's", "to book visits ... and see results", "Rezilta w yo rive", "Para proteger su
  // privacidad", "Your lab work is complete"; fifty-first session, probes 1504-1547)
  ...['only', 'want', 'wanted', 'shared', 'alguien', 'explique', 'explicar', 'just', 'filho', 'filha', 'childs', 'q', 'book', 'rive', 'proteger', 'complete', 'work'],
  // (a portal's list that says "see upcoming appointments ... and get your results securely", a Spanish notice's "send us a message right
  // there": "mándenos un mensaje ahí mismo"; fifty-second session, probe 1551; and its reply to be called, its front desk, probe 1589)
  ...['upcoming', 'mandenos', 'ahi', 'mismo', 'responda', 'llamemos', 'pase', 'recepcion'],
  // (just letting you know; Haitian Creole's "for your safety we never send results by text": "Pou sekirite w, nou pa voye rezilta pa tèks",
  // "nou pa janm mete rezilta nan imèl"; fifty-second session, probes 1590, 1591)
  'letting', ...folded(['sekirite', 'voye', 'tèks', 'janm', 'mete', 'fè', 'pwoteje', 'prive']),
  // (whether anything needs attention: "Your provider will reach out if anything needs attention"; probe 1605)
  'attention', 'page',
  // (and a visit's day written short: "Dr. Okafor can go over them at ur appt Thurs"; probe 954)
  ...['appt', 'appts', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  // (and when to call back, and where results never go: "Please call us when you have a moment", "when u have a min", "never
  // included in emails or texts"; forty-fourth session, probes 1222, 1230, 1232)
  ...['moment', 'minute', 'min', 'texts'],
  // (the week they were drawn, trouble logging in, the doctor who will explain them at the visit, a Spanish portal's "Mi Salud" menu:
  // "your results from last week are in", "Having trouble? Call", "El Dr. Whitcomb se los explicará en su cita"; forty-sixth session,
  // probes 1310, 1322, 1323; "cannot" as "can't"; "last" only before the week: "the same as last time" says how they came out)
  ...['week', 'having', 'explicara', 'mi', 'cannot'],
  // (a note the provider may leave with them, Spanish "nor": "Your provider may also leave a note with the results", "no enviamos
  // resultados por correo ni por mensaje de texto"; forty-seventh session, probes 1367, 1370)
  ...['leave', 'ni'],
  // (Haitian Creole "documents and results" and "with": "Dokiman ak rezilta w yo pare", "kontakte w avè yo"; probe 1379)
  ...folded(['dokiman', 'avè']),
  // and where they appear ("you will see them next to the results": probe 100)
  // a portal account and its password, in the sentence after the notice (probes 95, 102)
  ...['password', 'username', 'forgot', 'cuenta', 'contrasena', 'recuerda', 'olvido', 'ayudamos', 'ayudaremos', 'ayudarle'],
  // a phone extension, a note "in the next few days", someone on the care team; Spanish "were posted", "we let you know", a menu's "Salud" (probes 105-109)
  ...['extension', 'ext', 'few', 'someone', 'publicaron', 'publicamos', 'avisamos', 'seleccione', 'salud'],
  ...['next', 'reviewing', 'proveedor', 'proveedora', 'llamaremos', 'contactaremos', 'comunicaremos', 'llamara', 'comunicara'],
  // the same notice in Portuguese, Polish and Haitian Creole, folded ("Há novos resultados disponíveis no seu portal", "W portalu
  // pacjenta są dostępne nowe wyniki badań. Prosimy się zalogować", "Nouvo rezilta w yo disponib nan pòtal la"; twentieth session)
  ...folded(['seu', 'sua', 'seus', 'suas', 'você', 'novo', 'novos', 'nova', 'novas', 'há', 'está', 'estão', 'já', 'foi', 'foram', 'disponível', 'disponíveis', 'pronto', 'prontos', 'liberado', 'liberados', 'publicado', 'publicados']),
  ...folded(['no', 'na', 'em', 'do', 'da', 'dos', 'das', 'de', 'o', 'os', 'as', 'um', 'uma', 'e', 'ou', 'com', 'para', 'pelo', 'pela', 'por', 'acesse', 'acessar', 'entre', 'entrar', 'faça', 'login', 'veja', 'vê-los', 'abra', 'aplicativo', 'ligue', 'ligar', 'nos', 'nosso', 'nossa', 'equipe']),
  // a Portuguese notice's account and privacy line ("na sua conta ... Por segurança, os resultados só podem ser vistos no portal": thirty-second session, probe 566)
  ...folded(['conta', 'segurança', 'só', 'podem', 'ser', 'vistos', 'visto']),
  // an automated notice; a Spanish one's privacy line and a proxy's sign-in; a Haitian Creole one's "from your last visit" (thirty-second session, probes 569, 573)
  ...folded(['automated', 'automatic', 'seguridad', 'iniciando', 'acceso', 'representante', 'tutor', 'soti', 'dènye', 'vizit']),
  // results shown along with a note, not yet viewed, a provider's note as "their", a Spanish "if needed" (thirty-second session, probes 575, 582)
  ...folded(['along', 'viewed', 'haven', 'their', 'necesario']),
  // the texting program's footer and a Spanish offer of help to sign in (thirty-third session, probes 619, 622: "Reply HELP for help, STOP to opt out", "Si necesita ayuda para entrar")
  ...['help', 'stop', 'opt', 'unsubscribe', 'msg', 'data', 'rates', 'apply', 'ayuda', 'necesita'],
  // a phone menu's option, results not put in an email, and the same Haitian Creole notice's child, privacy and nurse line
  // (thirty-fourth session, probes 666, 668: "Rezilta pitit ou a disponib", "Pou pwoteje vi prive w, nou pa mete rezilta nan imèl",
  // "call 919-555-0100 (option 3)")
  ...['option', 'press', 'put', 'into', 'onto'],
  ...folded(['pitit', 'pa', 'mete', 'imèl', 'pwoteje', 'vi', 'prive', 'enfimyè', 'liy', 'opsyon']),
  // a Spanish notice's "for your privacy we only give them through the portal or by phone" (probe 682)
  ...folded(['solo', 'sólo', 'damos', 'teléfono', 'telefono', 'mediante']),
  ...folded(['médico', 'médica', 'doutor', 'doutora', 'tiver', 'dúvida', 'dúvidas', 'perguntas', 'revisou', 'revisados', 'olá', 'oi', 'prezado', 'prezada', 'obrigado', 'obrigada', 'atenciosamente', 'clínica', 'consultório', 'mensagem', 'senhor', 'senhora', 'sr', 'sra', 'hoje', 'amanhã', 'úteis', 'entraremos', 'contato', 'entrará', 'ligaremos', 'exame', 'exames']),
  ...folded(['twoje', 'twoich', 'pana', 'pani', 'państwa', 'nowe', 'nowy', 'nowych', 'wyniki', 'wynik', 'wyników', 'badań', 'badania', 'są', 'jest', 'już', 'dostępne', 'dostępny', 'gotowe', 'w', 'na', 'do', 'z', 'i', 'lub', 'oraz', 'portalu', 'portal', 'pacjenta']),
  // (and where they come from, and a question asked loosely: "Wyniki z laboratorium GPFC sa dostepne", "Jakby byly pytania, dzwon";
  // thirty-eighth session, probe 920)
  ...folded(['laboratorium', 'jakby', 'były', 'dzwoń', 'razie']),
  ...folded(['prosimy', 'proszę', 'się', 'zalogować', 'zaloguj', 'sprawdzić', 'sprawdzenie', 'zobaczyć', 'o', 'telefon', 'zadzwonić', 'kontakt', 'przychodni', 'przychodnia', 'lekarz', 'lekarka', 'doktor', 'przejrzał', 'przejrzała', 'pytania', 'pytań', 'dzień', 'dobry', 'szanowny', 'szanowna', 'szanowni', 'pozdrawiamy', 'dziękujemy', 'wiadomość', 'aplikacji', 'mogą', 'może', 'skontaktuje', 'skontaktujemy', 'zespół']),
  ...folded(['pra', 'gente', 'sou', 'sit', 'entènèt', 'rezilta', 'ou', 'w', 'yo', 'nouvo', 'disponib', 'pare', 'nan', 'pòtal', 'pasyan', 'la', 'a', 'konekte', 'antre', 'gade', 'wè', 'rele', 'nou', 'si', 'gen', 'kesyon', 'doktè', 'ekip', 'klinik', 'biwo', 'mèsi', 'bonjou', 'pou', 'ak', 'oswa', 'deja', 'tanpri', 'aplikasyon', 'mesaj', 'te', 'ka', 'pral', 'kontakte']),
  // results released when final, before a review; one or more; a call when the patient has a minute (probes 120-125)
  ...['final', 'which', 'means', 'first', 'detail', 'details', 'one', 'more', 'give', 'minute', 'hear', 'another', 'ask', 'mail', 'palavra', 'passe', 'escolha', 'preferir', 'equipa', 'utente', 'consultar', 'qualquer', 'potay', 'sometimes',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'algunos', 'algunas', 'automaticamente', 'posible', 'antes', 'revise', 'vea'],
  // how to view them, and that they are often released once finished; Spanish "we do not include the results in this email" (twenty-first session, probes 141, 150)
  // a privacy line's contraction, and Spanish "call us" (thirty-sixth session, probes 775, 778: "details aren't sent by text", "o llamarnos al")
  ...['aren', 'isn', 'llamarnos'],
  // a provider who reviewed them, with a credential after the name ("Natalia Bondar FNP has reviewed your recent results"; probe 787)
  ...['md', 'np', 'fnp', 'aprn', 'pa', 'rn', 'dnp'],
  ...['how', 'often', 'finished', 'happens', 'incluimos', 'incluye', 'este', 'correo', 'mensaje', 'privacidad'],
  // the law that releases them, and who helps when the patient does not use the portal (twenty-second session, probe 154)
  ...['under', 'federal', 'law', 'most', 'information', 'use', 'help', 'allow', 'response', 'soon', 'possible'],
  // a portal account not made yet, a note seen there too, where the portal shows them, many released at the same
  // time; a portal's Spanish "sometimes before your provider reviews them", "if anything more is needed", "we never
  // send results by email" (twenty-third session, probes 166-172)
  ...['yet', 'too', 'where', 'many', 'same', 'time', 'so', 'all', 'included', 'veces', 'forma', 'automatica', 'hace', 'falta', 'algo', 'mas', 'nunca', 'nuestro', 'nuestra', 'vaya', 'informamos', 'usuario', 'tienes', 'llamanos', 'crearla'],
  // a Haitian Creole notice's tests, provider, someone (twenty-third session, probe 178)
  ...folded(['tès', 'founisè', 'moun', 'yon', 'ap']),
  // a Haitian Creole "now", the federal rule a notice cites by name and the settings that hold results back, a Russian
  // notice's tests (twenty-seventh session, probes 219 and 222: "released ... under the 21st Century Cures Act. ... You
  // can change your release settings", "новые результаты анализов")
  ...folded(['kounye', 'rules', 'cures', 'act', 'century', 'st', 'release', 'settings', 'change', 'анализов', 'анализы']),
  // comments a provider may add later, a child's chart, a Haitian Creole exam (twenty-seventh session, probes 227, 228, 233)
  ...folded(['later', 'chart', 'egzamen']),
  // and its "which", "on" and "the" ("gen nouvo rezilta ki disponib sou pòtal pasyan w lan"; twenty-fifth session, probe 199)
  ...folded(['ki', 'sou', 'lan']),
  // a Polish notice's privacy line and who calls back, as the English and Spanish ones say them ("Ze względu na ochronę
  // prywatności nie przesyłamy szczegółów e-mailem", "Jeśli lekarz będzie chciał omówić wyniki, skontaktujemy się z
  // Panem/Panią"; twenty-sixth session, probe 202)
  // a Haitian Creole notice's file and portal account, and a name's "Ti" ("Dokte w la mete rezilta nan dosye w sou pòtal la. Si w
  // pa gen kont pòtal, rele nou", "Bonjou Ti Jean, rezilta ou yo pare"; thirty-sixth session, probe 774)
  ...folded(['dosye', 'kont', 'dokte', 'ti', 'tanpri']),
  ...folded(['pojawiły', 'pojawił', 'pojawiło', 'ze', 'względu', 'ochronę', 'prywatności', 'nie', 'przesyłamy', 'wysyłamy', 'szczegółów', 'e-mailem', 'mailem', 'jeśli', 'jeżeli', 'będzie', 'chciał', 'chciała', 'omówić', 'skontaktujemy', 'panem', 'panią', 'problemy', 'logowaniem', 'zadzwoń', 'wysłana', 'automatycznie', 'stronie']),
]);
/** Words before "come in" that ask the patient in ("would like you to come in", "please come in"), not results that "have come in". */
const ASKED_IN = new Set(['to', 'please', 'pls', 'plz', 'you', 'u', 'can', 'could']);
/** Words k..last refer back to the results ("go over them", "discuss it") and say someone wants something of the patient ("would like you to"). */
const BACK_REFERENCES = new Set(['them', 'it', 'these', 'those', 'they']);
/** A clinician's word on them ("Dr. O says they look about the same as last yr, no changes needed"; fortieth session, probe 1052). */
const SAYS = new Set(['says', 'said', 'thinks', 'noted', 'notes', 'feels']);
const WANTS = new Set(['would', 'wants', 'asks', 'asked', 'requests', 'needs']);
/** ...or has marked them out ("Dr. Brennan has flagged them for follow-up, please call the nurse line within 24 hours"; thirty-eighth session, probe 920). */
const MARKS = new Set(['flagged', 'flag', 'flags', 'marked', 'circled', 'highlighted']);
function speaksOfThem(k: number, last: number): boolean {
  if (wordText(k) === 'if') return false; // an offer ("If you would like a printed copy of them, ...")
  let back = false;
  let wants = false;
  let talk = false;
  let you = false;
  for (; k <= last; k++) {
    const t = wordText(k);
    if (BACK_REFERENCES.has(t)) back = true;
    else if (WANTS.has(t) || MARKS.has(t) || SAYS.has(t)) wants = true;
    else if (TALKS.has(t)) talk = true;
    else if (t === 'you' || t === 'u') you = true;
  }
  // (or asks to talk with the patient, without naming them: "Dr. Rao would like to talk w/ u before Fri"; thirty-seventh
  // session, probe 877)
  return wants && (back || (talk && you));
}
// (or to treat the patient: "Dr. Okafor wants to start you on a medicine"; fortieth session, probe 1053)
const TALKS = new Set(['talk', 'speak', 'discuss', 'see', 'chat', 'meet', 'start', 'put', 'switch', 'adjust', 'change', 'increase', 'lower']);
/**
 * What a results notice says of a talk only as a condition ("If your provider needs to discuss your results with
 * you, our office will contact you", "Si su proveedor necesita hablar con usted sobre los resultados, le
 * llamaremos"; probes 95, 101, 102): not said as a fact ("The doctor needs to talk with you about your results").
 * A note a care team may add after reviewing them (probe 103). Nineteenth session.
 */
/** The languages whose results notices the rule reads (their words above). */
const READY_LANGUAGES = EN | ES | PT | PL | HT;
/** "If" in those languages (Spanish and Haitian "si", Portuguese "se", Polish "jeśli", "jeżeli"), folded. */
const IF_OPENERS = new Map([['si', ES | HT], ['se', PT], ['jesli', PL], ['jezeli', PL]]);
const IF_WORDS = new Set(['need', 'needs', 'needed', 'want', 'wants', 'talk', 'speak', 'discuss', 'go', 'over', 'about', 'with', 'necesita', 'necesitan', 'hablar', 'platicar', 'sobre', 'revisar', 'comentar', 'precisar', 'conversar', 'falar', 'porozmawiac', 'omowic', 'bezwen', 'pale']);
/** "great", "good", "nice" say how results came out ("your labs and visits look great") unless they greet ("have a great day", "good morning"). */
const PRAISE = new Set(['great', 'good', 'nice', 'buen', 'buenos', 'buenas']);
const GREETED = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'one', 'holiday', 'holidays', 'dia', 'dias', 'tardes', 'noches']);
function greeting(k: number, end: number): boolean {
  return k < end && GREETED.has(wordText(k + 1));
}
function returned(start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (wKind[k] === KIND_LETTERS && RETURNED.has(wordText(k))) return true;
  return false;
}
/**
 * Labs named in a list of three services or more that a bill or a discount covers ("the discount on
 * your visits, labs and medicines", "sus consultas, laboratorios y medicinas"): services, not someone's
 * results ("your labs and visits look great" stays doubted).
 */
const SERVICE_NOUNS = new Set(['visits', 'visit', 'appointments', 'medicines', 'medications', 'prescriptions', 'vaccines', 'shots', 'x', 'rays', 'xrays', 'imaging', 'dental', 'pharmacy', 'consultas', 'consulta', 'citas', 'visitas', 'medicinas', 'medicamentos', 'recetas', 'vacunas', 'radiografias', 'farmacia']);
const LIST_JOINERS = new Set(['and', 'or', 'y', 'o', 'e']);
function listedService(p: Prepared, w: number, start: number, end: number): boolean {
  // a list of three or more: a service joined by a comma on one side and one joined by "and" on the other
  let comma = false;
  let joined = false;
  for (const k of [w - 2, w - 1, w + 1, w + 2]) {
    if (k < start || k > end || !SERVICE_NOUNS.has(wordText(k))) continue;
    const a = Math.min(k, w);
    const b = Math.max(k, w);
    if (b - a === 2 && LIST_JOINERS.has(wordText(a + 1))) joined = true;
    if (b - a === 1 && codeAt(p, curF, p.pos[wE[a]!]! + 1) === 44) comma = true; // "visitas, laboratorios"
  }
  return comma && joined;
}
/**
 * Results as one of the things a portal lets anyone do, in a list beside two others ("In the portal you can message your care team,
 * see results, request refills and pay bills"; fifty-second session, probes 1507, 1521: a welcome letter's next short line, "Save our
 * numbers", had been read as said of someone's results). Blind probes 1502-1557 and the held-in corpora hold such a list in 7 texts,
 * none to be held back; "your results" or "new results" stays a notice.
 */
const SEE_VERBS = new Set(['see', 'view', 'check', 'get', 'access', 'read', 'review']);
const PORTAL_ITEMS = new Set(['refill', 'refills', 'bill', 'bills', 'appointment', 'appointments', 'message', 'messages', 'records', 'forms', 'payments', 'prescriptions']);
function portalFeature(w: number, start: number, end: number): boolean {
  let v = w - 1;
  if (v > start && (wordText(v) === 'test' || wordText(v) === 'lab')) v--;
  if (v < start || !SEE_VERBS.has(wordText(v))) return false;
  let items = 0;
  for (let k = start; k <= end; k++) if (PORTAL_ITEMS.has(wordText(k))) items++;
  return items >= 2;
}
/** Modals before "result in": a consequence, not someone's results. */
const MODALS = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'must', 'to']);
/**
 * "result in" after a modal is a verb: "Repeated no-shows may result in a $25 fee" states a policy,
 * no one's results (thirty-third session, probe 621).
 */
function resultVerb(w: number, start: number, end: number): boolean {
  return wordText(w) === 'result' && w > start && w < end && MODALS.has(wordText(w - 1)) && wordText(w + 1) === 'in';
}
function resultsOnlyReady(p: Prepared, links: Links | null, o: VouchOptions, words: number, names: Set<string> | null, allowed: number): void {
  let sentence = -1;
  for (let w = 0; w < words; w++) {
    const kind = wMask[w]! & (RESULT_BIT | TEST_BIT); // the lexicon's bits: no lookup of its own
    if (kind === 0 || wKind[w] !== KIND_LETTERS || wSent[w] === sentence) continue;
    let start = w;
    while (start > 0 && wSent[start - 1] === wSent[w]) start--;
    let end = w;
    while (end + 1 < words && wSent[end + 1] === wSent[w]) end++;
    const back = returned(start, end);
    if ((kind === TEST_BIT && !back) || listedService(p, w, start, end) || resultVerb(w, start, end) || portalFeature(w, start, end)) continue;
    sentence = wSent[w]!;
    // someone's results: "your", a name, or results that came back ("labs came back a bit off"); not a
    // rule about results ("staff cannot give test results to visitors") nor a campaign's tests
    if (generalOf(sentence) || (untiedOf(sentence) && !back)) continue;
    curOwnResults = true;
    // and the sentence after it when it is short
    let next = end + 1;
    while (next < words && wSent[next] === sentence + 1) next++;
    // a title's period ends no sentence of the notice ("Your lab result is ready. Dr. Lormand says it's nothing to worry
    // about!": thirty-second session, probe 557): the name's words are the next sentence's
    if (next === end + 2 && TITLES.has(wordText(end + 1))) while (next < words && wSent[next] === sentence + 2) next++;
    // (or longer when it speaks of them: "your results are in. Dr. Acevedo would like you to come in as soon as possible to go over
    // them, please call us today at 413-555-0142"; thirty-sixth session, probe 811)
    if (next - end - 1 <= 12 || (next - end - 1 <= 40 && speaksOfThem(end + 1, next - 1))) end = next - 1;
    // (nor a title's period at the end of that sentence: "Pls call the office TODAY - Dr. Ellery needs to talk with you about them";
    // thirty-eighth session, probe 977)
    if (wSent[end] !== sentence && end + 1 < words && TITLES.has(wordText(end))) {
      let after = end + 1;
      while (after < words && wSent[after] === wSent[end + 1]) after++;
      if (after - end - 1 <= 12 || (after - end - 1 <= 40 && speaksOfThem(end + 1, after - 1))) end = after - 1;
    } // ("All 3 sites were clean 👍 Full report in the portal": probe 106)
    let conditional = false; // in a clause opened by "if" ("If your provider needs to talk with you about your results, ...")
    for (let k = start; k <= end; k++) {
      const t = wordText(k);
      if (t === 'if' || (IF_OPENERS.has(t) && (allowed & IF_OPENERS.get(t)!) !== 0)) conditional = true;
      else if (k > start && codeAt(p, curF, p.pos[wE[k - 1]!]! + 1) === 44) conditional = false;
      // only what the word lists vouched for: a name in a name's place, a word no list holds ("MyLaurelFork",
      // a portal's name) and the practice's words stay; not a capitalized word ("Your Results Came Back A Bit Off")
      if (wOk[k] !== 1 || wKind[k] !== KIND_LETTERS || (wMask[k]! & allowed) === 0) continue;
      if ((conditional && IF_WORDS.has(t)) || (t === 'need' && k < end && wordText(k + 1) === 'help') || (t === 'last' && k < end && wordText(k + 1) === 'week')) continue;
      const fs = p.pos[wS[k]!]!;
      const fe = p.pos[wE[k]!]! + 1;
      // (not "good to go", "look great", nor a patient asked to come in about them: "Dr. Acevedo would like you to come in as soon as
      // possible to go over them"; thirty-sixth session, probe 811)
      if (READY_WORDS.has(t) && !(t === 'go' && k >= 2 && wordText(k - 1) === 'to' && wordText(k - 2) === 'good') && !(t === 'come' && k > start && k < end && wordText(k + 1) === 'in' && ASKED_IN.has(wordText(k - 1))) && (!PRAISE.has(t) || greeting(k, end))) continue;
      // (a surname that is also a word, after its title: "Hola Sr. Paredes, sus resultados ya están en el portal"; fifty-second session, probe 1554)
      if (names?.has(t) === true || ((wMask[k]! & NAME_BIT) !== 0 && capitalized(p, k)) || (k > 0 && TITLES.has(wordText(k - 1)) && capitalized(p, k)) || inLink(links, fs, fe) || coveredBy(o.vouchedSpans, fs, fe)) continue;
      if (o.extra !== null && latinBits(o.extra, p.sym, wS[k]!, wE[k]!) !== 0) continue;
      wOk[k] = 0;
    }
  }
}

/**
 * Campaign language: en-general words in a sentence nothing ties to the patient, en-topics words
 * (the body, conditions) only in one addressed to everyone; never in a link or a place of care's name.
 * (Functions here are declared once, not as closures per call: a closure made per text costs more
 * than the test it runs, measured with bench/ section b.)
 */
function campaignWord(p: Prepared, f: string | null, links: Links | null, m: number, w: number, fs: number, fe: number, words: number): boolean {
  return (
    ((m & GENERAL) !== 0 || (m & TOPIC_WORD) !== 0) &&
    (!inLink(links, fs, fe) || campaignPath(links!, fs, fe, w)) &&
    !visitType(w, words) &&
    ((m & GENERAL) !== 0 ? untiedOf(wSent[w]!) : generalOf(wSent[w]!)) &&
    (!inCarePlaceName(p, f, w, words) || servicesOf(wSent[w]!))
  );
}

/**
 * "better" said of the practice by its vetted name ("use your feedback to make Prairie Oaks better";
 * twenty-first session, probes 125, 147, 149): "make", the name, "better", in one sentence.
 */
function madeBetter(p: Prepared, spans: VouchOptions['vouchedSpans'], w: number): boolean {
  if (wordText(w) !== 'better') return false;
  // ...and, said of a thing of the practice's (twenty-second session, probes 141, 146, 149, 154): "better
  // lighting", "a better mobile app"; "make video visits better", "make your health center better"; "If
  // anything could have gone better" of a survey
  if (w + 1 < curWords && wSent[w + 1] === wSent[w] && PRACTICE_THINGS.has(wordText(w + 1))) return true;
  let k = w - 1;
  while (k >= 0 && wSent[k] === wSent[w] && (coveredBy(spans, p.pos[wS[k]!]!, p.pos[wE[k]!]! + 1) || PRACTICE_THINGS.has(wordText(k)) || THINGS_OWNERS.has(wordText(k)))) k--;
  if (k >= 0 && k < w - 1 && wSent[k] === wSent[w] && (wordText(k) === 'make' || wordText(k) === 'making')) return true;
  return feedbackBetter(w) || timeBetter(w);
}
/** Words of a time to choose, and what works or suits it: "call to find another time that works better" (forty-first session, probe 1067). */
const TIME_CHOICES = new Set(['time', 'times', 'day', 'days', 'date', 'dates', 'slot', 'slots', 'option', 'options', 'schedule', 'appointment', 'appt', 'hour', 'hours']);
const SUITS = new Set(['works', 'work', 'suits', 'suit', 'fits', 'fit']);
/** "better" after "works" or "suits" said of a time, not of a medicine ("the new inhaler works better"). */
function timeBetter(w: number): boolean {
  if (w < 2 || wSent[w - 1] !== wSent[w] || !SUITS.has(wordText(w - 1))) return false;
  for (let k = w - 2; k >= 0 && wSent[k] === wSent[w] && k >= w - 6; k--) if (TIME_CHOICES.has(wordText(k))) return true;
  return false;
}
/** Things of the practice's that a notice or a survey may make better (not a person, a body or a result). */
const PRACTICE_THINGS = new Set(['lighting', 'app', 'apps', 'portal', 'website', 'site', 'visits', 'visit', 'video', 'service', 'services', 'experience', 'parking', 'access', 'design', 'tools', 'hours', 'communication', 'center', 'clinic', 'clinics', 'office', 'offices', 'practice', 'care', 'health', 'community', 'system', 'phone', 'phones', 'mobile', 'options', 'scheduling', 'waiting', 'room', 'rooms', 'signage', 'process']);
const THINGS_OWNERS = new Set(['your', 'our', 'the', 'a', 'this', 'these']);
/** "If anything could have gone better", "anything ... that could be better": a survey's question. */
const MADE = new Set(['made', 'make', 'makes']);
function feedbackBetter(w: number): boolean {
  let k = w - 1;
  let could = false;
  for (; k >= 0 && wSent[k] === wSent[w] && w - k <= 10; k--) {
    const t = wordText(k);
    // (a survey's "helps us serve you better", "serve Dearborn better"; twenty-fifth session, probe 197)
    if (t === 'serve' && w - k <= 4) return true;
    // (a review asked for and where to send feedback: "If our team made your day a little better, would you leave us a quick review?",
    // "tell us directly at feedback@... so we can make it better"; fifty-second session, probes 1516, 1543)
    if (t === 'feedback' || (t === 'day' && k >= 2 && wordText(k - 1) === 'your' && MADE.has(wordText(k - 2)))) return true;
    if (t === 'could') could = true;
    if (t === 'anything' || t === 'something') return could;
  }
  return false;
}

/**
 * A campaign's topic in the path of its own link ("More tips: ashburyfamilymed.com/ticks"; twenty-second
 * session, probes 104, 105, 118): in a sentence addressed to everyone, in a link without a query (one with
 * "?patient=44" or "?topic=..." may be the patient's own page).
 */
function campaignPath(links: Links, fs: number, fe: number, w: number): boolean {
  return analysed().addressed[wSent[w]!]! && pathWord(links, fs, fe);
}

/** Words after a campaign word that make it a visit's type ("vaping visit 10/14", "hearing follow-up Tue 9am"; twenty-first session). */
const VISIT_WORDS = new Set(['visit', 'visits', 'appt', 'appts', 'appointment', 'appointments', 'follow', 'followup', 'recheck', 'consult', 'consultation', 'f']);
/** Campaign words that name no type of visit before a visit word ("a lab visit", "rides to medical appointments"). */
const ANY_VISIT = new Set(['lab', 'labs', 'medical']);
/** Word w names the type of a visit: a visit word right after it, in its sentence. */
function visitType(w: number, words: number): boolean {
  return w + 1 < words && wSent[w + 1] === wSent[w] && VISIT_WORDS.has(wordText(w + 1)) && !ANY_VISIT.has(wordText(w));
}

/**
 * A word written as it is said, without its final g ("mornin", "nothin", "checkin"): vouched for when
 * the word with its g is a vouched English word (not "bleedin": "bleeding" is kept out).
 */
function droppedG(word: string, lex: Lexicon): boolean {
  return word.length >= 4 && word.endsWith('in') && (lex.latin(`${word}g`) & EN) !== 0;
}

/** Verbs after "ill" that make it "I'll" typed without its apostrophe ("ill have it bagged up", "ill call u"), not "ill" the state. */
const AFTER_ILL = new Set(['have', 'be', 'call', 'text', 'see', 'let', 'send', 'get', 'check', 'bring', 'put', 'ask', 'leave', 'look', 'mail', 'drop', 'hold', 'give', 'make', 'try', 'email', 'fax', 'keep', 'do', 'need', 'just', 'go', 'come', 'set', 'move', 'meet', 'talk', 'tell']);
function illBeforeVerb(w: number, words: number): boolean {
  return (wordText(w) === 'ill' && w + 1 < words && wSent[w + 1] === wSent[w] && AFTER_ILL.has(wordText(w + 1))) || becauseShort(w, words);
}
/**
 * "bc" typed for "because" before a clause or "of" ("cancelled bc we couldn't verify ur insurance", "bc of the power outage";
 * fortieth session, 5 texts of probes 869-971), not birth control ("your bc refill", "start bc"): nothing of anyone's before it.
 */
const AFTER_BECAUSE = new Set(['of', 'we', 'the', 'u', 'you', 'ur', 'your', 'our', 'it', 'its', 'they', 'he', 'she', 'i', 'dr', 'provider', 'there', 'doctor']);
const NOT_BEFORE_BECAUSE = new Set(['your', 'ur', 'my', 'her', 'his', 'on', 'start', 'started', 'for', 'the', 'a', 'of', 'no', 'backup', 'use', 'take', 'taking', 'forget', 'missed', 'remember']);
function becauseShort(w: number, words: number): boolean {
  return wordText(w) === 'bc' && w + 1 < words && wSent[w + 1] === wSent[w] && AFTER_BECAUSE.has(wordText(w + 1)) && !(w > 0 && wSent[w - 1] === wSent[w] && NOT_BEFORE_BECAUSE.has(wordText(w - 1)));
}

/**
 * A word written with a letter held ("sooo", "pleeease", "thanksss"): a run of three or more of one
 * letter read as one or two of it, and the word so read vouched for in the text's language.
 */
function elongated(word: string, lex: Lexicon, allowed: number): boolean {
  if (!/(.)\1\1/.test(word)) return false;
  const once = word.replace(/(.)\1{2,}/g, '$1');
  const twice = word.replace(/(.)\1{2,}/g, '$1$1');
  return (lex.latin(once) & allowed) !== 0 || (lex.latin(twice) & allowed) !== 0;
}

/** Words before "back" that make it someone's body ("your back", "the spot on my back", "lower back"); not "her" ("call her back"). */
const BACK_OWNERS = new Set(['your', 'ur', 'yr', 'my', 'his', 'lower', 'upper', 'sore']);

/**
 * "back" as a body part: the one everyday word for one that the common-word list vouches for ("call you
 * back"), so it is doubted where it is someone's back, unless "to" follows ("your back-to-school forms").
 */
function bodyBack(w: number, words: number, sym: Uint8Array): boolean {
  const s = wS[w]!;
  if (wE[w]! - s !== 3 || sym[s] !== 1 || sym[s + 1] !== 0 || sym[s + 2] !== 2 || sym[s + 3] !== 10) return false;
  if (w === 0 || wSent[w - 1] !== wSent[w] || !BACK_OWNERS.has(wordText(w - 1))) return false;
  return !(w + 1 < words && wordText(w + 1) === 'to');
}

/**
 * Everyday words for what someone's care has them use: walking aids, and devices at home (a CPAP
 * "machine", a glucose "monitor", "meter" or "sensor", an insulin or breast "pump", a chemo "port",
 * "oxygen", a "brace" or "sling"). Not "mask" (every notice asks for one) nor "aid" ("financial aid").
 */
const AIDS = new Lexicon(); // over skeleton symbols: a word is looked up without a string
for (const aid of ['wheelchair', 'wheelchairs', 'walker', 'walkers', 'rollator', 'cane', 'canes', 'crutches', 'brace', 'sling', 'splint', 'machine', 'monitor', 'meter', 'sensor', 'sensors', 'pump', 'port', 'oxygen', 'concentrator', 'nebulizer', 'commode',
  // (and what treats an eye: "Take your AM drops as usual", "she can't drive for 24 hrs after her laser today"; twenty-ninth session, probe 353)
  'drops', 'laser',
  // (and a cochlear implant's sound processor: "Pls bring ur processor, both magnets & the backup batteries"; forty-fourth session, probe 1230)
  'processor']) AIDS.add(aid, 1);
const AID_OWNERS = new Set(['your', 'ur', 'yr', 'his', 'her', 'their', 'my']);
/** Words between "the" and an aid that say which one ("bring the new quad cane"). */
const AID_KINDS = new Set(['new', 'quad', 'rolling', 'folding', 'loaner', 'rental', 'standard', 'hospital']);

/** Relatives whose walking aid or fall a caregiver is asked about ("your dad's new walker"). */
const RELATIVES = new Set(['mom', 'mum', 'dad', 'mother', 'father', 'husband', 'wife', 'son', 'daughter', 'child', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'aunt', 'uncle', 'brother', 'sister', 'parent', 'spouse', 'partner']);
/** Verbs before "the" and an aid: someone uses it, or staff bring it to them ("Omar will bring the new quad cane"; twenty-fourth session, probe 184). */
const AID_USE = new Set(['with', 'using', 'use', 'uses', 'on', 'bring', 'brings', 'bringing', 'deliver', 'delivers', 'delivering', 'fit', 'adjust']);

/**
 * An aid that is someone's ("the van has a lift for your wheelchair", "did your dad's new walker get
 * delivered?", "is she doing ok with the walker?", "we reviewed your machine data"): about the
 * patient, so doubted. The owner right before it or one word before ("your new walker").
 */
function ownedAid(w: number, sym: Uint8Array): boolean {
  const s = wS[w]!;
  const len = wE[w]! - s + 1;
  if (len < 4 || len > 11 || w === 0 || latinBits(AIDS, sym, s, wE[w]!) === 0) return false;
  if (aidOwner(w - 1, w) || (w > 1 && wKind[w - 1] === KIND_LETTERS && aidOwner(w - 2, w))) return true;
  let k = w - 1;
  while (k > 0 && w - k <= 2 && wSent[k] === wSent[w] && AID_KINDS.has(wordText(k))) k--;
  return (wordText(k) === 'the' || (wordText(k) === 'a' && k < w - 1)) && k > 0 && wSent[k - 1] === wSent[w] && AID_USE.has(wordText(k - 1));
}

/**
 * What a clinician has someone wear, and for how long ("she must wear her glasses in class at all times", "keep the patch
 * on 2 hrs/day"; twenty-fourth session, probe 185): a verb of wearing, an owner or "the", and the thing worn.
 */
const WORN = new Lexicon();
for (const thing of ['glasses', 'patch', 'lenses', 'contacts', 'retainer', 'boot', 'brace', 'splint', 'sling', 'monitor', 'aligners', 'sunglasses', 'wraps', 'bandages', 'garment', 'garments', 'sleeve', 'sleeves',
  // (and a wound's dressing left on: "Leave the wrap on til Thursday and dont get it wet"; thirty-first session, probe 472)
  'wrap', 'bandage', 'dressing', 'gauze', 'cast']) WORN.add(thing, 1);
const WEAR = new Set(['wear', 'wears', 'wearing', 'keep', 'keeps', 'keeping', 'leave', 'leaving']);
function wornThing(w: number, sym: Uint8Array): boolean {
  const len = wE[w]! - wS[w]! + 1;
  if (len < 4 || len > 8 || w < 2 || wSent[w - 2] !== wSent[w] || latinBits(WORN, sym, wS[w]!, wE[w]!) === 0) return false;
  const owner = wordText(w - 1);
  return (owner === 'the' || AID_OWNERS.has(owner)) && WEAR.has(wordText(w - 2));
}

/** Word k, in word w's sentence, makes w someone's: "your", "his"... or a relative's possessive ("dad's"). */
function aidOwner(k: number, w: number): boolean {
  if (wSent[k] !== wSent[w]) return false;
  const t = wordText(k);
  return AID_OWNERS.has(t) || (t === 's' && k > 0 && wSent[k - 1] === wSent[w] && RELATIVES.has(wordText(k - 1)));
}

/** What a "fall" after "after your" is when it is a season ("after your fall break"). */
const FALL_SEASON = new Set(['break', 'semester', 'session', 'schedule', 'hours', 'festival', 'sports', 'season', 'term', 'classes', 'visit', 'appointment', 'appt', 'clinic', 'event', 'fair', 'vacation', 'trip']);
const FALL_OWNERS = new Set(['your', 'ur', 'his', 'her', 'their', 'my', 'a', 'the', 's']);

/** "after his fall", "since your fall": a fall the patient had, not the season ("this fall", "after your fall break"). */
function injuryFall(w: number, words: number, sym: Uint8Array): boolean {
  const s = wS[w]!;
  if (wE[w]! - s !== 3 || sym[s] !== 5 || sym[s + 1] !== 0 || sym[s + 2] !== 11 || sym[s + 3] !== 11 || w < 2) return false;
  if (wSent[w - 2] !== wSent[w] || !FALL_OWNERS.has(wordText(w - 1))) return false;
  const before = wordText(w - 2);
  if (before !== 'after' && before !== 'since' && before !== 'from' && !(before === 'dad' || before === 'mom' || RELATIVES.has(before))) return false;
  return !(w + 1 < words && wSent[w + 1] === wSent[w] && FALL_SEASON.has(wordText(w + 1)));
}

/** Words that make a shot a vaccine: a flu shot said to the patient reveals no care worth hiding. */
const VACCINE_WORDS = new Set(['flu', 'influenza', 'covid', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'immunization', 'immunizations', 'booster', 'boosters', 'school']);
/** A visit for a shot ("Thu 4:30 shot visit - last one this month!": twenty-eighth session, probe 288's allergy shots). */
const SHOT_VISITS = new Set(['visit', 'visits', 'appt', 'appointment', 'appointments', 'day', 'schedule']);
/** A shot's paperwork: a child's vaccine record for school ("please bring her shot record"). */
const SHOT_PAPERS = new Set(['record', 'records', 'card', 'cards', 'history', 'form', 'forms']);

/**
 * The patient's own shot where the text names no vaccine ("ur due for ur shot 10/30 (12 wks from last
 * one)", "your next shot is due Friday"): a recurring injection (contraception, allergy, B12,
 * testosterone) is care, while the everyday word vouches for "a shot at the title". "your" or "ur"
 * right before it, or one word before ("your next shot"), or a visit for it ("shot visit"); not "your flu shot", nor "your best shot".
 */
function ownShot(w: number, words: number, sym: Uint8Array): boolean {
  const s = wS[w]!;
  const len = wE[w]! - s + 1;
  if ((len !== 4 && len !== 5) || sym[s] !== SYM_S || sym[s + 1] !== SYM_H) return false;
  const t = wordText(w);
  if ((t !== 'shot' && t !== 'shots') || (w > 0 && wordText(w - 1) === 'best')) return false; // "give it your best shot"
  if (w + 1 < words && wSent[w + 1] === wSent[w] && SHOT_PAPERS.has(wordText(w + 1))) return false; // "bring her shot record"
  const owned = (k: number): boolean => k >= 0 && wSent[k] === wSent[w] && AID_OWNERS.has(wordText(k));
  const visit = w + 1 < words && wSent[w + 1] === wSent[w] && SHOT_VISITS.has(wordText(w + 1)); // "Thu 4:30 shot visit"
  // (or the time of it between: "Jess, your 8:30 shot can be moved to 10:15"; twenty-ninth session, probe 383)
  const timed = w > 2 && wKind[w - 1] === KIND_DIGITS && wKind[w - 2] === KIND_DIGITS && separatedBy(curP!, curF, w - 2, ':') && owned(w - 3);
  if (!owned(w - 1) && !(owned(w - 2) && wKind[w - 1] !== KIND_DIGITS) && !visit && !timed) return false;
  for (let k = 0; k < words; k++) if (wKind[k] === KIND_LETTERS && VACCINE_WORDS.has(wordText(k))) return false;
  return true;
}

/** The lexicon bits of skeleton symbols [from, to], read through the trie. */
function latinBits(lex: Lexicon, sym: Uint8Array, from: number, to: number): number {
  let row = 37;
  for (let k = from; k <= to && row !== 0; k++) {
    const s = sym[k]!;
    row = s < SENTINEL ? lex.next[row + s]! : 0;
  }
  return row === 0 ? 0 : lex.next[row + SENTINEL]!;
}

function onlySpaces(p: Prepared, f: string | null, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(p, f, i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A sentence ends between two words at . ! ? ; or a line break (a '.' only before a space or line break). */
const NO_BREAK = 0;
const BREAK = 1;
const COLON_BREAK = 2;
const QUESTION_BREAK = 3;
function sentenceBreak(p: Prepared, f: string | null, from: number, to: number): number {
  let colon = false;
  for (let i = from; i < to; i++) {
    const c = codeAt(p, f, i);
    if (c === 63 || c === 0xff1f) return QUESTION_BREAK;
    if (c === 33 || c === 59 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01) return BREAK;
    if (c === 58 && codeAt(p, f, i + 1) === 32) colon = true; // a colon: "February is heart month: take the stairs"
    if (c === 46) {
      const d = codeAt(p, f, i + 1);
      if (d === 32 || d === 10 || d === 13 || d === 9 || d === -1) return BREAK;
    }
  }
  return colon ? COLON_BREAK : NO_BREAK;
}

/**
 * Per sentence: `untied`, nothing ties it to the patient (campaign language is vouched for there);
 * `general`, also a word that addresses everyone (sensitive words of general content are dropped there).
 */
/** "Workers' comp" names an insurance, not an audience ("Workers' Comp Claim #WC-2024-61502"; twenty-eighth session, probe 309). */
function workersComp(w: number, words: number): boolean {
  const t = wordText(w);
  return (t === 'workers' || t === 'worker') && w + 1 < words && (wordText(w + 1) === 'comp' || wordText(w + 1) === 'compensation');
}

/**
 * "Services:" opening a line, a field of a bill or a summary ("Services: Work Conditioning Program (4 hrs/day) - Workers' Comp
 * Claim"; twenty-eighth session, probe 309): what follows is the patient's, not a campaign's offer. A list of three
 * items or more is still read as the practice's services.
 */
function servicesField(p: Prepared, w: number): boolean {
  const t = wordText(w);
  if ((t !== 'services' && t !== 'service') || charAfter(p, w) !== 58) return false;
  const start = origStart(p, p.pos[wS[w]!]!);
  return start === 0 || p.text.lastIndexOf('\n', start - 1) === start - 1 || p.text.slice(p.text.lastIndexOf('\n', start - 1) + 1, start).trim() === '';
}

/** A sentence that says of a condition that it is curable, treatable, preventable or common ("Hepatitis C is curable!"). */
const CLAIM_OPENER = /^(?:[a-z0-9'-]+ ){1,3}(?:is|are) (?:very |highly |now )?(?:curable|treatable|preventable|common|contagious)\b/;
function claimOpener(p: Prepared, first: number, next: number): boolean {
  return CLAIM_OPENER.test(foldedText(p).slice(p.pos[wS[first]!]!, p.pos[wS[next]!]!));
}

/** A Chinese run's campaign words and "you" (HAN_MARKER, HAN_YOU_EXCEPTED), marked on its sentence sn. */
function hanSentenceWords(w: number, sn: number, first: number, toAll: boolean, marker: boolean[], tie: boolean[], tieWord: boolean[], markers: (number[] | undefined)[]): void {
  const run = wordText(w);
  if (hanMarked(run)) {
    marker[sn] = true;
    (markers[sn] ??= []).push(curP!.pos[wS[w]!]!);
  }
  if (CHINESE_YOU.test(run.replace(HAN_YOU_EXCEPTED, '')) && !HAN_ASK_PROVIDER.test(wordText(first))) {
    tieWord[sn] = true;
    if (!toAll) tie[sn] = true;
  }
}
/**
 * A run of Chinese characters with a word that addresses everyone (HAN_MARKER), outside the bundle's vetted names: "社區"
 * of "翡翠園社區診所", the practice's own name, made one patient's visit summary a campaign (forty-sixth session, probe 1313).
 */
function hanMarked(run: string): boolean {
  HAN_MARKER.lastIndex = 0;
  for (let m = HAN_MARKER.exec(run); m !== null; m = HAN_MARKER.exec(run)) if (!inVettedHan(run, m.index, m.index + m[0].length)) return true;
  return false;
}
/** run[from, to) lies inside a piece of the run that the bundle vetted (curExtra's words). */
function inVettedHan(run: string, from: number, to: number): boolean {
  const extra = curExtra;
  if (extra === null) return false;
  const max = extra.maxUnspaced;
  for (let a = Math.max(0, to - max); a <= from; a++) for (let b = to; b <= Math.min(run.length, a + max); b++) if (extra.words.has(run.slice(a, b))) return true;
  return false;
}
/**
 * Vietnamese words that address a sentence to everyone, as pairs of syllables (folded; forty-ninth session, the campaigns of
 * probes 1313-1419 and 1430-1437): free, everyone, the community, all, awareness, folks, a fair, an event, adults, children,
 * women, men, the elderly, the world's day, the whole country, the newsletter, all families.
 */
const VI_MARKERS = new Set(['mien phi', 'moi nguoi', 'cong dong', 'tat ca', 'nhan thuc', 'nhan biet', 'ba con', 'hoi cho', 'su kien', 'nguoi lon', 'tre em', 'phu nu', 'nam gioi', 'cao tuoi', 'the gioi', 'toan quoc', 'ban tin', 'moi gia dinh', 'cac gia dinh']);
/**
 * Vietnamese "you": a kinship word as written ("chị", "anh", "bác"), "bạn", or "quý vị" ("Thuốc của quý vị đã sẵn sàng"), ties its
 * sentence to the reader, except when a plural makes it everyone ("các anh", "mọi người", "những bạn") or it is one of the words
 * for people at large ("bà con", folks; "ông bà", grandparents; "anh chị em", everyone; "bạn bè", friends). Without tone marks
 * only "anh" and "em" are read so ("co" is also "có", to have; "chi" is "chỉ", only).
 */
const VI_YOU = new Set(['bé', 'chú', 'bác', 'cô', 'em', 'dì', 'cậu', 'ông', 'bà', 'anh', 'chị', 'bạn', 'vị']);
const VI_YOU_ASCII = new Set(['anh', 'em']);
const VI_PLURAL_BEFORE = new Set(['cac', 'moi', 'nhung', 'quy']);
const VI_PEOPLE = new Set(['tre em', 'ba con', 'ong ba', 'anh chi', 'chi em', 'con em', 'ban be', 'cha me', 'bo me']);
function vietnameseSentenceWord(p: Prepared, w: number, sn: number, toAll: boolean, marker: boolean[], tie: boolean[], tieWord: boolean[], markers: (number[] | undefined)[]): void {
  const t = wordText(w);
  const prev = w > 0 && wSent[w - 1] === sn && wKind[w - 1] === KIND_LETTERS ? wordText(w - 1) : '';
  if (prev !== '' && VI_MARKERS.has(`${prev} ${t}`) && !practiceNamePart(p, w, curWords)) {
    marker[sn] = true;
    (markers[sn] ??= []).push(p.pos[wS[w - 1]!]!);
  }
  const written = p.ascii ? t : writtenAs(p, w);
  if (!(p.ascii ? VI_YOU_ASCII : VI_YOU).has(written)) return;
  if (written === 'vị' && prev !== 'quy') return;
  const next = w + 1 < curWords && wSent[w + 1] === sn && wKind[w + 1] === KIND_LETTERS ? wordText(w + 1) : '';
  if ((VI_PLURAL_BEFORE.has(prev) && written !== 'vị') || VI_PEOPLE.has(`${prev} ${t}`) || VI_PEOPLE.has(`${t} ${next}`)) return;
  tieWord[sn] = true;
  if (!toAll) tie[sn] = true;
}
function analyseSentences(p: Prepared, words: number, sentences: number, wordText: (w: number) => string): Sentences {
  const marker = new Array<boolean>(sentences).fill(false);
  const tie = new Array<boolean>(sentences).fill(false);
  const items = new Int32Array(sentences);
  const markers: (number[] | undefined)[] = [];
  const listed: boolean[] = [];
  const digits: boolean[] = [];
  const counted: boolean[] = []; // a number that is no length of time or amount of a tip ("30 minutes a day", "SPF 30", "8 glasses")
  const clock: boolean[] = []; // an hour of the clock ("Tue 9am", "at 6:30 PM")
  const dated: boolean[] = []; // a date ("5/3", "Tuesday the 12th", "Oct 19")
  const named: boolean[] = [];
  const familyOwn: boolean[] = [];
  const kinYour: boolean[] = [];
  const tieWord: boolean[] = []; // a word for "you", even in a mailing to a group, or a person's title ("Ms. Reyes")
  const titled: boolean[] = []; // a person's title
  // A sentence that opens with advice ("Cover your head and ears", "Check on your neighbors"), and whether
  // its only ties are that advice's "you"/"your" (`adviceOnly`): in a campaign, the advice is everyone's.
  const item: boolean[] = [];
  const firstOf: number[] = []; // each sentence's first word
  const advice: boolean[] = [];
  const adviceOnly: boolean[] = [];
  const next = SENTENCE_WORDS.next;
  const f = p.ascii ? null : foldedText(p);
  let campaignWord = false;
  // A mailing that greets a group ("Dear Maple Hollow families", "Hi everyone"): its "you" is anyone who reads it.
  const toAll = groupGreeting(p.text) || practiceFamily(p, words) || (massMailing() && IMPERSONAL_GREETING.test(p.text.length > 300 ? p.text.slice(0, 300) : p.text));
  for (let w = 0; w < words; w++) {
    const sn = wSent[w]!;
    if (wKind[w] === KIND_DIGITS || wKind[w] === KIND_MIXED) {
      digits[sn] = true;
      if (!tipAmount(w, words, wordText)) counted[sn] = true;
    }
    if (clockAt(p, w, words, wordText)) clock[sn] = true;
    if (wKind[w] === KIND_DIGITS && dateAt(p, f, w, words, wordText)) dated[sn] = true;
    if (w === 0 || wSent[w - 1] !== sn) {
      firstOf[sn] = w;
      item[sn] = bulleted(p.text, origStart(p, p.pos[wS[w]!]!));
      // (and in a mailing's subject line, a clause that opens with advice: "Measles in Texas: check your vaccine records";
      // and in a mass mailing, a sentence of running text that opens with it, or with "Please" and it: "Heat wave tips
      // for everyone. Drink water all day, not just when you're thirsty. [...] Unsubscribe"; twenty-third session, probes
      // 102-175; a text with no mailing's marks keeps running-text advice doubted)
      if (wKind[w] === KIND_LETTERS && (curAllowed & EN) !== 0 && (item[sn] || curCampaignElsewhere || massMailing())) {
        const first = wordText(w);
        advice[sn] = ADVICE.has(first === 'please' && w + 1 < words && wSent[w + 1] === sn ? wordText(w + 1) : first);
      } else advice[sn] = false;
    }
    // A person's given name ties the sentence to someone ("Alexa's Healthy Weight class is Wednesday",
    // "la clase de Peso Saludable de Alexa"), unless a title makes it a provider's ("Dr. Anne Whitaker")
    // or it is also an English word ("May is Mental Health Month").
    if (personName(p, w, words, sn)) named[sn] = true;
    // A list of what the practice offers ("Primary Care - Pediatrics - Behavioral Health | Lab"): items between separators.
    if (w > 0 && wSent[w - 1] === sn && listSeparator(p, f, p.pos[wE[w - 1]!]! + 1, p.pos[wS[w]!]!) && (items[sn] = items[sn]! + 1) === 3) listed[sn] = true;
    // A follow-up is someone's own ("Reminder: follow-up for alcohol use on Mon 1/12"): it ties as "your" does.
    if ((!toAll && followUp(p, w, words, sn, wordText)) || (wE[w]! - wS[w]! === 2 && p.sym[wS[w]!] === SYM_H && someonesBody(w, words, sn, wordText))) {
      tie[sn] = true;
      adviceOnly[sn] = false;
    }
    // One trie read per letter instead of a string per word; a word of another script by its text (Russian).
    let row = 37;
    for (let k = wS[w]!; k <= wE[w]! && row !== 0; k++) {
      const sym = p.sym[k]!;
      row = sym < SENTINEL ? next[row + sym]! : 0;
    }
    if (wKind[w] === KIND_OTHER && wMask[w] === -1) {
      hanSentenceWords(w, sn, firstOf[sn]!, toAll, marker, tie, tieWord, markers);
      if (marker[sn]) campaignWord = true;
      continue;
    }
    if ((curAllowed & VI) !== 0 && wKind[w] === KIND_LETTERS) vietnameseSentenceWord(p, w, sn, toAll, marker, tie, tieWord, markers);
    if (marker[sn]) campaignWord = true;
    let bits = wKind[w] === KIND_OTHER ? SENTENCE_WORDS.other(wordText(w)) : row === 0 ? 0 : next[row + SENTINEL]!;
    if (bits === 0 && (curAllowed & SO) !== 0 && wKind[w] === KIND_LETTERS && wE[w]! - wS[w]! >= 5 && SOMALI_YOUR.test(wordText(w)) && !SOMALI_COMES.has(wordText(w))) bits = SO << 1;
    if (bits === 0) continue;
    if ((bits & TITLE_WORD) !== 0) tieWord[sn] = titled[sn] = true; // a person's title ("Ms. Reyes")
    // "Month" marks a campaign ("heart month"), not a duration ("come back in a month"); "every" marks
    // everyone ("every patient"), not a schedule ("every day").
    if ((bits & 1) !== 0 && !timeNotAudience(w, words, wordText) && !possessiveGroup(p, w) && !placeNamePart(p, w, words) && !practiceNamePart(p, w, words) && !servicesField(p, w) && !workersComp(w, words)) {
      marker[sn] = true;
      campaignWord = true;
      (markers[sn] ??= []).push(p.pos[wS[w]!]!);
    }
    if (((bits >> 1) & curAllowed) !== 0) {
      const t = wordText(w);
      const nextWord = w + 1 < words && wSent[w + 1] === sn ? wordText(w + 1) : '';
      const prevWord = w > 0 && wSent[w - 1] === sn ? wordText(w - 1) : '';
      const excepted =
        TIE_EXCEPTIONS.has(nextWord) ||
        prevWord === 'thank' ||
        (prevWord === 'did' && t === 'you') ||
        (prevWord === 'someone' && t === 'you') ||
        (t === 'u' && nextWord === 's') ||
        (t === 'you' && (prevWord === 'whether' || (prevWord === 'not' && w >= 3 && wordText(w - 2) === 'or' && wordText(w - 3) === 'whether'))) || // a campaign's "Whether or not you have joint pain", "Whether you smoke, chew or vape"
 // "U.S." is no "u" (you): "the #1 cause of death for adults in the U.S."
        streetLetter(w) ||
        youAreNotAlone(w, words, t, wordText) ||
        askYourProvider(t, prevWord, nextWord) ||
        ifAnyone(t, prevWord, nextWord) ||
        goodForYour(t, prevWord, nextWord) ||
        fastersYour(t, prevWord, nextWord);
      if (!excepted) tieWord[sn] = true;
      else if (TIE_EXCEPTIONS.has(nextWord) && KIN.has(nextWord)) kinYour[sn] = true;
      // (advice whose "your" is anyone's still opens a campaign: "Protect your skin:")
      if (!toAll && (!excepted || advice[sn] === true)) adviceOnly[sn] = advice[sn] === true && (bits & (EN << 1)) !== 0 && (tie[sn] !== true || adviceOnly[sn] === true);
      if (!excepted && !toAll) tie[sn] = true;
      // "your family's health screening is Wed 4/9 at 9 AM": the family's own visit, dated.
      else if ((nextWord === 'family' || nextWord === 'household') && w + 2 < words && wSent[w + 2] === sn && wordText(w + 2) === 's') familyOwn[sn] = true;
    }
  }
  // A group greeting's "your" is anyone's, but not with a day, a clinician or a medicine: "Hello everyone ... Check your
  // blood pressure every morning and write it down for Dr. Lee" is someone's (twenty-third session, a sweep).
  let own: number[] | null = null;
  const ownOf = (i: number): boolean => ((own ??= ownAdviceSentences(words))[i] ?? 0) !== 0;
  // (a day makes a sentence someone's only when it opens with advice; a clinician or a medicine always)
  const ownUnlessEvent = (i: number): boolean => {
    const k = (own ??= ownAdviceSentences(words))[i] ?? 0;
    return k === 1 || (k === 2 && ADVICE.has(wordText(firstOf[i]!)));
  };
  if (toAll) for (let i = 0; i < sentences; i++) if (tieWord[i] === true && tie[i] !== true && ownOf(i)) tie[i] = true;
  // A list addresses everyone when it lists services, not a reminder's times ("Cardiology - Tue 5/6 - 10 AM - Suite 3");
  // a given name in it is a business's ("Laurel Leaf Pharmacy"), not a person's.
  for (let i = 0; i < sentences; i++) {
    if (listed[i] === true && digits[i] !== true) marker[i] = true;
    else if (named[i] === true || (familyOwn[i] === true && digits[i] === true)) tie[i] = true;
    if (named[i] === true || familyOwn[i] === true) adviceOnly[i] = false;
    // A clause after a colon says what the clause before it names: "Your new plan: more vegetables, less rice" is the patient's.
    if (i > 0 && sColon[i] === 1 && tie[i - 1]) {
      adviceOnly[i] = false;
      tie[i] = true;
    }
  }
  const general = new Array<boolean>(sentences);
  const untied = new Array<boolean>(sentences);
  // A text that opens as a campaign (one of its first three sentences addressed to everyone) addresses
  // everyone in the sentences after it that nothing ties to the patient ("May is Mental Health
  // Awareness Month. Feeling stressed or down?"), and in the questions it opens with ("Did you know
  // one vape pod has as much nicotine as a pack? Talk with your kids."); not in a statement before
  // it ("Records show tobacco use. Join our free class!" is about the patient). That vouches for
  // campaign topics there; a sensitive term is dropped as general content only in a sentence
  // addressed to everyone by its own words (`addressed`).
  // A mass mailing says so in its footer (an unsubscribe line, "you are receiving this email
  // because..."): with a word that addresses everyone somewhere in it ("community centers are open"),
  // it is addressed to everyone from its first sentence. Not on the footer alone: a reminder sent
  // through a mailing service has one too ("Visit reason: OB 28WK GLUCOSE TOLERANCE ... Unsubscribe").
  // (not a mailing with a patient's field: "Patient: Nyla R. ... Visit type: NEW PT - FAILURE TO THRIVE / G-TUBE EVAL ...
  // Unsubscribe from non-essential emails" is one child's reminder sent through a mailing service; twenty-seventh session, probe 236)
  let campaignFrom = toAll || curCampaignElsewhere || (campaignWord && massMailing() && !PATIENT_FIELD.test(p.text)) ? 0 : -1;
  // (a campaign opens in its first three sentences, not counting a header of a few words before a colon: "Northwoods CHC: Feeling
  // stressed or down? You're not alone. Anyone can call or text 988"; fiftieth session, probe 1474)
  const opening = sentences > 1 && sColon[1] === 1 && firstOf[1]! - firstOf[0]! <= 4 ? 4 : 3;
  for (let i = 0; i < sentences; i++) {
    // A clause after a colon is addressed to whom the clause before it names ("Adults 50 and older: the shingles vaccine...").
    const addressed = marker[i]! || (sColon[i] === 1 && marker[i - 1]! && !tie[i - 1]);
    general[i] = addressed && !tie[i] && (clock[i] !== true || eventSentence(firstOf[i]!, words, wordText));
    untied[i] = !tie[i];
    if (campaignFrom < 0 && i < opening && general[i]) campaignFrom = i;
  }
  // A mass mailing that greets no one by name and has no patient's field opens as a campaign at its first
  // sentence of advice that is everyone's ("Spending time outdoors this summer? Protect your skin: - Wear a hat"):
  // that sentence and those after it are read as the campaign's (twenty-fourth session, probes 90-185).
  let firstAfter = campaignFrom + 1;
  if (campaignFrom < 0 && massMailing() && !personalMailing(p.text)) {
    for (let i = 0; i < sentences; i++) {
      if (adviceOnly[i] !== true || counted[i] === true || clock[i] === true || ownOf(i)) continue;
      untied[i] = true;
      campaignFrom = Math.max(0, i - 1);
      firstAfter = i;
      break;
    }
  }
  // A claim about a condition that opens a campaign, before the sentence that addresses everyone ("Hepatitis C is curable! The CDC
  // recommends every adult get tested at least once"; thirty-sixth session, probe 778) is the campaign's.
  for (let i = 0; i + 1 < sentences; i++) if (!general[i] && untied[i] && general[i + 1] && claimOpener(p, firstOf[i]!, firstOf[i + 1]!)) general[i] = true;
  const addressed = general.slice();
  if (campaignFrom >= 0) {
    for (let i = 0; i < sentences; i++) {
      // Advice after the campaign has opened is everyone's ("Don't forget your ears and the tops of your feet").
      if (i >= firstAfter && adviceOnly[i] === true && counted[i] !== true && clock[i] !== true && untiedLead(i, item, tie, untied) && !ownOf(i)) untied[i] = true;
      // (A mailing's subject line is its title: "Measles in Texas: check your vaccine records"; twenty-second session, probe 113.)
      // A sentence without words of its own to address it, naming a day, a clinician or a medicine, is someone's, not the
      // campaign's ("Free flu shots for everyone! ... Keep the stitches dry until Friday"; twenty-third session, a sweep).
      if (i >= firstAfter || sQuestion[i] === 1 || curCampaignElsewhere) general[i] = untied[i]! && (addressed[i] === true || !ownUnlessEvent(i));
    }
  }
  // A list under a campaign's own line ("FREE SERVICES" after "Community Health Fair – everyone welcome!") is
  // addressed as that line is: an item without a date or a number that nothing ties to the patient
  // ("• Rapid HIV and hepatitis C testing"); not under "Your visit on 5/3:" nor a dated item.
  if (campaignFrom >= 0) {
    for (let i = campaignFrom + 1; i < sentences; i++) {
      if (item[i] !== true || tie[i] || digits[i] === true) continue;
      let j = i - 1;
      while (j > campaignFrom && item[j] === true) j--;
      if (j >= campaignFrom && general[j]! && !tie[j]) addressed[i] = true;
    }
  }
  // A campaign's title before a colon is addressed as the clause after it is ("Women's Health Week: free
  // checks for everyone"): for its topics, not for a sensitive term (`addressed` is kept from before).
  for (let i = 0; i + 1 < sentences; i++) if (sColon[i + 1] === 1 && addressed[i + 1] && untied[i]) general[i] = true;
  // A list of services is addressed to everyone as a whole: any of its items may be the term.
  const services = new Array<boolean>(sentences);
  for (let i = 0; i < sentences; i++) {
    if (listed[i] === true) markers[i] = undefined;
    services[i] = listed[i] === true && digits[i] !== true;
  }
  const mailing = campaignFrom >= 0 && massMailing();
  const toEveryone = campaignFrom >= 0 && !curCampaignElsewhere && (toAll || mailing);
  // (and in a mailing's subject line, its title: "February is American Heart Month - 5 numbers everyone should know")
  const bare = general.map((g, i) => (mailing || (curCampaignElsewhere && campaignFrom >= 0)) && g && named[i] !== true && familyOwn[i] !== true && titled[i] !== true && clock[i] !== true && dated[i] !== true && (tieWord[i] !== true || advice[i] === true));
  const plain = bare.map((b, i) => b && kinYour[i] !== true);
  const plainUncounted = plain.map((b, i) => b && counted[i] !== true);
  return { addressed, markers, general, untied, services, bare, plain, plainUncounted, mailing: toEveryone };
}

/**
 * "His" or "her" before a word kept out of the common list, next or after one word ("No need to keep his ears
 * dry", "Her stitches can come out Monday", "her new sugar log"): someone's body or care, which ties the sentence
 * as "your" does, even after a campaign's opening (twenty-fifth session, probe 194 and a sweep of 15 such lines).
 */
function someonesBody(w: number, words: number, sn: number, wordText: (w: number) => string): boolean {
  const t = wordText(w);
  if ((t !== 'his' && t !== 'her') || wKind[w] !== KIND_LETTERS) return false;
  let body = false;
  for (let k = w + 1; k <= w + 2 && k < words && wSent[k] === sn; k++) if (wKind[k] === KIND_LETTERS && EXCLUDED_EN.has(wordText(k))) body = true;
  if (!body) return false;
  // not a new provider's training ("She completed her medical degree at UC Irvine and her residency at ...")
  for (let k = w; k >= 0 && wSent[k] === sn; k--) if (BIO_WORDS.has(wordText(k))) return false;
  for (let k = w + 1; k < words && wSent[k] === sn; k++) if (BIO_WORDS.has(wordText(k))) return false;
  return true;
}
const BIO_WORDS = new Set(['residency', 'degree', 'degrees', 'fellowship', 'trained', 'graduated', 'completed', 'earned', 'certified', 'joined', 'joining', 'grew', 'career', 'loves', 'enjoys', 'fluent']);

/**
 * A word of the practice's own names, written with its capital beside another ("Bayou Kids ENT", "Valley
 * Community Clinic"): the name of a place, not an audience (twenty-fifth session, probe 194).
 */
function practiceNamePart(p: Prepared, w: number, words: number): boolean {
  if (curExtra === null || !capitalized(p, w) || latinBits(curExtra, p.sym, wS[w]!, wE[w]!) === 0) return false;
  const beside = (v: number): boolean => v >= 0 && v < words && wSent[v] === wSent[w] && wKind[v] === KIND_LETTERS && capitalized(p, v) && latinBits(curExtra!, p.sym, wS[v]!, wE[v]!) !== 0;
  return beside(w - 1) || beside(w + 1);
}
/**
 * Verbs a campaign's tips open with, in the imperative ("- Wear sunscreen", "• Drink water before you get
 * thirsty", "- Don't forget your ears"): after a campaign has opened, such an item of a list, without a
 * date, time or number, whose lead-in line ties nothing to the patient, speaks to anyone who reads it
 * with its "you" and "your" ("Here is your plan:" makes the list the patient's). Not a sentence of
 * running text ("Flu shots for everyone Saturday! Check your sugar twice a day and bring your log"), nor
 * "please" or "call", which a reminder's requests open with.
 */
/**
 * Words that make advice someone's own, not a campaign's tip to everyone: a day, a clinician by title, the
 * patient's medicine ("Avoid alcohol while you are on the new medicine", "Check your blood pressure every
 * morning and write it down for Dr. Lee"; twenty-third session, a sweep of advice in running text of mailings).
 */
const OWN_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'tonight', 'tomorrow']);
/** Month names and weekdays beside a number make it a date ("Oct 19", "Tuesday 12"); not "may" or "march", which are verbs too. */
const DATE_WORDS = new Set([...OWN_DAYS, 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Digits word w is part of a date: a slash and more digits after it ("5/3"), or a month or weekday beside it. */
function dateAt(p: Prepared, f: string | null, w: number, words: number, wordText: (w: number) => string): boolean {
  const end = p.pos[wE[w]!]! + 1;
  if (codeAt(p, f, end) === 47 && w + 1 < words && wKind[w + 1] === KIND_DIGITS && p.pos[wS[w + 1]!]! === end + 1) return true;
  return (w > 0 && wSent[w - 1] === wSent[w] && DATE_WORDS.has(wordText(w - 1))) || (w + 1 < words && wSent[w + 1] === wSent[w] && DATE_WORDS.has(wordText(w + 1)));
}

const OWN_ADVICE = new Set([...OWN_DAYS, 'dr', 'medicine', 'medicines', 'medication', 'medications', 'meds', 'pill', 'pills']);
/**
 * The sentences that are someone's by their words (OWN_ADVICE), read in one pass when a rule first asks: 1 for a
 * clinician by title or a medicine, 2 for a day alone (someone's only in advice: "Keep the stitches dry until Friday",
 * not "The walking group meets Thursday").
 */
function ownAdviceSentences(words: number): number[] {
  const own: number[] = [];
  let tested = -1; // the last sentence that named a test of its own ("the scan")
  for (let w = 0; w < words; w++) {
    const sn = wSent[w]!;
    if (own[sn] === 1 || wKind[w] !== KIND_LETTERS) continue;
    const t = wordText(w);
    if (OWN_ADVICE.has(t)) own[sn] = OWN_DAYS.has(t) ? 2 : 1;
    else if (REPORTED_TESTS.has(t) && w > 0 && wSent[w - 1] === sn && THIS_TEST.has(wordText(w - 1))) tested = sn;
    else if (tested === sn && REPORTS.has(t)) own[sn] = 1;
  }
  return own;
}
/**
 * A test of someone's and what it showed ("The scan showed the stone has passed"; twenty-fourth session, a sweep of
 * personal lines in mailings): "the", "that", "this" or an owner before a test, a report after it.
 */
const REPORTED_TESTS = new Set([...TEST_NOUNS, ...RESULT_NOUNS, 'ray', 'rays', 'xray', 'biopsy', 'ultrasound', 'mri', 'ct', 'mammogram', 'echo', 'ekg', 'ecg', 'bloodwork']);
const THIS_TEST = new Set(['the', 'that', 'this', 'your', 'his', 'her', 'their']);
const REPORTS = new Set(['showed', 'shows', 'found', 'revealed', 'confirmed', 'came']);
const ADVICE = new Set(['use', 'wear', 'drink', 'apply', 'reapply', 'cover', 'check', 'wash', 'protect', 'keep', 'avoid', 'take', 'get', 'stay', 'seek', 'limit', 'eat', 'try', 'make', 'remember', 'move', 'put', 'choose', 'plan', 'learn', 'know', 'watch', 'buckle', 'lock', 'store', 'stretch', 'walk', 'start', 'teach', 'help', 'set', 'turn', 'clean', 'replace', 'don', 'dont', 'never', 'always', 'be', 'go', 'join', 'find', 'bring', 'pack', 'dress', 'layer', 'limit', 'cut', 'add', 'swap', 'skip', 'give', 'share', 'wipe', 'sneeze', 'cough', 'drive', 'slow', 'look', 'talk', 'ask', 'shovel',
  // (thirty-seventh session, probes 855-862: "Fill half your plate with fruits", "Tell your provider about any lump")
  'fill', 'tell', 'lift', 'push', 'build', 'quit', 'warm', 'sip', 'mention', 'aim', 'lower', 'reduce', 'cook', 'breathe', 'spend']);

/**
 * A number in a tip that says how long, how often or how much ("- Move your body for 20 minutes a day",
 * "- Use SPF 30 or higher", "- Drink 8 glasses of water"; twenty-second session, probes 101, 113, 125):
 * a unit of time or of a serving after it, or "SPF" before it. Not a dose, a date or an hour.
 */
const TIP_UNITS = new Set(['minutes', 'minute', 'min', 'mins', 'hours', 'hour', 'seconds', 'second', 'days', 'times', 'glasses', 'cups', 'servings', 'steps', 'feet', 'ft', 'inches', 'percent']);
function tipAmount(w: number, words: number, wordText: (w: number) => string): boolean {
  if (w > 0 && wSent[w - 1] === wSent[w] && wordText(w - 1) === 'spf') return true;
  return wKind[w] === KIND_DIGITS && w + 1 < words && wSent[w + 1] === wSent[w] && TIP_UNITS.has(wordText(w + 1));
}

/** The line that leads into list item i ("A few ways to stay healthy this winter:") ties nothing to the patient ("Here is your plan:" does). */
function untiedLead(i: number, item: boolean[], tie: boolean[], untied: boolean[]): boolean {
  let j = i - 1;
  while (j >= 0 && item[j] === true) j--;
  return j >= 0 && (!tie[j] || untied[j] === true);
}

/** Whether the line holding text index i opens with a bullet before it ("- ", "• ", "* "). */
function bulleted(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k >= 0 && !BULLETS.has(text.charCodeAt(k))) {
    // an emoji for a bullet ("❄️ Shovel in small loads", "🧤 Cover ears"), with its variation selector or joiners
    if (text.charCodeAt(k) < 0x2000) return false;
    const line = text.lastIndexOf('\n', k) + 1;
    return k - line < 16 && EMOJI_BULLET.test(text.slice(line, k + 1));
  }
  if (k < 0) return false;
  k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}
const BULLETS = new Set([...'-*•·–—▪◦‣✓✔►>'].map((c) => c.charCodeAt(0)));
const EMOJI_BULLET = /^[ \t]*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\p{Emoji_Modifier}]*$/u;

const EXCLUDED_EN = excludedWords('en');
const EXCLUDED_ES = excludedWords('es');
const EXCLUDED_RU = excludedWords('ru');
const EXCLUDED_UK = excludedWords('uk');
/**
 * The footer of a mass mailing (CAN-SPAM's unsubscribe line, a newsletter's "why you are receiving this"), also as the
 * practices' mailings in other languages write it (thirty-ninth session: "Si no desea recibir más correos, responda BAJA",
 * "Para darse de baja:", "Hủy đăng ký:", "退订：", "수신거부:", "Отписаться:", "Відписатися:", "Dezabòne:", "Ka bax liiska:").
 */
const BULK_MAIL = new RegExp(
  [
    String.raw`\bunsubscribe\b|/unsub\b|\b(?:you are|you're|you’re) receiving this (?:e-?mail|message|newsletter)`,
    String.raw`\b(?:no|dejar de)\b[^.\n]{0,20}\brecibir (?:m[aá]s |estos |este |estas |los |las |nuestros |nuestras )?(?:correos|e-?mails|mensajes|boletines|bolet[ií]n|recordatorios|avisos|encuestas|noticias)\b`,
    String.raw`\bdarse de baja\b|\bcancelar (?:su )?suscripci[oó]n\b|\bdeixar de receber\b|\bdescadastr`,
    String.raw`h[uủ]y (?:đăng ký|nhận)|ngừng nhận|取消订阅|取消訂閱|退订|退訂|不想再收到|唔想再收到|不再接收|停止接收|수신\s?거부|구독\s?취소|отписаться|відписатися|إلغاء الاشتراك|\bdezab[oò]ne\b|zrezygnować z|wypisać się|\bka bax liiska\b`,
  ].join('|'),
  'i',
);
/**
 * A line that greets a group, not a person: "Dear neighbors,", "Hi everyone!", "Hi neighbor," (no one is named Neighbor), "Dear Linden
 * Valley Community,", "Hello families", "Dear Parents and Guardians", "Queridas familias:", "Estimados pacientes:", "Chers parents,",
 * "Kính gửi Quý Phụ Huynh,". Not "Dear patient," nor "Hi Maria,". Looked for in the first lines (groupGreeting).
 */
const GROUP_GREETING =
  /^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|queridas?|queridos|estimad[oa]s|prezad[oa]s|hola|ol[aá]|bonjou|bonjour|chers|ch[eè]res|kính gửi|thân gửi|xin chào)\b[^\n.!?,:]{0,40}?\b(?:neighbou?rs?|community|families|parents(?: and guardians)?|guardians|everyone|everybody|all|friends|members|patients|folks|residents|y'?all|vecinos|familias|todos|comunidad|pacientes|padres|amigos|fam[ií]lias|comunidade|fanmi yo|tout moun|tous|tout le monde|familles|amis|voisins|quý phụ huynh|quý bệnh nhân|quý vị|bà con|cả nhà|mọi người|các gia đình)\s*[,!:]/im;
/** The same in Russian and Ukrainian ("Дорогие пациенты!", "Шановні пацієнти!", "Дорогі батьки!"; thirty-third session). */
const GROUP_GREETING_CYRILLIC =
  /^\s*(?:дорогі|дорогие|шановні|уважаемые|вітаємо|привіт|здравствуйте)[ \t]+(?:[^\n.!?,:]{0,30}?[ \t])?(?:пацієнти|пациенты|батьки|родители|друзі|друзья|сусіди|соседи|родини|семьи|мешканці|жители|усі|всі|все)\s*[,!:]/imu;
/**
 * A mailing's greeting to a group in its first lines, after a title or not ("May is Healthy Vision Month!\n\nDear Desert Eye &
 * Retina patients and friends,"; forty-third session: a campaign's title line first had hidden the greeting of 1 in 3 of the blind
 * probes' group-greeted mailings).
 */
function groupGreeting(text: string): boolean {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return GROUP_GREETING.test(head) || GROUP_GREETING_CYRILLIC.test(head) || GROUP_GREETING_HAN.test(head);
}

/**
 * A greeting to no one in particular ("Hi there,", "Hello from Great Lakes Pain & Spine,"): a group's when the text has a mass
 * mailing's footer (forty-third session: blind probes 855-1209 hold it with an unsubscribe line in 248 ordinary emails, 153 of
 * them held back, and in none to be held back; without the footer it greets one patient as often: "Hi there, thanks for
 * bringing Eli in today!").
 */
const IMPERSONAL_GREETING = /^\s*(?:hi|hello|hey) there\b|^\s*(?:hello|greetings|hi) from\b/im;
/** The same in Chinese ("亲爱的社区朋友们：", "各位街坊：", "大家好！"; fortieth session, probes 987-1018). */
const GROUP_GREETING_HAN = /^\s*(?:(?:亲爱的|親愛的|尊敬的|各位)?[\p{Script=Han}]{0,8}?(?:朋友们|朋友們|街坊|乡亲们|鄉親們|居民|家长们|家長們|会员们|會員們|病人们|病人們|长者们|長者們)|大家好|各位好|各位)\s*[：:，,！!]/mu;
/**
 * Words of Chinese runs, looked for inside them (a run holds a sentence's words without spaces): a campaign's
 * ("大家", everyone; "所有人", all; "社区", community; "免费", free; "宣传月", awareness month; "讲座", a talk), and
 * "您"/"你" (you) unless a campaign says it to everyone ("您知道吗", did you know; "祝您", wishing you; "转发给您的家人",
 * forward to your family; fortieth session, campaign emails of probes 983-1022).
 */
const HAN_MARKER = /大家|所有人|所有朋友|各位|社区|社區|街坊|全家|免费|免費|宣传|宣傳|关注月|關注月|讲座|講座|欢迎所有|歡迎所有/gu;
/** A sentence that sends everyone to ask a doctor or a pharmacist ("問吓醫生或者藥劑師，食開嘅藥會唔會令你頭暈"): its "you" is anyone's. */
const HAN_ASK_PROVIDER = /^(?:问问|問問|問吓|问下|問下|问一下|問一下|请教|請教|咨询|諮詢|请问|請問)(?:您的|你的|你嘅)?(?:医生|醫生|药剂师|藥劑師|家庭医生|家庭醫生)/u;
const HAN_YOU_EXCEPTED = /您知道吗|你知道吗|您知道嗎|你知道嗎|祝您|祝你|谢谢您|謝謝您|感谢您|感謝您|转发给您|轉發給您|转告|轉告|您和家人|您和您的家人|您的家人和朋友/gu;
/**
 * A mailing written to one person: a greeting with a name or a title after it ("Hi Marcus,", "Dear Ms. Price,",
 * "Dear Patient,"), not to a group (GROUP_GREETING), or a patient's field ("Patient: Keisha Wallace").
 */
const PERSONAL_GREETING = /^[ \t]*(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening)|[Hh]ola|[Ee]stimad[oa]|[Qq]uerid[oa]|[Bb]uen(?:os)? d[ií]as?|[Bb]uenas (?:tardes|noches)|[Pp]rezad[oa]|[Oo]l[aá]|[Bb]onjou|[Bb]onjour|[Bb]onswa|[Bb]onsoir|[Cc]h[eè]re?|[Ss]zanown[ay]|[Dd]zie[ńn] dobry|[Mm]agandang (?:araw|umaga|hapon|gabi)|[Mm]ahal na)[ \t,]+(?!There\b|From\b|Again\b)\p{Lu}/mu;
/**
 * The same in the covered languages of other scripts and in Vietnamese, where a title comes before or after the name
 * ("麥小姐您好：", "伍先生：", "Chào anh Phúc,", "Chị Diễm ơi,", "이정희 님께,", "Здравствуйте, Борис Наумович!",
 * "السيدة منى المحترمة،"): a summary of one patient's visit that ends in a mailing service's unsubscribe line is no
 * campaign (forty-sixth session, probe 1313: "• 診斷：過敏性鼻炎 ... 建議：... 戴口罩" had been read as everyone's advice).
 */
const PERSONAL_GREETING_SCRIPTS =
  /^[ \t]*(?:(?:Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta)\.?[ \t]+\p{Lu}\p{L}+[ \t]*[,:]|(?:尊敬的|親愛的|亲爱的)?\p{Script=Han}{1,3}(?:先生|小姐|女士|太太|太|阿姨|姨|伯伯|伯|婆婆|公公|老師|老师|同學|同学)(?:您好|你好)?[ \t]*[：:，,！!]|(?:Kính gửi|Kính thưa|Thân gửi|Chào|Xin chào|Dạ chào)[ \t]+(?:gia đình[ \t]+)?(?:ông|bà|anh|chị|cô|chú|bác|dì|cậu|em|con|O|Ông|Bà|Anh|Chị|Cô|Chú|Bác)[ \t]+\p{Lu}|(?:Anh|Chị|Cô|Chú|Bác|Ông|Bà|Em|Dì)[ \t]+\p{Lu}[^\n,:]{0,20}[ \t]ơi|(?:안녕하세요[,.]?[ \t]*)?\p{Script=Hangul}{2,4}[ \t]?님|(?:Здравствуйте|Добрый (?:день|вечер)|Доброе утро|Добрий (?:день|вечір)|Доброго дня|Уважаем(?:ый|ая)|Шановн(?:ий|а)|Дорог(?:ой|ая)|Дорог(?:ий|а))[ \t,!]+(?:пан[еія]?[ \t]+|пані[ \t]+)?\p{Lu}\p{Ll}|(?:السيد|السيدة|الأستاذ|الأستاذة|الأخ|الأخت|عزيزي|عزيزتي)[ \t]+\p{Script=Arabic})/mu;
const PATIENT_FIELD = /^[ \t]*(?:patient(?: name)?|paciente|member|child|student)[ \t]*:/im;
function personalMailing(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  return ((PERSONAL_GREETING.test(head) || PERSONAL_GREETING_SCRIPTS.test(head)) && !groupGreeting(text)) || PATIENT_FIELD.test(text);
}

/** A greeting to the practice's "family" ("Dear Twin Rivers family,"): everyone; not a household's ("Dear Garcia family,"). */
const FAMILY_GREETING = /^\s*(?:dear|hi|hello|greetings)\s+(?:the\s+)?([^\n.!?,:]{2,40}?)\s+family\s*[,!:]/i;
function practiceFamily(p: Prepared, words: number): boolean {
  const m = curExtra === null ? null : FAMILY_GREETING.exec(p.text);
  if (m === null) return false;
  const from = m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  let named = 0;
  for (let w = 0; w < words; w++) {
    const at = origStart(p, p.pos[wS[w]!]!);
    if (at < from) continue;
    if (at >= to) break;
    const fs = p.pos[wS[w]!]!;
    const practice = wKind[w] === KIND_LETTERS && latinBits(curExtra!, p.sym, wS[w]!, wE[w]!) !== 0;
    if (!practice && !coveredBy(curVouched!, fs, p.pos[wE[w]!]! + 1)) return false;
    named++;
  }
  return named > 0;
}

/**
 * A given name standing for a person: capitalized, not also an English word ("May"), not after a title
 * (a provider: "Dr. Anne Whitaker") and not the first word of a longer name ("Juniper Bay", "Olive Ave",
 * "Marlow Commons": the practice's places).
 */
function personName(p: Prepared, w: number, words: number, sn: number): boolean {
  if ((wMask[w]! & NAME_BIT) === 0 || (wMask[w]! & LANGUAGE_BITS.en) !== 0 || !capitalized(p, w)) return false;
  // A word of another script no list holds (wMask -2) reads as a name when written as one; in capitals it is an
  // acronym ("тестування на ВІЛ для всіх"; thirty-fifth session): not a person.
  if (wMask[w]! < 0 && wE[w]! > wS[w]! && isUpperAt(p.text, origStart(p, p.pos[wS[w]! + 1]!))) return false;
  // Nor one whose capital only opens its sentence ("Руки не держите в карманах" of a winter mailing; thirty-ninth session, probe 998),
  // unless a comma after it calls someone by it ("Ольга, это Лена из FFC").
  if (wMask[w]! < 0 && (w === 0 || wSent[w - 1] !== sn) && charAfter(p, w) !== 44) return false;
  // a word of the practice's or a location's vetted name ("Rivers" of "Twin Rivers") is no person's
  if (curVouched !== null && coveredBy(curVouched, p.pos[wS[w]!]!, p.pos[wE[w]!]! + 1)) return false;
  // nor a name the bundle vetted alone: a location's ("Heights, Bellaire, Pearland and Katy") or a provider's
  if (curExtra !== null && (latinBits(curExtra, p.sym, wS[w]!, wE[w]!) & LANGUAGE_MASK) !== 0) return false;
  if (w > 0 && wSent[w - 1] === sn && TITLES.has(wordText(w - 1))) return false;
  // nor a town after "in" or "near" ("free blood pressure checks ... in Lincoln"; twenty-seventh session, probe 216)
  // or after a place's name and a comma ("Bennett Martin Library, Lincoln")
  if ((wMask[w]! & PLACE_BIT) !== 0 && w > 0 && wSent[w - 1] === sn && (TOWN_BEFORE.has(wordText(w - 1)) || (capitalized(p, w - 1) && PLACE_KIND_BEFORE.has(wordText(w - 1)) && previousVisible(p, curF, p.pos[wS[w]!]!) === 44))) return false;
  // nor a street's name after its house number ("4410 W Warren parking lot", "12 Warren St"; thirtieth session, a sweep of health fairs)
  if (afterHouseNumber(w, sn)) return false;
  // nor the practice's site named for a place ("at our Kensington site", "the Lincoln office"; fortieth session, probes 1031 and 1050)
  if (w > 0 && w + 1 < words && wSent[w - 1] === sn && wSent[w + 1] === sn && (wordText(w - 1) === 'our' || wordText(w - 1) === 'the') && SITE_AFTER.has(wordText(w + 1))) return false;
  return !(w + 1 < words && wSent[w + 1] === sn && capitalized(p, w + 1));
}
/** Word w follows a house number in sentence sn, maybe with a compass letter between ("4410 W Warren"). */
function afterHouseNumber(w: number, sn: number): boolean {
  let k = w - 1;
  if (k >= 0 && wSent[k] === sn && wE[k] === wS[k] && COMPASS.has(wordText(k))) k--;
  return k >= 0 && wSent[k] === sn && wKind[k] === KIND_DIGITS;
}
const COMPASS = new Set(['n', 's', 'e', 'w']);
const SITE_AFTER = new Set(['site', 'office', 'ofc', 'clinic', 'location', 'campus', 'branch', 'center', 'centre']);
const TOWN_BEFORE = new Set(['in', 'near']);
/** The last word of a place's name before its town ("Library, Lincoln", "Community Center, Omaha"). */
const PLACE_KIND_BEFORE = new Set(['library', 'center', 'centre', 'park', 'hall', 'market', 'church', 'school', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'blvd', 'boulevard', 'drive', 'dr', 'mall', 'plaza', 'building', 'campus', 'college', 'university', 'ymca', 'pavilion', 'clinic', 'office', 'store', 'pharmacy', 'fairgrounds', 'stadium', 'arena']);

/** "follow-up", "followup", "follow up", "f/u", Spanish "seguimiento": a visit after someone's care ("follow us" is not one). */
function followUp(p: Prepared, w: number, words: number, sn: number, wordText: (w: number) => string): boolean {
  const first = p.sym[wS[w]!];
  if (first !== SYM_F && first !== SYM_S) return false; // most words, without a string
  const t = wordText(w);
  if (t === 'followup' || t === 'seguimiento') return true;
  const next = w + 1 < words && wSent[w + 1] === sn ? wordText(w + 1) : '';
  return (t === 'follow' && next === 'up') || (t === 'f' && next === 'u');
}

/** "you're not alone", as crisis lines and campaigns say it to everyone. */
/** Whom a campaign sends everyone to ("ask your provider about RSV protection", "talk with your doctor"). */
const ADVISERS = new Set(['provider', 'doctor', 'pharmacist', 'clinician', 'nurse', 'healthcare', 'health']);
const ASKED = new Set(['ask', 'with', 'to']);
/** ...and in Spanish ("pregunte a su médico", "hable con su doctor"; thirty-fifth session, probe 729). */
const ADVISERS_ES = new Set(['medico', 'medica', 'doctor', 'doctora', 'proveedor', 'proveedora', 'farmaceutico', 'enfermera']);
const ASKED_ES = new Set(['a', 'al', 'con']);

/** "your" in advice to everyone ("ask your provider", "talk with your doctor"): not the patient's own care. */
function askYourProvider(t: string, prevWord: string, nextWord: string): boolean {
  if (t === 'su') return ASKED_ES.has(prevWord) && ADVISERS_ES.has(nextWord);
  return t === 'your' && ASKED.has(prevWord) && ADVISERS.has(nextWord);
}

/**
 * A mass mailing's condition for anyone who reads it ("Call us if you develop a rash or fever after a tick bite", "If your child
 * seems withdrawn, has changes in sleep or appetite, call us"; thirty-eighth session, 25 campaign emails of probes 855-902): its
 * "you" after "if" says nothing of the patient. "your" still ties ("If your fever comes back, call us").
 */
function ifAnyone(t: string, prevWord: string, nextWord: string): boolean {
  return prevWord === 'if' && (t === 'you' || (t === 'your' && IF_WHOSE.has(nextWord))) && massMailing();
}
/**
 * A mass mailing's claim about anyone's body ("Even a 15-minute walk after dinner helps your heart", "looking at the sun can
 * permanently damage your eyes", "5 simple tips for your heart", "Your heart repairs itself while you rest"; thirty-eighth to
 * fortieth sessions, campaign emails of probes 855-1037): its "your" before a body word no list vouches for (en-excluded.txt) is
 * anyone's. Not a symptom after "if" ("Call us if your fever comes back"), not in a mailing to a named patient ("Hi Marcus, ...
 * Protect your skin") nor with a patient's field; the body word
 * itself is vouched only in a sentence the campaign addresses to everyone (`bare`), and a term of care stays a finding. (The
 * thirty-eighth session kept it to verbs of help and harm; across the 18,288 must-block texts of probes 855-1037 no text was
 * let through by any other "your", and 8 campaign emails were no longer held back.) Also in such a mailing's subject line ("5 ways
 * to keep your bones and joints strong this fall"; forty-fourth session, probe 1241).
 */
function goodForYour(t: string, prevWord: string, nextWord: string): boolean {
  return t === 'your' && prevWord !== 'if' && ANYONES_BODY.has(nextWord) && EXCLUDED_EN.has(nextWord) && (massMailing() || curCampaignElsewhere) && !personalMailing(curP!.text);
}
/**
 * A mass mailing's Ramadan advice to everyone who fasts ("Break your fast if you feel faint", "talk with your provider ... about timing
 * your doses", "plan your doses around your fast"; fiftieth session, probes 1480, 1483, 1492: three mailings held back for it): "your"
 * before the fast or its doses is anyone's who keeps it. Not after "if", not in a mailing to a named patient; the words after it are
 * vouched only in a sentence the campaign addresses to everyone, and a term of care stays a finding.
 */
function fastersYour(t: string, prevWord: string, nextWord: string): boolean {
  return t === 'your' && prevWord !== 'if' && FASTERS.has(nextWord) && (massMailing() || curCampaignElsewhere) && !personalMailing(curP!.text);
}
const FASTERS = new Set(['fast', 'fasts', 'fasting', 'doses', 'suhoor', 'iftar']);
/** Parts of anyone's body and health a campaign speaks of (not a symptom: "Call us if your fever comes back" is someone's). */
const ANYONES_BODY = new Set(['heart', 'hearts', 'body', 'brain', 'bones', 'bone', 'skin', 'eyes', 'eye', 'lungs', 'lung', 'teeth', 'tooth', 'gums', 'mouth', 'joints', 'muscles', 'gut', 'kidneys', 'liver', 'feet', 'ears', 'back', 'mind', 'mood', 'sleep', 'blood', 'immune', 'memory', 'hearing', 'vision', 'weight', 'waistline', 'stress', 'energy', 'balance', 'posture']);
const IF_WHOSE = new Set(['child', 'children', 'kid', 'kids', 'teen', 'baby']);
function youAreNotAlone(w: number, words: number, t: string, wordText: (w: number) => string): boolean {
  return t === 'youre' || (t === 'you' && w + 1 < words && wordText(w + 1) === 're')
    ? w + 3 < words && wordText(w + (t === 'you' ? 2 : 1)) === 'not' && wordText(w + (t === 'you' ? 3 : 2)) === 'alone'
    : false;
}

/** Whether a Latin word is written with a letter outside ASCII ("lúc", "wiadomość"): not an English word. */
function accented(p: Prepared, w: number): boolean {
  if (p.ascii) return false;
  for (let k = wS[w]!; k <= wE[w]!; k++) if (p.text.charCodeAt(origStart(p, p.pos[k]!)) > 127) return true;
  return false;
}

/** The Latin-script languages each letter outside ASCII is written in (as its language's texts spell it). */
const ALPHABETS: Partial<Record<keyof typeof LANGUAGE_BITS, string>> = {
  es: 'áéíóúñü',
  pt: 'áâãàçéêíóôõúü',
  pl: 'ąćęłńóśźż',
  tl: 'ñáéíóú',
  ht: 'èòà',
  vi: 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
};
const ALPHABET_ENTRIES = Object.entries(ALPHABETS) as [keyof typeof LANGUAGE_BITS, string][];
const LATIN_LANGUAGES = ALPHABET_ENTRIES.reduce((m, [l]) => m | LANGUAGE_BITS[l], 0);
const WRITTEN_BY = new Map<string, number>();
for (const [l, letters] of ALPHABET_ENTRIES) for (const c of letters) WRITTEN_BY.set(c, (WRITTEN_BY.get(c) ?? 0) | LANGUAGE_BITS[l]);

/**
 * The Latin-script languages whose alphabets hold every letter outside ASCII of a word: a letter its
 * language never writes is no sign of that language ("STäD" is not Polish "stąd", "HÏV" not Spanish).
 */
function writtenBy(p: Prepared, w: number): number {
  let langs = LATIN_LANGUAGES;
  for (const c of writtenAs(p, w)) if (c.charCodeAt(0) > 127 && /\p{L}/u.test(c)) langs &= WRITTEN_BY.get(c) ?? 0;
  return langs;
}

/** A word with a symbol the text's folding read as letters ("STⒶD", "S㎄TD"): no language writes its words so. */
const decorated = (p: Prepared, w: number): boolean => /\p{So}/u.test(writtenAs(p, w));

/** 打 ("call") ending a Chinese run right before a phone number: "改时间打 (408) 555-0188" (alone it also strikes: 他打我). */
function callBeforeNumber(run: string, a: number, b: number, w: number, words: number): boolean {
  return b === run.length && b - a === 1 && run.charCodeAt(a) === 0x6253 && w + 1 < words && wKind[w + 1] === KIND_DIGITS;
}

/** Between two words: a bar, a bullet or a dash with spaces around it, as lists of services are written. */
function listSeparator(p: Prepared, f: string | null, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(p, f, i);
    if (c === 124 || c === 0x2022 || c === 0xb7) return true;
    if ((c === 45 || c === 0x2013 || c === 0x2014) && codeAt(p, f, i - 1) === 32 && codeAt(p, f, i + 1) === 32) return true;
  }
  return false;
}

/**
 * The letters of a reference code after a reference word ("statement #BV-2291", "Invoice: INV-0042",
 * "Confirmation number: WB-PAY-448190", "Confirmation #: PAY-77120-KH"): parts of up to four capitals
 * or of digits joined by hyphens, at least one of digits. Not without the reference word: "PHQ-9" and
 * "GAD-7" are questionnaires of mental health; but a part of four digits or more after the capitals is an
 * account's number in any language ("Tài khoản BH-0039150", "Номер счёта: PH-449560"; twenty-third session,
 * probes 91-180: "BH" of behavioral health, "HF", "MP" held alone).
 */
function referenceCode(p: Prepared, w: number, words: number): boolean {
  if (!capsPart(p, w)) return false;
  let first = w;
  let digits = false;
  let long = false; // a part of four digits or more: an account's or a statement's number ("BH-0039150", "PH-449560")
  while (first > 0 && hyphenJoined(p, first - 1) && (wKind[first - 1] === KIND_DIGITS || capsPart(p, first - 1) || capsMixed(p, first - 1))) {
    first--;
    if (wKind[first] !== KIND_LETTERS) digits = true;
    if (wKind[first] === KIND_MIXED) long = true; // a code of capitals and digits before it ("code 7KQ2-PD"; thirty-third session, probe 617)
  }
  for (let k = w; k + 1 < words && hyphenJoined(p, k) && (wKind[k + 1] === KIND_DIGITS || capsPart(p, k + 1) || capsMixed(p, k + 1)); k++) {
    if (wKind[k + 1] !== KIND_LETTERS) digits = true;
    if ((wKind[k + 1] === KIND_DIGITS && wE[k + 1]! - wS[k + 1]! >= 3) || wKind[k + 1] === KIND_MIXED) long = true;
  }
  if (!digits) return false;
  if (long) return true;
  // The reference word may end a label before a colon ("Statement number: BV-55810").
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) if (PLACE_CODE.has(wordText(k)) || (wKind[k] === KIND_OTHER && CODE_LABEL_OTHER.test(wordText(k)))) return true;
  return false;
}

/** Word w is written in capitals, two to six letters ("HWHF"), and no term of the vocabularies ("WIC" is vouched by its list, "HIV" a term). */
function acronym(p: Prepared, w: number): boolean {
  const n = wE[w]! - wS[w]! + 1;
  if (wKind[w] !== KIND_LETTERS || n < 2 || n > 6) return false;
  for (let k = wS[w]!; k <= wE[w]!; k++) if (!isUpperAt(p.text, origStart(p, p.pos[k]!))) return false;
  return !isVocabularyWord(wordText(w));
}

/** The original character just before word w, or just after it (-1 outside the text). */
function charBefore(p: Prepared, w: number): number {
  const i = origStart(p, p.pos[wS[w]!]!) - 1;
  return i < 0 ? -1 : p.text.charCodeAt(i);
}
function charAfter(p: Prepared, w: number): number {
  const i = origEnd(p, p.pos[wE[w]!]!);
  return i >= p.text.length ? -1 : p.text.charCodeAt(i);
}

/**
 * A road by its letters and number ("flooding on FM 716", Texas's farm-to-market roads; "SH 44", "RM 2222"), or a
 * radio station's band after its frequency ("98.7 FM"): twenty-sixth session, probes 173 and 207.
 */
const ROADS = new Set(['fm', 'rm', 'sh', 'us', 'hwy', 'ih', 'rr']);
function roadNumber(p: Prepared, w: number, words: number): boolean {
  if (!capsPart(p, w) || (w > 0 && TIES.has(wordText(w - 1)))) return false; // not "your FM 2 visit"
  const t = wordText(w);
  if (ROADS.has(t) && w + 1 < words && wSent[w + 1] === wSent[w] && wKind[w + 1] === KIND_DIGITS && p.pos[wS[w + 1]!]! - p.pos[wE[w]!]! === 2) return true;
  return (t === 'fm' || t === 'am') && w > 1 && wKind[w - 1] === KIND_DIGITS && wKind[w - 2] === KIND_DIGITS && charBefore(p, w - 1) === 46;
}

/** The rest of word w after "My" is a word of a vetted phrase, written with its capital, and no word of care or kept out ("MyBrendan"; not "MyOncology"). */
function placeWordAfterMy(p: Prepared, extra: Lexicon, w: number): boolean {
  if ((latinBits(extra, p.sym, wS[w]! + 2, wE[w]!) & PHRASE_WORD_BIT) === 0 || !isUpperAt(p.text, origStart(p, p.pos[wS[w]! + 2]!))) return false;
  const rest = wordText(w).slice(2);
  return !isVocabularyWord(rest) && !isExcluded(rest);
}

/** Small words a name's acronym skips ("Center for Pan Asian Community Services", CPACS). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'los', 'las', 'on', 'in', 'to', 'at', 'y', 'e', 'do', 'da', 'dos']);

/**
 * The capitalized words from word `from` stepping by `step` spell acronym `t` (its letters in the order
 * read), every one of them vouched, small words between them skipped.
 */
function spells(p: Prepared, t: string, from: number, step: 1 | -1, words: number): boolean {
  let i = step === 1 ? 0 : t.length - 1;
  const sentence = wSent[from - step]!;
  for (let k = from; i >= 0 && i < t.length; k += step) {
    if (k < 0 || k >= words || wSent[k] !== sentence || wKind[k] !== KIND_LETTERS) return false;
    if (!capitalized(p, k)) {
      if (!ACRONYM_SKIPS.has(wordText(k))) return false;
      continue;
    }
    if (wOk[k] !== 1 || wordText(k).charCodeAt(0) !== t.charCodeAt(i)) return false;
    i += step;
  }
  return true;
}

/**
 * An acronym the text spells out in vouched words, before it or after it in parentheses ("Hospitality
 * Workers Health Fund (HWHF)", "STEAR (State of Texas Emergency Assistance Registry)"): vouched wherever
 * the text uses it; an acronym of care is spelled out in words of care, which are not vouched ("Medications
 * for Opioid Use Disorder (MOUD)"). Twenty-sixth session (blind probes 100, 132, 138, 146, 152, 195).
 */
function definedAcronym(p: Prepared, w: number, words: number): boolean {
  if (!acronym(p, w)) return false;
  const t = wordText(w);
  for (let v = 0; v < words; v++) {
    if (wE[v]! - wS[v]! !== wE[w]! - wS[w]! || wordText(v) !== t) continue;
    if (charBefore(p, v) === 40 && charAfter(p, v) === 41 && v > 0 && spells(p, t, v - 1, -1, words)) return true;
    if (v + 1 < words && charBefore(p, v + 1) === 40 && wSent[v + 1] === wSent[v] && spells(p, t, v + 1, 1, words)) return true;
  }
  return false;
}

/**
 * A practice's own acronym where a sender puts it (twenty-eighth session, blind probes 216-286: about 1,000 of
 * the 2,623 ordinary texts the default bundle blocked were held back by nothing but one): opening the text
 * ("PWFM: Ethan's appt is Fri 4/11"), signing it ("... Reply C to confirm. -GCKTP", "GCKTP (504) 555-0192"),
 * after "from" or "choosing", before "locations", "statement" or "team", inside a name of vouched capitalized
 * words ("Gulf Coast KTP", "AVHS Lawrenceville Family Medicine"), or on a short line of an email's signature. Three to six capitals that no vocabulary holds, that are no acronym of
 * care (acronyms-excluded.txt: "IOP: group tonight at 6") and that hold none ("CMHC" holds "MH"). An acronym
 * nobody can read says nothing about care; one of care is either a term of the vocabularies or on that list.
 */
const CARE_ACRONYMS = excludedWords('acronyms');
const CARE_INSIDE = ['hiv', 'aids', 'std', 'sti', 'sud', 'aod', 'mh', 'gyn', 'onc', 'ivf', 'psy', 'iop', 'otp', 'mat', 'rehab'];
const SENDER_BEFORE = new Set(['from', 'choosing', 'visiting', 'contacting', 'thanks', 'team', 'at', 'de', 'sa']);
/** Words after a sender's acronym that make it a place or an account ("at all CCUC locations", "your SVFP account", "TCFH here"). */
const SENDER_AFTER = new Set(['locations', 'location', 'offices', 'office', 'account', 'portal', 'app', 'here', 'front', 'statement', 'billing', 'news', 'newsletter', 'team', 'patient']);
/** Words that may follow a signature's acronym to the end ("- Gulf Coast KTP front desk"). */
const SIGNATURE_ROLES = new Set(['front', 'desk', 'team', 'staff', 'office', 'billing', 'scheduling', 'care', 'patient', 'services', 'reception']);
/** Capitalized words that are no part of a name although they open a sentence ("Your AVHS statement"). */
const NOT_NAME_WORDS = new Set(['your', 'ur', 'the', 'our', 'a', 'an', 'hi', 'hello', 'dear', 'my', 'this', 'that', 'please', 'thank', 'thanks', 'reminder', 'new', 'you', 'we', 'and', 'or', 'at', 'with', 'from', 'to', 'for', 'in', 'on']);

function senderAcronym(p: Prepared, w: number, words: number): boolean {
  if (wE[w]! - wS[w]! < 2 || !acronym(p, w) || !unreadAcronym(wordText(w))) return false;
  if (w === 0 || SENDER_BEFORE.has(wordText(w - 1)) || (w + 1 < words && wSent[w + 1] === wSent[w] && SENDER_AFTER.has(wordText(w + 1)))) return true;
  let k = w + 1;
  while (k < words && (wKind[k] === KIND_DIGITS || SIGNATURE_ROLES.has(wordText(k)))) k++;
  if (k === words && (wSent[w - 1] !== wSent[w] || dashBefore(p, w))) return true;
  if (wordText(w - 1) === 'to' && w > 1 && wordText(w - 2) === 'welcome') return true; // "Welcome to LMG!"
  return nameNeighbour(p, w - 1, w) || (w + 1 < words && nameNeighbour(p, w + 1, w)) || signatureLine(p, w);
}

/** Word w opens or ends a short line of its own: an email's signature or letterhead ("Thank you,\nPVWFC", "TCBRS Billing Office"). */
function signatureLine(p: Prepared, w: number): boolean {
  const start = origStart(p, p.pos[wS[w]!]!);
  const end = origEnd(p, p.pos[wE[w]!]!);
  const from = p.text.lastIndexOf('\n', start - 1) + 1;
  let to = p.text.indexOf('\n', end);
  if (to < 0) to = p.text.length;
  if (from === 0 && to === p.text.length) return false; // a text of one line: its first and last words are read above
  if (to - from > 48) return false;
  if (p.text.slice(from, start).trim() === '') return true; // the line opens with it ("TCBRS Billing Office")
  // It ends a line of a few words that is no field: "Thank you,\nPVWFC", "Phòng Thanh toán CHPAC"; not "Reason: HEMATURIA
  // WORKUP - CT UROGRAM + CYSTO".
  const before = p.text.slice(from, start);
  return p.text.slice(end, to).trim() === '' && !before.includes(':') && (before.match(/\p{L}+/gu)?.length ?? 0) <= 3;
}

/**
 * A provider's credential that is also shorthand of care, written after the provider's name and its comma ("Provider: Leah
 * Brandvold, OD": a doctor of optometry, not an overdose nor the right eye; twenty-ninth session, probe 353).
 */
const DOUBTED_CREDENTIALS = new Set(['od']); // (two letters: checked by length first)
function credentialAfterName(p: Prepared, f: string | null, w: number): boolean {
  return w > 0 && wE[w]! - wS[w]! === 1 && DOUBTED_CREDENTIALS.has(wordText(w)) && acronym(p, w) && wOk[w - 1] === 1 && capital(p, w - 1) && separatedBy(p, f, w - 1, ', ') && codeAt(p, f, p.pos[wE[w - 1]!]! + 1) === 44;
}

/**
 * A department that signs a notice after the practice's name, ending its line ("HCC Operations", "Three Rivers Operations";
 * twenty-ninth session, from the notices probes 216-358 over-blocked): a word kept out alone ("your operations").
 */
const SIGNING_DEPARTMENTS = new Set(['operations']); // (ten letters: checked by length first)
function departmentSigning(p: Prepared, w: number): boolean {
  if (w === 0 || wE[w]! - wS[w]! !== 9 || !SIGNING_DEPARTMENTS.has(wordText(w)) || !capital(p, w) || wOk[w - 1] !== 1 || !capital(p, w - 1) || wSent[w - 1] !== wSent[w]) return false;
  const end = origEnd(p, p.pos[wE[w]!]!);
  const to = p.text.indexOf('\n', end);
  return p.text.slice(end, to < 0 ? p.text.length : to).trim() === '';
}

/**
 * "Ph" before a phone number in a signature ("Ph (518) 555-0147 | Fax (518) 555-0148"; twenty-ninth session, probe 380): a
 * label, not a pH, which a value of one or two digits follows ("pH 7.2").
 */
const PHONE_AFTER_LABEL = /^[:.]?\s*(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/;
function phoneLabel(p: Prepared, w: number): boolean {
  if (wE[w]! - wS[w]! !== 1 || wordText(w) !== 'ph') return false;
  return PHONE_AFTER_LABEL.test(p.text.slice(origEnd(p, p.pos[wE[w]!]!), origEnd(p, p.pos[wE[w]!]!) + 24));
}

/** Words before a practice's site by its name, in Spanish ("en la sede Campostella", "la sucursal Norte"). */
const SITE_BEFORE = folded(['sede', 'sucursal']);
/** A capitalized word the lexicons do not hold after "sede" (twenty-ninth session, probe 354): the practice's site, not care. */
function siteNamed(p: Prepared, w: number): boolean {
  const before = w === 0 ? 0 : wE[w - 1]! - wS[w - 1]! + 1; // "sede", "sucursal"
  if ((before !== 4 && before !== 8) || wSent[w - 1] !== wSent[w] || !SITE_BEFORE.has(wordText(w - 1)) || !capital(p, w)) return false;
  const t = wordText(w);
  return plainName(t) && (curLexicon!.latin(t) & TOPIC_WORD) === 0;
}

/**
 * Word w is written in capitals and holds the letters of sensitive care ("CMHC", "IOP", "HIVPC"): no name's place vouches for
 * it ("-CMHC front desk", "the IOP team"; twenty-ninth session). A specialty's or a credential's acronym may still stand in a
 * name ("Gulf Breeze GI", "Kevin Oduya, DPM"), as a specialty's word does when the officer vets the name.
 */
function careAcronym(p: Prepared, w: number): boolean {
  const t = wordText(w);
  return acronym(p, w) && CARE_INSIDE.some((c) => t.includes(c));
}

/**
 * An acronym of care before a visit's word is the visit's reason, wherever it stands ("w/ Dr Bautista - DM f/u", "HTN recheck";
 * thirty-sixth session, probe 789): not a credential or a name's initials after the provider's name.
 */
const VISIT_AFTER_ACRONYM = new Set(['f', 'fu', 'follow', 'followup', 'visit', 'check', 'recheck', 'appt', 'appointment', 'consult', 'eval', 'education', 'class']);
function visitReason(p: Prepared, w: number, words: number): boolean {
  return w + 1 < words && wSent[w + 1] === wSent[w] && VISIT_AFTER_ACRONYM.has(wordText(w + 1)) && acronym(p, w) && CARE_ACRONYMS.has(wordText(w));
}

/** An acronym that is no acronym of care and holds none. */
function unreadAcronym(t: string): boolean {
  return !CARE_ACRONYMS.has(t) && !CARE_INSIDE.some((c) => t.includes(c));
}

/** A dash before word w, spaces between ("- GCKTP", "—GCKTP"). */
function dashBefore(p: Prepared, w: number): boolean {
  let i = origStart(p, p.pos[wS[w]!]!) - 1;
  while (i >= 0 && p.text.charCodeAt(i) === 32) i--;
  const c = i < 0 ? -1 : p.text.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 126;
}

/**
 * Word k, one space from acronym w, is a vouched word of a name written with its capital and in lower case
 * after it ("Gulf Coast KTP"); not another run of capitals ("PRP OS"), nor a name in parentheses after it.
 */
function nameNeighbour(p: Prepared, k: number, w: number): boolean {
  if (wSent[k] !== wSent[w] || wKind[k] !== KIND_LETTERS || wOk[k] !== 1 || wE[k] === wS[k] || !capitalized(p, k)) return false;
  const [a, b] = k < w ? [k, w] : [w, k];
  const gap = origStart(p, p.pos[wS[b]!]!) - origEnd(p, p.pos[wE[a]!]!);
  return gap === 1 && p.text.charCodeAt(origStart(p, p.pos[wS[b]!]!) - 1) === 32 && !isUpperAt(p.text, origStart(p, p.pos[wS[k]! + 1]!)) && !NOT_NAME_WORDS.has(wordText(k));
}

/** A portal named after the practice's acronym ("MyAVHS", "MyHKCC"): "My", then three to six capitals of no care. */
function portalAcronym(p: Prepared, w: number): boolean {
  const n = wE[w]! - wS[w]! + 1;
  if (wKind[w] !== KIND_LETTERS || n < 5 || n > 8 || p.sym[wS[w]!] !== SYM_M || p.sym[wS[w]! + 1] !== SYM_Y) return false;
  const start = origStart(p, p.pos[wS[w]!]!);
  if (!isUpperAt(p.text, start) || isUpperAt(p.text, start + 1)) return false;
  for (let k = wS[w]! + 2; k <= wE[w]!; k++) if (!isUpperAt(p.text, origStart(p, p.pos[k]!))) return false;
  const t = wordText(w).slice(2);
  return !isVocabularyWord(t) && unreadAcronym(t);
}

/**
 * Acronyms of care that are also everyday words, written in capitals: "PHP" (a partial hospitalization
 * program), "GAD", "TIA", "ART" (antiretroviral therapy); the word in lower case stays vouched ("art class").
 * Not the capitals a text shouts with ("ALL patients", "SAFE", "ADD to your calendar").
 */
const CARE_IN_CAPITALS = new Set(['php', 'gad', 'tia', 'pad', 'cad', 'nash', 'oat', 'mst', 'art', 'pet', 'seps']);
/**
 * "CT" in capitals is also Connecticut and a court: a scan where someone owns it or it names what it images ("Your CT is
 * Tue at 9", "Reason: HEMATURIA WORKUP - CT UROGRAM"; twenty-eighth session, probe 331), not "Hartford, CT 06103".
 */
const CT_AFTER = new Set(['scan', 'urogram', 'angio', 'angiogram', 'abdomen', 'chest', 'head', 'pelvis', 'results', 'result', 'appt', 'appointment', 'is', 'was', 'with', 'without']);
function scanCt(p: Prepared, w: number): boolean {
  const start = origStart(p, p.pos[wS[w]!]!);
  if (!isUpperAt(p.text, start) || !isUpperAt(p.text, start + 1)) return false;
  return (w > 0 && wSent[w - 1] === wSent[w] && AID_OWNERS.has(wordText(w - 1))) || (w + 1 < curWords && wSent[w + 1] === wSent[w] && CT_AFTER.has(wordText(w + 1)));
}
function careInCapitals(p: Prepared, w: number): boolean {
  const n = wE[w]! - wS[w]!;
  if (n === 1 && p.sym[wS[w]!] === SYM_C && p.sym[wS[w]! + 1] === SYM_T) return scanCt(p, w);
  if (n < 2 || n > 3 || wKind[w] !== KIND_LETTERS) return false;
  const first = p.text.charCodeAt(origStart(p, p.pos[wS[w]!]!));
  if (first < 65 || first > 90) return false; // (the words listed are Latin capitals)
  for (let k = wS[w]!; k <= wE[w]!; k++) if (!isUpperAt(p.text, origStart(p, p.pos[k]!))) return false;
  return CARE_IN_CAPITALS.has(wordText(w));
}

/**
 * A portal named in words run together after "My" or "Mi", each written with its capital ("MyBayouCity",
 * "MiBayouCity", "MyDesertPines", "MyBrigid"), every one an everyday word, a place or a given name and
 * none of care ("MyRecovery" stays doubted).
 */
function camelPortal(p: Prepared, w: number): boolean {
  const s = wS[w]!;
  const e = wE[w]!;
  if (wKind[w] !== KIND_LETTERS || e - s < 4 || p.sym[s] !== SYM_M || (p.sym[s + 1] !== SYM_Y && p.sym[s + 1] !== SYM_I)) return false;
  const at = (k: number): number => origStart(p, p.pos[k]!);
  if (!isUpperAt(p.text, at(s)) || isUpperAt(p.text, at(s + 1)) || !isUpperAt(p.text, at(s + 2))) return false;
  let from = s + 2;
  for (let k = s + 3; k <= e + 1; k++) {
    if (k <= e && !isUpperAt(p.text, at(k))) continue;
    if (k - from < 2 || !vouchedPart(curLexicon!, p.sym, from, k - 1, LANGUAGE_BITS.en | NAME_BIT | PLACE_BIT)) return false;
    from = k;
  }
  return true;
}

/**
 * Specialties of low risk, in a practice's name written with its capitals ("Mile High Sports & Spine", "Hill
 * Country Peds", "Willamette Valley Hearing, Balance & ENT", "Coastal Carolina Urgent Care & Occupational
 * Health"): the guide lets a reminder carry the practice's name, and calls a dermatology reminder relatively low
 * risk. Not the specialties that name an organ's disease or whom a sex's care serves (urology, gastroenterology,
 * infusion, wound care, women's health), nor care the vocabularies know (behavioral health, recovery, oncology),
 * nor a name tied to the patient ("your Spine Center appointment"). Twenty-eighth session, blind probes 216-286.
 */
const NAME_SPECIALTIES = new Set(['allergy', 'spine', 'sports', 'podiatry', 'foot', 'ankle', 'ent', 'hearing', 'audiology', 'eye', 'eyes', 'vision', 'optometry', 'ophthalmology', 'dermatology', 'derm', 'skin', 'pediatrics', 'pediatric', 'peds', 'adolescent', 'orthopedics', 'orthopaedics', 'orthopedic', 'orthopaedic', 'ortho', 'joint', 'occupational', 'onsite']);
/** A practice's kind after its name ("Summit Foot & Ankle Specialists", "Lakeshore Multispecialty Group"), and "Group" after a kind of practice. */
const NAME_KINDS = new Set(['specialists', 'specialist', 'multispecialty']);
const GROUP_AFTER = new Set(['multispecialty', 'medical', 'physicians', 'health', 'healthcare', 'family', 'pediatric', 'dental', 'specialty', 'surgical', 'primary']);
function specialtyInName(p: Prepared, w: number, words: number): boolean {
  if (wKind[w] !== KIND_LETTERS || !capitalized(p, w)) return false;
  // (not a word of four letters or more in capitals, where every word has its capital: "Penelope - ALLERGY SHOT BUILD-UP"
  // is a visit's type, not a practice's name; thirty-fifth session, probe 765. "ENT" is written so in any name.)
  if (wE[w]! - wS[w]! >= 3 && isUpperAt(p.text, origStart(p, p.pos[wS[w]! + 1]!))) return false;
  const t = wordText(w);
  if (t === 'group') return w > 0 && GROUP_AFTER.has(wordText(w - 1)) && nameJoined(p, w - 1, w);
  if (!NAME_SPECIALTIES.has(t) && !NAME_KINDS.has(t)) return false;
  if (!((w > 0 && nameJoined(p, w - 1, w)) || (w + 1 < words && nameJoined(p, w + 1, w)))) return false;
  let first = w;
  while (first > 0 && wSent[first - 1] === wSent[w] && capitalized(p, first - 1) && !NOT_NAME_WORDS.has(wordText(first - 1))) first--;
  if (first === 0 || wSent[first - 1] !== wSent[w]) return true;
  return !TIES.has(wordText(first - 1)) && !(wordText(first - 1) === 'the' && departmentAfter(p, w, words));
}

/**
 * A specialty's department of the practice ("your appt at the Spine Center (2nd fl)", "the Allergy Clinic"; thirty-sixth
 * session, probe 771): a place of care's word ends the name, so the visit is of that kind (the guide's "be generic about
 * appointment type"). The practice's own name ("Mile High Sports & Spine") stays.
 */
function departmentAfter(p: Prepared, w: number, words: number): boolean {
  for (let k = w + 1; k < words && k <= w + 3 && wSent[k] === wSent[w] && capitalized(p, k); k++) if (CARE_PLACE.has(wordText(k))) return true;
  return false;
}

/** Word k is a capitalized word of the same name as word w: vouched or a specialty, with only spaces, "&" or "," between (not a field's dash: "Dept: AUDIOLOGY - Provider"). */
function nameJoined(p: Prepared, k: number, w: number): boolean {
  if (wSent[k] !== wSent[w] || wKind[k] !== KIND_LETTERS || !capitalized(p, k) || NOT_NAME_WORDS.has(wordText(k))) return false;
  if (wOk[k] !== 1 && !NAME_SPECIALTIES.has(wordText(k)) && !NAME_KINDS.has(wordText(k))) return false;
  const [a, b] = k < w ? [k, w] : [w, k];
  const from = origEnd(p, p.pos[wE[a]!]!);
  const to = origStart(p, p.pos[wS[b]!]!);
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = p.text.charCodeAt(i);
    if (c !== 32 && c !== 38 && c !== 44) return false;
  }
  return true;
}

/**
 * Word w (text t) is two everyday English words run together, the first vouched and the second vouched or one
 * the lists keep out ("Riverstone", "Lowcountry", "Parkchester"); not one that opens with a word kept out
 * ("Painwell", "Heartstone"), nor a word of care that splits by chance ("Urology").
 */
function everydayCompound(p: Prepared, w: number, t: string): boolean {
  const s = wS[w]!;
  for (let cut = 3; cut <= t.length - 3; cut++) {
    if ((latinBits(curLexicon!, p.sym, s, s + cut - 1) & LANGUAGE_BITS.en) === 0 || isExcluded(t.slice(0, cut))) continue;
    if ((latinBits(curLexicon!, p.sym, s + cut, wE[w]!) & LANGUAGE_BITS.en) !== 0 || isExcluded(t.slice(cut))) return true;
  }
  return false;
}

/**
 * A word of the sender's name that no list holds, written with its capital, where a sender puts its name: the
 * text's first word before a colon ("Riverstone: you have an appointment", "Lowcountry Pediatrics: your
 * balance"), or after "from", "visiting" or "choosing" ("Thanks for visiting Riverstone today!"). Not a word any
 * list keeps out or that names care ("Flushing", "Clear", "Recovery"): a name run together from everyday words
 * ("Riverstone", "Lowcountry") had been doubted for the word of care inside it ("stone", "low"). Only such names
 * of everyday words run together: any other word no list holds may be one of care ("Urology").
 */
function senderWord(p: Prepared, w: number, words: number): boolean {
  if (wKind[w] !== KIND_LETTERS || wE[w]! - wS[w]! < 4 || !capitalized(p, w) || isUpperAt(p.text, origStart(p, p.pos[wS[w]! + 1]!))) return false;
  const t = wordText(w);
  if (isVocabularyWord(t) || isExcluded(t) || latinBits(careTermTrie(), p.sym, wS[w]!, wE[w]!) !== 0 || !everydayCompound(p, w, t)) return false;
  if (w > 0 && (wOk[w - 1] === 1 || wSent[w - 1] !== wSent[w]) && (wordText(w - 1) === 'from' || wordText(w - 1) === 'visiting' || wordText(w - 1) === 'choosing')) return true;
  // the first words of the text, up to a colon
  let k = w;
  while (k > 0 && w - k < 3 && wSent[k - 1] === wSent[w] && capitalized(p, k - 1)) k--;
  if (k !== 0) return false;
  for (let e = w; e < words && e - w < 3 && wSent[e] === wSent[w] && capitalized(p, e); e++) if (charAfter(p, e) === 58) return true;
  return false;
}

/** The sender's acronyms vouched (and wherever else the text writes them), and portals named after one or in words run together. */
function senderNames(p: Prepared, words: number): void {
  let seen: Set<string> | null = null;
  for (let w = 0; w < words; w++) {
    if (wOk[w] !== 0 || wKind[w] !== KIND_LETTERS || !isUpperAt(p.text, origStart(p, p.pos[wS[w]!]!))) continue; // each reads a word written with its capital
    if (portalAcronym(p, w) || camelPortal(p, w) || specialtyInName(p, w, words) || senderWord(p, w, words)) wOk[w] = 1;
    else if (senderAcronym(p, w, words)) {
      wOk[w] = 1;
      (seen ??= new Set()).add(wordText(w));
    }
  }
  if (seen !== null) for (let w = 0; w < words; w++) if (wOk[w] === 0 && seen.has(wordText(w)) && acronym(p, w)) wOk[w] = 1;
}

/** An account's or a code's prefix told without its number ("will start with \"MP-\"", "「HL-」", "the SV-###### format"). */
function codePrefix(p: Prepared, w: number): boolean {
  if (!acronym(p, w) || charAfter(p, w) !== 45) return false;
  const i = origEnd(p, p.pos[wE[w]!]!) + 1;
  const c = i < p.text.length ? p.text.charCodeAt(i) : -1;
  return c === 35 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0x300d || c === 0xbb;
}

/**
 * A broadcaster's call letters where closings are announced ("posted on WCCO and KARE 11", "WSAZ and WYMT",
 * "WBZ-TV"; blind probes 98, 105, 125): three or four capitals starting with W or K, in a sentence that
 * names television, radio, a station, a channel or the news; not a term of the vocabularies ("WBC"). Twentieth session.
 */
const BROADCAST = new Set(['tv', 'radio', 'station', 'stations', 'channel', 'channels', 'news', 'am', 'fm', 'broadcast', 'television', 'closings', 'announced', 'listen', 'watch']);
function callLetters(p: Prepared, w: number, words: number): boolean {
  const n = wE[w]! - wS[w]! + 1;
  const first = wordText(w).charCodeAt(0);
  if (n < 3 || n > 4 || (first !== 107 && first !== 119) || !capsPart(p, w) || isVocabularyWord(wordText(w))) return false; // not "WBC"
  for (let k = w - 1; k >= 0 && wSent[k] === wSent[w]; k--) if (BROADCAST.has(wordText(k))) return true;
  for (let k = w + 1; k < words && wSent[k] === wSent[w]; k++) if (BROADCAST.has(wordText(k))) return true;
  return false;
}

/** What may follow "Drug" when it is not a pharmacy's name ("Drug Screen", "Drug Test Results"). */
const DRUG_NOT_A_NAME = new Set(['screen', 'screens', 'screening', 'test', 'tests', 'testing', 'panel', 'use', 'abuse', 'treatment', 'rehab', 'program', 'court', 'levels', 'level', 'interaction', 'interactions', 'allergy', 'allergies']);

/** What after "Drug" makes it a business's name ("Tidewater Drug Co", "Main Street Drug Store"). */
const DRUG_BUSINESS = new Set(['co', 'company', 'store', 'stores', 'mart', 'shop', 'inc', 'llc']);

/** "at", "from", "to" ("sent to Hometown Drug"), and "at" in the languages whose texts name an English pharmacy ("sa Westlake Drug", "en Gable Drug", "na Corner Drug"). */
const PHARMACY_BEFORE = new Set(['at', 'from', 'to', 'sa', 'en', 'em', 'na', 'pickup', 'farmacia']); // ("ready for pickup @ Sunnyside Drug", "en la farmacia Rio Grande Drug": fortieth session, probes 872 and 881)

/** PHARMACY_BEFORE, and Spanish "a" ("Su receta fue enviada a Ridgeway Drugs"; fifty-second session, probe 1515). */
function pharmacyBefore(t: string): boolean {
  return PHARMACY_BEFORE.has(t) || (t === 'a' && curSpanish);
}
/**
 * A pharmacy named "... Drug(s)" where the patient picks up ("ready for pickup at Gable Drug, 410 Main
 * St", "pick up at Corner Drug"): "Drug" with its capital after another capitalized word that follows
 * "at" or "from" (PHARMACY_BEFORE); not "Drug Screen" or "Drug Test".
 */
function pharmacyName(p: Prepared, w: number, words: number): boolean {
  const len = wE[w]! - wS[w]! + 1;
  if ((len !== 4 && len !== 5) || w < 1 || !capitalized(p, w) || !capitalized(p, w - 1)) return false;
  const t = wordText(w);
  if (t !== 'drug' && t !== 'drugs') return false;
  // (a business's word after it: "Tidewater Drug Co: Your prescription is ready"; forty-first session, probe 1060)
  if (w + 1 < words && wSent[w + 1] === wSent[w] && DRUG_BUSINESS.has(wordText(w + 1))) return true;
  // one to three capitalized words of the name ("at Gable Drug", "to Main Street Drug")
  let k = w - 1;
  while (k > 0 && w - k < 3 && wSent[k - 1] === wSent[w] && capitalized(p, k - 1) && !pharmacyBefore(wordText(k - 1))) k--;
  // (or a Korean particle glued to it, as Korean names a place: "처방약이 Corbin Ridge Drugs에 준비되었습니다"; fifty-second session, probe 1563)
  if (k < w && isHangul(p.text.charCodeAt(origStart(p, p.pos[wE[w]!]!) + 1))) return true;
  // (or the text's sender, before a colon: "Main Street Drug: Your refill is ready!"; twenty-fifth session, probe 198; a name
  // of one word too: "Lakeside Drug: 1 prescription ready", twenty-seventh session, probes 216 and 233)
  if (k === 0 && codeAt(p, curF, p.pos[wE[w]!]! + 1) === 58) return true;
  if (k === 0 || wSent[k - 1] !== wSent[w] || !pharmacyBefore(wordText(k - 1))) return false;
  return !(w + 1 < words && wSent[w + 1] === wSent[w] && DRUG_NOT_A_NAME.has(wordText(w + 1)));
}

/** Words for being ill, and what may stand between a provider's name and them ("is", "está", "out"). */
const SICK = new Set(['sick', 'ill', 'enferma', 'enfermo', 'doente', 'chory', 'chora', 'malad']);
const SICK_LINK = new Set(['is', 'was', 'out', 'esta', 'estuvo', 'se', 'puso', 'jest', 'byl', 'byla', 'ficou', 'ta', 'te']);
/** Where a provider was called away ("Dr. Engstrom got called over to the hospital", "Dr. Lee had an emergency"), and the words between. */
const AWAY = new Set(['hospital', 'emergency']);
const AWAY_LINK = new Set(['got', 'was', 'is', 'has', 'had', 'been', 'called', 'over', 'to', 'the', 'at', 'an', 'a', 'in', 'away']);
const PROVIDER_TITLES = new Set(['dr', 'dra', 'doctor', 'doctora', 'nurse', 'enfermera', 'enfermero', 'dokte']);
/** Russian and Ukrainian: a provider by role, and "fell ill" after it ("приём отменён: врач заболел", "лікар захворів"). */
/** A provider's word just before word w, or before the one or two capitalized words of a name ("доктор Петрова"; twenty-sixth session, probe 145). */
function providerBefore(p: Prepared, w: number): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 3 && wSent[k] === wSent[w]; k--) {
    if (PROVIDERS_RU.has(wordText(k)) || doctorShort(k)) return true; // (or "д-р": "д-р Гнатюк захворів")
    if (!capitalized(p, k)) return false;
  }
  return false;
}
const PROVIDERS_RU = folded(['врач', 'доктор', 'медсестра', 'лікар', 'лікарка']);
const PROVIDER_FELL_ILL = folded(['заболел', 'заболела', 'болеет', 'захворів', 'захворіла', 'хворіє']);
/** A provider by role ("the doctor", "nuestra enfermera"), and the articles before it (not "my": a patient may write of their own). */
const PROVIDERS = new Set(['doctor', 'doctora', 'provider', 'physician', 'nurse', 'dentist', 'medico', 'medica', 'enfermera', 'enfermero', 'dentista']);
const ROLE_ARTICLES = new Set(['the', 'our', 'your', 'la', 'el', 'nuestra', 'nuestro', 'su']);

/**
 * A provider who is ill or called away, by title and name ("Dr. Patel is sick today", "La Dra. Ruiz está
 * enferma hoy", "Dr. Engstrom got called over to the hospital"): the reason a visit moves, nothing of the patient's. Not a patient's title ("Mrs. Lopez is sick").
 */
function providerSick(p: Prepared, w: number): boolean {
  if (w < 2) return false;
  const t = wordText(w);
  const [links, most] = SICK.has(t) ? [SICK_LINK, 2] : AWAY.has(t) ? [AWAY_LINK, 5] : [null, 0];
  if (links === null) return false;
  let k = w - 1;
  while (k > 0 && w - k <= most && wSent[k] === wSent[w] && links.has(wordText(k))) k--;
  if (k === w - 1 && t !== 'malad') return false; // (Haitian says it without a verb: "Dr. Alcindor malad jodi a"; forty-ninth session, probe 1435)
  // "the doctor is sick", "la doctora está enferma": a provider named by role after an article
  if (k > 0 && wSent[k - 1] === wSent[w] && PROVIDERS.has(wordText(k)) && ROLE_ARTICLES.has(wordText(k - 1))) return true;
  // one or two capitalized words of the name, after the title
  if (k > 1 && capitalized(p, k - 1) && !PROVIDER_TITLES.has(wordText(k - 1))) k--;
  return k > 0 && wSent[k] === wSent[w] && capitalized(p, k) && PROVIDER_TITLES.has(wordText(k - 1)); // the title's own stop may end a sentence for wSent
}

/** Word w is one to four capital letters. */
function capsPart(p: Prepared, w: number): boolean {
  if (wKind[w] !== KIND_LETTERS || wE[w]! - wS[w]! > 3) return false;
  for (let k = wS[w]!; k <= wE[w]!; k++) if (!isUpperAt(p.text, origStart(p, p.pos[k]!))) return false;
  return true;
}

/** Word w mixes digits and capitals, four characters or more, no lower-case letter ("7KQ2", "A12B"): a code's part, not "10am" or "2nd". */
function capsMixed(p: Prepared, w: number): boolean {
  if (wKind[w] !== KIND_MIXED || wE[w]! - wS[w]! < 3 || /^\d+(?:am|pm|st|nd|rd|th)$/.test(wordText(w))) return false;
  let letters = 0;
  for (let k = wS[w]!; k <= wE[w]!; k++) {
    const c = p.text.charCodeAt(origStart(p, p.pos[k]!));
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0;
}

/** Words w and w + 1 are joined by one hyphen. */
function hyphenJoined(p: Prepared, w: number): boolean {
  const e = wE[w]!;
  return p.pos[wS[w + 1]!]! - p.pos[e]! === 2 && p.text.charCodeAt(origStart(p, p.pos[e]! + 1)) === 45;
}

/** Digits with a unit or ordinal ("2nd", "10am", "4B"), or a code after a place or reference word ("Suite A12"). */
function mixedOk(word: string, w: number): boolean {
  const m = /^(\d+)([a-z]+)$/.exec(word);
  if (m !== null && (m[2]!.length === 1 || NUMBER_SUFFIX.has(m[2]!))) return true;
  if (/^(?:x|ext)\d+$/.test(word)) return true; // a phone extension ("call Marisol x204")
  // a number after the numero sign, written joined ("за рахунком №20419", "по счёту №20419"; thirty-third session)
  if (/^no\d+$/.test(word) && curP!.text.charCodeAt(origStart(curP!, curP!.pos[wS[w]!]!)) === 0x2116) return true;
  if (/^\d{8}t\d{4,6}z?$/.test(word)) return true; // a date and time in a calendar link ("start=20250915T140000")
  if (/^\d{1,2}[ghe]\d{2}$/.test(word)) return true; // a Vietnamese, Portuguese, French or Haitian Creole time ("9g30": 9 giờ 30; "10h30"; "10è30", forty-eighth session, probe 1421)
  for (let k = w - 1; k >= 0 && k >= w - 5; k--) if (PLACE_CODE.has(wordText(k)) || CODE_LABEL_OTHER.test(wordText(k))) return true;
  // a bus or train line next to its word ("the B68 bus", "автобус B1": blind probe 121); not "the bus to get your B12 shot"
  if ((w + 1 < curWords && wSent[w + 1] === wSent[w] && TRANSIT.has(wordText(w + 1))) || (w > 0 && wSent[w - 1] === wSent[w] && TRANSIT.has(wordText(w - 1)))) return true;
  if (transitListed(w) || transitListedAfter(w)) return true;
  // a route's code after "the" in a sentence of directions ("take the 2 train ..., or take the B44 to Avenue I"; twenty-sixth
  // session); not a vitamin ("take your B12 on the bus", "the B12 shot before the train")
  if (/^[a-z]{1,3}\d{1,3}$/.test(word) && !VITAMIN.test(word) && !isVocabularyWord(word) && w > 0 && wordText(w - 1) === 'the' && transitSentence(w)) return true;
  // the second part of a code ("4PVN-8KXT")
  if (w > 0 && wKind[w - 1] === KIND_MIXED && curP!.text[origStart(curP!, curP!.pos[wS[w]!]!) - 1] === '-') return mixedOk(wordText(w - 1), w - 1);
  return false;
}
/**
 * A practice's name as Arabic writes it: "مركز رحمة الصحي" (Rahma Health Center), "مجموعة ليتل ريفر الطبية"
 * (Little River Medical Group): the adjective "health" or "medical" after a center, clinic or group within
 * three words (twenty-third session, probes 102, 149, 174: "مركز ... الصحي" on every Arabic text of 174), as
 * "Health" and "Medical" of an English name are vouched; "وضعك الصحي" (your state of health) stays doubted.
 */
const ARABIC_PLACE_ADJECTIVES = folded(['الصحي', 'الطبي', 'الطبية', 'الصحية']);
const ARABIC_PLACE_KINDS = folded(['مركز', 'لمركز', 'بمركز', 'ومركز', 'عيادة', 'لعيادة', 'بعيادة', 'عيادات', 'مجموعة', 'لمجموعة', 'بمجموعة', 'مستوصف', 'المركز', 'العيادة']);
function arabicPlaceName(w: number): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 3 && wSent[k] === wSent[w]; k--) if (ARABIC_PLACE_KINDS.has(wordText(k))) return true;
  return false;
}
/**
 * An English street's name written in Arabic letters before its kind ("٢٢ ماجنوليا أفينيو", Magnolia Avenue; thirty-fifth
 * session, probe 720): one or two words no list holds, right before the street word. A term of care among them is
 * still found by the vocabulary.
 */
const ARABIC_STREET_KINDS = folded(['أفينيو', 'افينيو', 'أفنيو', 'افنيو', 'ستريت', 'رود', 'درايف', 'بوليفارد', 'كورت', 'لين', 'واي', 'بلازا']);
function arabicStreetName(w: number, words: number): boolean {
  if (wMask[w] !== -2) return false;
  for (let k = w + 1; k < words && k <= w + 2 && wSent[k] === wSent[w] && wKind[k] === KIND_OTHER; k++) {
    if (ARABIC_STREET_KINDS.has(wordText(k))) return true;
    if (wMask[k] !== -2) return false;
  }
  return false;
}
/**
 * A garage's levels by their numbers ("levels 1 and 2 are reserved for our patients", "levels 2-3", "los niveles
 * 1 y 2 del garaje"; twenty-third session, probes 130-177): one-digit numbers joined by "and" or a dash after
 * parking's words in the sentence or the one before it; "your levels 1 and 2 hours after the meal" stays doubted.
 */
const LEVEL_WORDS = new Set(['levels', 'niveles', 'level', 'nivel']);
const LEVEL_JOINERS = new Set(['and', 'y', 'e', 'to', 'through', 'or', 'o']);
function garageLevels(w: number, words: number): boolean {
  if (!LEVEL_WORDS.has(wordText(w)) || w + 2 >= words || wSent[w + 2] !== wSent[w]) return false;
  const one = (k: number): boolean => wKind[k] === KIND_DIGITS && wE[k] === wS[k];
  if (!one(w + 1)) return false;
  if (!((one(w + 2) && hyphenJoined(curP!, w + 1)) || (LEVEL_JOINERS.has(wordText(w + 2)) && w + 3 < words && one(w + 3)))) return false;
  // ...in a sentence about parking, or right after one ("Parking: Tower Place deck, levels 2-4")
  for (let k = w - 1; k >= 0 && wSent[k]! >= wSent[w]! - 1; k--) if (PARKING_WORDS.has(wordText(k))) return true;
  return false;
}
const PARKING_WORDS = new Set(['parking', 'park', 'garage', 'deck', 'lot', 'ramp', 'estacionamiento', 'estacionarse', 'garaje', 'estacionar']);
/** The text as written between words a and b. */
function between(a: number, b: number): string {
  return curP!.text.slice(origEnd(curP!, curP!.pos[wE[a]!]!), origStart(curP!, curP!.pos[wS[b]!]!));
}
/** Word w is one of a list of lines after their word ("Bus: B3 or B36", "Автобусы B4 и B49", "巴士：B82 或 B2"; twenty-third session, probe 168). */
function transitListedAfter(w: number): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 12; k--) {
    if (TRANSIT.has(wordText(k))) return wSent[k] === wSent[w] || /^[ \t]*:[ \t]*$/.test(between(k, k + 1));
    if (wSent[k] !== wSent[w]) return false;
    if (wKind[k] !== KIND_MIXED && !LIST_JOINERS.has(wordText(k)) && !TRANSIT_JOINERS.has(wordText(k))) return false;
  }
  return false;
}
/** A word of sentence w's names a bus, a train or a stop ("the FX2 stop", "the R5 (Paoli/Thorndale Line) Bryn Mawr station"). */
function transitSentence(w: number): boolean {
  for (let k = w - 1; k >= 0 && wSent[k] === wSent[w]; k--) if (TRANSIT.has(wordText(k)) || STOPS.has(wordText(k))) return true;
  for (let k = w + 1; k < curWords && wSent[k] === wSent[w]; k++) if (TRANSIT.has(wordText(k)) || STOPS.has(wordText(k))) return true;
  return false;
}
const VITAMIN = /^(?:b(?:1|2|3|5|6|7|9|12)|d[23]|k[12])$/;
const STOPS = folded(['stop', 'stops', 'station', 'stations', 'parada', 'estación', 'estação', 'estasyon', 'stacja', 'stacji', 'przystanek', 'остановка', 'станция', 'зупинка', 'станція', '站', '역']);

/**
 * A transit agency before its bus or line, or after a word for one ("CTA bus #80", "the CTA #3 King Drive bus",
 * "niebieską linią CTA", "Autobus CTA nr 80"; twenty-sixth session, probes 110, 153, 161, 182): "CTA" is also a CT angiogram,
 * so only there.
 */
const TRANSIT_AGENCIES = new Set(['cta', 'mta', 'mbta', 'septa', 'wmata', 'bart', 'marta', 'vta', 'rtd', 'dart', 'lirr', 'metra', 'octa', 'ddot', 'rta', 'tarc', 'cota', 'mata', 'cats', 'njt', 'trimet', 'muni', 'sfmta', 'ttc', 'mts', 'mcts', 'pat', 'via', 'capmetro']);
function transitAgency(p: Prepared, w: number, words: number): boolean {
  if (!capitalized(p, w) || !TRANSIT_AGENCIES.has(wordText(w))) return false;
  if (w > 0 && wSent[w - 1] === wSent[w] && TRANSIT.has(wordText(w - 1))) return true;
  if (/^[ \t]*:?[ \t]*#/.test(p.text.slice(origEnd(p, p.pos[wE[w]!]!), origEnd(p, p.pos[wE[w]!]!) + 4))) return true;
  return w + 1 < words && wSent[w + 1] === wSent[w] && (TRANSIT.has(wordText(w + 1)) || STOPS.has(wordText(w + 1)) || LINE_COLORS.has(wordText(w + 1)));
}
const LINE_COLORS = new Set(['blue', 'red', 'green', 'orange', 'brown', 'pink', 'purple', 'yellow', 'silver', 'gold']);

/** Word w is one of a list of lines before their word ("the M4, M5 or M100 bus"; twenty-first session, probe 143). */
function transitListed(w: number): boolean {
  for (let k = w + 1; k < curWords && k <= w + 6 && wSent[k] === wSent[w]; k++) {
    if (TRANSIT.has(wordText(k))) return true;
    if (wKind[k] !== KIND_MIXED && !LIST_JOINERS.has(wordText(k))) return false;
  }
  return false;
}
/** A code's label in another script, at the end of its word ("您的啟用碼：9ZHT-3MQW", "인증 코드", "код доступа"). */
/** (As folded: Hangul decomposed into its letters.) */
const CODE_LABEL_OTHER = new RegExp('(?:码|碼|号|號|户|戶|코드|번호|계정|계좌|код|кода|номер|счет|счета|رمز|رقم|كود|حساب)$'.normalize('NFD'), 'u');

/** Folded spans of links and email addresses, with where each link's address (host) ends. */
interface Links {
  s: number[];
  e: number[];
  hostEnd: number[];
}
/**
 * Links and email addresses, token by token (a token is a run without spaces): a scheme or `www.`,
 * an address with `@`, or dotted words ending in a top-level domain. Linear in the text.
 */
const SCHEME = /^(?:https?:\/\/|www\.)/;
const LINK_START = /https?:\/\/|www\./i;
const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|us|io|co|health|care|example|info|biz|app|ly|me|md|clinic|link|site|online)(?:[/?#]|$)/;
/** A social media handle ("@prairiegrovemed"): an address, read as an email's is (a term of care run into it is still found). */
const HANDLE = /^@[a-z0-9]{3,30}$/i;
/** Any other top-level domain once a path follows it: a short link ("sunhill.to/s/8kd2", "go.gl/x7"). */
const DOMAIN_WITH_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/[^/]/;

function linkSpans(p: Prepared, f: string | null): Links | null {
  const text = f ?? p.text;
  const out: Links = { s: [], e: [], hostEnd: [] };
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    let dotted = false;
    while (i < n && !isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 64 || c === 47) dotted = true;
      i++;
    }
    if (!dotted) continue;
    // A link written between words of a script without spaces ("포털(portal.example.org)에서",
    // "请登录portal.example.org查看", "有$45.20待付余额。请付款：https://…"): each run of ASCII that holds a stop, an @ or a slash.
    for (let k = start; k < i; ) {
      while (k < i && !isAsciiMark(text.charCodeAt(k))) k++;
      const from = k;
      let mark = false;
      for (; k < i && isAsciiMark(text.charCodeAt(k)); k++) if (text.charCodeAt(k) === 46 || text.charCodeAt(k) === 64 || text.charCodeAt(k) === 47) mark = true;
      if (mark) addLink(text, f === null, from, k, out);
    }
  }
  return out.s.length === 0 ? null : out;
}

/** A printable ASCII character (no space). */
function isAsciiMark(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/** Text [from, end) as a link or an email address, if it is one, without the punctuation around it. */
function addLink(text: string, lower: boolean, from: number, end: number, out: Links): void {
  while (end > from && '.,;:!?)]"\'(['.includes(text[end - 1]!)) end--; // "pay.example.com（需要…": a bracket opens what follows
  while (from < end && '(["\'<:,;'.includes(text[from]!)) from++; // "查看：portal.example.org": the colon folds to ASCII
  // A link written right after other text, as Chinese writes it after a colon ("查看：https://…").
  const inner = text.slice(from, end).search(LINK_START);
  if (inner > 0) from += inner;
  const token = lower ? text.slice(from, end).toLowerCase() : text.slice(from, end);
  const scheme = SCHEME.exec(token);
  const isEmail = (scheme === null && EMAIL.test(token)) || HANDLE.test(token);
  if (scheme === null && !isEmail && !DOMAIN.test(token) && !DOMAIN_WITH_PATH.test(token)) return;
  const hostFrom = scheme !== null && token.startsWith('http') ? token.indexOf('://') + 3 : 0;
  const slash = token.slice(hostFrom).search(/[/?#]/);
  out.s.push(from);
  out.e.push(end);
  out.hostEnd.push(isEmail || slash < 0 ? end : from + hostFrom + slash);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

function inLink(l: Links | null, fs: number, fe: number): boolean {
  if (l === null) return false;
  for (let i = 0; i < l.s.length; i++) if (fs >= l.s[i]! && fe <= l.e[i]!) return true;
  return false;
}

/** Whether folded span [fs, fe) lies in a link's host. */
function inHost(l: Links, fs: number, fe: number): boolean {
  for (let i = 0; i < l.s.length; i++) if (fs >= l.s[i]! && fe <= l.hostEnd[i]!) return true;
  return false;
}
/** A word of a link's host that runs a term of care into other letters ("harborhivclinic.org"): the host is otherwise opaque. */
function hostRunsTerm(l: Links | null, fs: number, fe: number, kind: number, w: number, sym: Uint8Array): boolean {
  return kind === KIND_LETTERS && wE[w]! - wS[w]! >= 6 && inHost(l!, fs, fe) && hostHidesTerm(sym, wS[w]!, wE[w]!);
}

/** In a link: the address (scheme, host) is opaque; in its path or query, words with digits are ids, other words must be vouched for. */
function linkWordOk(l: Links | null, fs: number, fe: number, kind: number, mask: number, allowed: number, sym: Uint8Array, w: number): boolean {
  for (let i = 0; i < l!.s.length; i++) {
    if (fs < l!.s[i]! || fe > l!.e[i]!) continue;
    if (fe <= l!.hostEnd[i]!) return true;
    // In the path or query: ids (digits, or hexadecimal letters: "?e=bbccddee"), short slugs ("rfp", "s") that are no term of care ("/gerd", "/psa")
    // nor an acronym of care ("forms/new-ob-intake"; thirty-sixth session, probe 793), or words vouched for,
    // in any language a practice writes its paths in ("saluddelvalle.org/pagar" in an English text; twenty-third session, probe 173).
    return kind === KIND_MIXED || kind === KIND_DIGITS || (fe - fs <= 4 && latinBits(careTermTrie(), sym, wS[w]!, wE[w]!) === 0 && !CARE_ACRONYMS.has(wordText(w))) || (mask > 0 && (mask & (allowed | LATIN_LANGUAGES)) !== 0) || (fe - fs >= 8 && hexOnly(fs, fe));
  }
  return false;
}

/** A covered language other than those allowed that four words or more of the text are in (no name, no practice's word), or 0. */
/**
 * A sentence written in a covered language the text was not read in, as a newsletter's or a phone menu's lines for
 * each language it serves ("Para español, oprima 8.", "Pou kreyòl, peze 9.", "Tiếng Việt, bấm số 3."; twenty-fourth
 * session, probes 90-185): every word of it that is not vouched for otherwise is a word of that one language, so are
 * half of its words, and two of them at least cannot be English (not English words, or written with accents or in
 * another script, and not words of the text's own language either; a capitalized given name is no evidence: "Hi John, your
 * psy results" stays doubted, and so does a Spanish word kept out of Spanish that Tagalog holds: "quitarle los puntos", or a
 * Vietnamese word with its tones that folds to a Portuguese one: "Máu cao", high blood; twenty-fourth session, probe 187).
 * A term of care is a finding there as anywhere.
 */
const FOREIGN_LINE_LANGUAGES = (Object.values(LANGUAGE_BITS) as number[]).reduce((m, b) => m | b, 0) & ~LANGUAGE_BITS.en & ~GENERAL;
function foreignLines(words: number, allowed: number, sym: Uint8Array): void {
  let w = 0;
  while (w < words) {
    const sn = wSent[w]!;
    let end = w;
    let doubted = false;
    while (end < words && wSent[end] === sn) if (wOk[end++] === 0) doubted = true;
    if (doubted) {
      let common = FOREIGN_LINE_LANGUAGES & ~allowed;
      for (let k = w; k < end && common !== 0; k++) if (wOk[k] === 0) common &= wMask[k]! > 0 && !(wKind[k] === KIND_LETTERS && (keptOutByLanguage(wordText(k), allowed) || ownAccents(k, allowed))) ? wMask[k]! : 0;
      if (common !== 0) {
        const lang = common & -common;
        let of = 0;
        let lettered = 0;
        let evidence = 0;
        for (let k = w; k < end; k++) {
          if (wKind[k] === KIND_DIGITS) continue;
          lettered++;
          if (wMask[k]! <= 0 || (wMask[k]! & lang) === 0) continue;
          of++;
          if ((wMask[k]! & allowed & ~EN) !== 0 || ((wMask[k]! & NAME_BIT) !== 0 && capitalized(curP!, k))) continue;
          if ((wMask[k]! & EN) === 0 || wKind[k] === KIND_OTHER || accented(curP!, k)) evidence++;
        }
        if (evidence >= 2 && of * 2 >= lettered) for (let k = w; k < end; k++) if (wOk[k] === 0 && !bodyBack(k, words, sym) && !ownedAid(k, sym) && !wornThing(k, sym) && !ownShot(k, words, sym) && !injuryFall(k, words, sym)) wOk[k] = 1;
      }
    }
    w = end;
  }
}

/** Word k is written with accents a language of the text writes (Vietnamese "máu", blood, is no Portuguese "mau"). */
function ownAccents(k: number, allowed: number): boolean {
  return accented(curP!, k) && (writtenBy(curP!, k) & allowed & ~EN) !== 0;
}

function secondLanguage(o: VouchOptions, p: Prepared, words: number, allowed: number): number {
  const counts = COUNTS.fill(0);
  for (let w = 0; w < words; w++) {
    const m = wMask[w]!;
    if (m <= 0 || (m & allowed) !== 0 || wKind[w] !== KIND_LETTERS) continue;
    if ((o.extra !== null && latinBits(o.extra, p.sym, wS[w]!, wE[w]!) !== 0) || ((m & NAME_BIT) !== 0 && capitalized(p, w))) continue;
    // (a word the text's own language writes with those accents is that language's, whatever it folds to:
    // Vietnamese "máu", blood, is no evidence of Portuguese "mau"; twenty-fourth session, probe 187)
    if ((allowed & VI) !== 0 && accented(p, w) && (writtenBy(p, w) & VI) !== 0) continue;
    for (const b of DETECTED_LANGUAGE_POSITIONS) if ((m & (1 << b)) !== 0) counts[b]! += accented(p, w) ? 2 : 1;
  }
  let best = 0;
  for (const b of DETECTED_LANGUAGE_POSITIONS) if (counts[b]! > counts[best]!) best = b;
  return counts[best]! >= 4 ? 1 << best : 0;
}

/** Whether folded [fs, fe) holds only the letters a-f (an id in hexadecimal). */
function hexOnly(fs: number, fe: number): boolean {
  const f = curF ?? curP!.text;
  for (let i = fs; i < fe; i++) {
    const c = f.charCodeAt(i) | 32;
    if (c < 97 || c > 102) return false;
  }
  return true;
}

/**
 * Two vouched words of `min` letters or more written as one: a link's path ("newpatient", three
 * letters), or an English compound ("honeybees", "tortoiseshell", four letters; the frequent
 * compounds that name care, "meltdown", "outpatient", "painkiller", are excluded words, and the caller
 * checks that).
 */
function twoWords(lex: Lexicon, sym: Uint8Array, from: number, to: number, allowed: number, min: number): boolean {
  for (let cut = from + min; cut <= to - min + 1; cut++) {
    if ((latinBits(lex, sym, from, cut - 1) & allowed) !== 0 && (latinBits(lex, sym, cut, to) & allowed) !== 0) return true;
  }
  return false;
}

/**
 * A word of a link's path that is two or three vouched words run together ("nyc.gov/beattheheat",
 * "cms.gov/nosurprises", "/skincheckday"), the first of two letters or more and the others of three, none a term of care ("/msclinic",
 * "/yourms"), and the whole holding no term of care, medicine or procedure ("/myoverdose": "my", "over",
 * "dose"; twenty-second session). Six letters or more: a shorter one is a slug (`linkWordOk`).
 */
function runTogether(lex: Lexicon, sym: Uint8Array, from: number, to: number, allowed: number, word: string): boolean {
  return to - from >= 5 && splitsInto(lex, sym, from, to, allowed, 3, SHORT_LEADS.has(word.slice(0, 2)) ? 2 : 3) && !pathHidesTerm(sym, from, to);
}
/**
 * A word of a link's path that only repeats words the text writes outside its links, alone or run together ("Download our
 * one-page Heart Health tip sheet: www.heartlandhhpc.org/hearthealth", "...Tip Sheet: https://songhuong.example/heart";
 * forty-fifth session, probes 1261 and 1271, and 23 campaigns of probes 855-1285 held back for a path's "heart" alone): one to
 * three words of three letters or more. The path says nothing the text does not, and those words are read where the text has them.
 */
function echoesText(w: number, words: number, links: Links | null): boolean {
  const word = wordText(w);
  if (word.length < 4) return false;
  const pos = curP!.pos;
  // (not in a link that carries a query: "clinic.example/heart?patient=88121" is someone's page, whatever its words)
  if (queried(links!, pos[wS[w]!]!)) return false;
  const seen = new Set<string>();
  for (let k = 0; k < words; k++) {
    if (k === w || wKind[k] !== KIND_LETTERS) continue;
    const t = wordText(k);
    if (t.length >= 3 && word.includes(t) && !inLink(links, pos[wS[k]!]!, pos[wE[k]!]! + 1)) seen.add(t);
  }
  return seen.size > 0 && splitsSeen(word, seen, 3);
}
/** Whether the link around folded offset at carries a query ("?"). */
function queried(l: Links, at: number): boolean {
  for (let i = 0; i < l.s.length; i++) {
    if (at < l.s[i]! || at >= l.e[i]!) continue;
    for (let j = l.hostEnd[i]!; j < l.e[i]!; j++) if (codeAt(curP!, curF, j) === 63) return true;
  }
  return false;
}
function splitsSeen(word: string, seen: Set<string>, parts: number): boolean {
  if (seen.has(word)) return true;
  if (parts === 1) return false;
  for (let cut = 3; cut <= word.length - 3; cut++) if (seen.has(word.slice(0, cut)) && splitsSeen(word.slice(cut), seen, parts - 1)) return true;
  return false;
}
/** Two-letter words a path may open with ("my", "no", "go"): never a term's initials ("ms", "ed"). */
const SHORT_LEADS = new Set(['my', 'no', 'go', 'be', 'we', 'do', 'in', 'on', 'at', 'to', 'up', 'us', 'is', 'it', 'so', 'or', 'an', 'of', 'mi', 'tu', 'su', 'el', 'la', 'de']);
/** The practice's phone numbers ("Save our numbers: main line (410) 555-0142", "Our main numbers: Detroit ..."; fifty-first session, probes 1507, 1512): "numbers" after "our". */
function ourNumbers(w: number): boolean {
  if (wordText(w) !== 'numbers') return false;
  for (let k = w - 1; k >= 0 && k >= w - 3 && wSent[k] === wSent[w]; k--) if (wordText(k) === 'our') return true;
  return false;
}
/** The letters of a host before a term split into words of the lexicons or of the vetted names ("musiccity" of "musiccityeatingdisorder"). */
function hostWordsBefore(o: VouchOptions, sym: Uint8Array, from: number, to: number, allowed: number): boolean {
  return splitsInto(o.lexicon, sym, from, to, allowed, 3, 2) || (o.extra !== null && splitsInto(o.extra, sym, from, to, LANGUAGE_MASK, 3, 2));
}
function splitsInto(lex: Lexicon, sym: Uint8Array, from: number, to: number, allowed: number, parts: number, least: number): boolean {
  if (least === 3 && vouchedPart(lex, sym, from, to, allowed)) return true;
  if (parts === 1) return false;
  for (let cut = from + least; cut <= to - 2; cut++) if (vouchedPart(lex, sym, from, cut - 1, allowed) && splitsInto(lex, sym, cut, to, allowed, parts - 1, 3)) return true;
  return false;
}
function vouchedPart(lex: Lexicon, sym: Uint8Array, from: number, to: number, allowed: number): boolean {
  return to > from && (latinBits(lex, sym, from, to) & allowed) !== 0 && latinBits(careTermTrie(), sym, from, to) === 0;
}

function coveredBy(spans: { n: number; s: Int32Array; e: Int32Array }, fs: number, fe: number): boolean {
  for (let i = 0; i < spans.n; i++) if (spans.s[i]! <= fs && spans.e[i]! >= fe) return true;
  return false;
}

/** Whether a run of Chinese characters holds a word the Chinese reviewers kept out (zh-excluded.txt). */
function keptOutHan(run: string): boolean {
  const out = excludedWords('zh');
  for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= run.length; j++) if (out.has(run.slice(i, j))) return true;
  return false;
}

/**
 * A Latin word and the run of Chinese characters written right after it that spell, together, a name
 * the bundle vetted across scripts ("Sunbridge儿科"): how many characters of the run the name takes (0: none).
 */
/**
 * A Chinese surname right after a Latin title ("同 Dr. 鄭 見面", "Dr. 黃 喺病人網站俾咗個訊息你"; thirty-ninth session, probe 1018's
 * Cantonese notices): its one or two characters are a name, as a Latin name after a title is.
 */
const CHINESE_SURNAMES = new Set('王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘余蔣蒋蔡杜葉叶程魏蘇苏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤伍麥麦關关區区岑甄鄺邝歐欧');
const CHINESE_DOUBLE_SURNAMES = new Set(['司徒', '歐陽', '欧阳', '上官', '諸葛', '诸葛', '司馬', '司马']);
function titledSurname(w: number, run: string): number {
  // (the title's stop ends no sentence here: "Dr. 鄭")
  if (w === 0 || curP!.pos[wS[w]!]! - curP!.pos[wE[w - 1]!]! > 3 || !TITLES.has(wordText(w - 1))) return 0;
  if (CHINESE_DOUBLE_SURNAMES.has(run.slice(0, 2))) return 2;
  return CHINESE_SURNAMES.has(run[0]!) ? 1 : 0;
}
function crossScriptName(extra: Lexicon | null, latin: string, run: string): number {
  if (extra === null) return 0;
  for (let len = Math.min(extra.maxUnspaced, run.length); len >= 1; len--) if (extra.words.has(latin + run.slice(0, len))) return len;
  return 0;
}

/**
 * A run of Chinese (or Japanese) characters: the spans (relative) that no vouched word covers. A
 * character is covered when a vouched word of the lexicons that starts at or before it spans it, or
 * when it is one of the first `named` characters, the end of a name vetted across scripts.
 */
function coverUnspaced(run: string, named: number, lex: Lexicon, extra: Lexicon | null, allowed: number, names: SoundNames | null): [number, number][] {
  const covered = new Uint8Array(run.length);
  covered.fill(1, 0, named);
  const max = Math.max(lex.maxUnspaced, extra?.maxUnspaced ?? 1);
  for (let i = 0; i < run.length; i++) {
    for (let len = Math.min(max, run.length - i); len >= 1; len--) {
      const piece = run.slice(i, i + len);
      const bits = (lex.words.get(piece) ?? 0) | (extra?.words.get(piece) ?? 0);
      if ((bits & allowed) !== 0 || (extra?.words.has(piece) ?? false)) {
        covered.fill(1, i, i + len);
        break;
      }
    }
  }
  // A surname before a title (李医生, 王先生) is a name; so is a full name of two or three characters
  // that starts with a common surname, before a title or a greeting or after one (李秀英您好,
  // 尊敬的王建国先生), never a word of the vocabularies (those are findings whatever vouches for them).
  for (let i = 0; i + 1 < run.length; i++) {
    if (covered[i] === 0 && covered[i + 1] === 1 && CJK_TITLES.some((t) => run.startsWith(t, i + 1))) covered[i] = 1;
    // Cantonese: a surname and one character of address closing the run (何太 "Mrs. Ho", 陳生 "Mr. Chan", 陳伯 "Uncle Chan")
    if (i + 2 === run.length && CJK_SURNAMES.includes(run[i]!) && CANTONESE_ADDRESS.includes(run[i + 1]!)) covered.fill(1, i, i + 2);
  }
  // (The given name's characters may be vouched words of their own: 英 of 李秀英.)
  // (...and its surname and first character may make a word: 王子 of 王子軒的預約; twenty-second session, probe 152.)
  for (let i = 0; i < run.length; i++) {
    if (!CJK_SURNAMES.includes(run[i]!)) continue;
    const before = covered[i] === 0 && CJK_BEFORE_NAME.some((t) => run.endsWith(t, i));
    for (const j of [i + 3, i + 2]) {
      if (j > run.length || (covered[i] !== 0 && covered.subarray(i, j).every((c) => c === 1))) continue;
      if ((before && (j === run.length || covered[j] === 1)) || [...CJK_TITLES, ...CJK_AFTER_NAME].some((t) => run.startsWith(t, j))) {
        covered.fill(1, i, j);
        break;
      }
    }
  }
  // A run that is a whole name alone, set off by spaces or signs as a template writes it ("提醒：梁子晴 明天",
  // "已为 赵梓涵 确认预约"; twenty-second session, probe 152): a common surname and one or two characters of
  // given names (GIVEN_NAME_HAN), none of them kept out: "黄疸", "白内障", "石膏" alone stay doubted.
  if (run.length >= 2 && run.length <= 3 && covered.includes(0) && CJK_SURNAMES.includes(run[0]!) && [...run.slice(1)].every((c) => GIVEN_NAME_HAN.includes(c)) && !keptOutHan(run)) covered.fill(1);
  // A vetted name written by its sound ("纳罗斯" of "Narrows"): the whole run of such characters around a character left over.
  if (names !== null && covered.includes(0)) {
    for (let k = 0; k < run.length; k++) {
      if (covered[k] !== 0 || !writesNames(run.charCodeAt(k))) continue;
      let i = k;
      while (i > 0 && writesNames(run.charCodeAt(i - 1))) i--;
      let j = k + 1;
      while (j < run.length && writesNames(run.charCodeAt(j))) j++;
      if (soundedHan(run.slice(i, j), names)) covered.fill(1, i, j);
      k = j;
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < run.length; i++) {
    if (covered[i] === 1) continue;
    let j = i;
    while (j < run.length && covered[j] === 0) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * A capitalized word in a name's place: after a title or a greeting (and the words of the same name
 * after it), first in the text or a sentence and followed by a comma ("Jordan, your visit..."), or
 * before a street suffix, office, location or pharmacy ("Harbor Blvd", "Maple Ave office").
 */
function nameSlot(p: Prepared, f: string | null, w: number, words: number, wordText: (w: number) => string): boolean {
  // Walk back over capitalized words joined by spaces, hyphens, apostrophes or periods (at most 3).
  let first = w;
  for (let back = 0; back < 3 && first > 0; back++) {
    const prev = first - 1;
    if (!isUpperAt(p.text, origStart(p, p.pos[wS[prev]!]!)) || !joined(p, f, prev, first) || TIES.has(wordText(prev))) break; // "Your" is no part of a name ("...Beach Ave. Your GI doctor")
    // (a Vietnamese kinship word capitalized before the whole name: "Bé Lý Tuệ Nhi có hẹn"; twenty-second session, probe 152)
    if (TITLES.has(wordText(prev)) || GREETINGS.has(wordText(prev)) || vietnameseKin(p, prev) || doctorShort(prev)) return true;
    first = prev;
  }
  // (across a sentence's end only after a title written short with its stop, "Dr. Lee": not "Chào anh. Máu hơi cao",
  // hello. Blood a bit high; twenty-fourth session, probe 187)
  if (first > 0 && (wSent[first - 1] === wSent[first] || SHORT_TITLES.has(wordText(first - 1)) || vietnameseDoctor(p, first - 1))) {
    const before = wordText(first - 1);
    if (TITLES.has(before) || GREETINGS.has(before) || vietnameseKin(p, first - 1) || doctorShort(first - 1)) return true;
  }
  // A name in a form's field for a person ("Patient: Rahel Tesfaye", "Guarantor: Adaeze Okafor"; twenty-fourth session,
  // probes 165, 187): up to three capitalized words after the field's label and its colon.
  if (w - first <= 2 && first > 0 && NAME_FIELDS.has(wordText(first - 1)) && codeAt(p, f, p.pos[wE[first - 1]!]! + 1) === 58 && plainName(wordText(w))) return true;
  // A word capitalized only because it starts the sentence is not part of the name ("The Harborview Cancer Survivors 5K").
  // (nor a verb that asks for someone: "Call Tonya Okoro at 555-0142", as "call Tonya" is read)
  if (first < w && (SENTENCE_OPENERS.has(wordText(first)) || INTRODUCED_AFTER.has(wordText(first)))) first++;
  // Someone introduced or asked for ("this is Pam from the front desk", "call Yesenia in billing"), or whose visit it is ("Ezra's visit").
  if ((introduced(first, wordText) || introduced(w, wordText) || visitOf(w, words, wordText)) && plainName(wordText(w))) return true;
  // First word of the text or of a sentence, then a comma or an exclamation mark (after the rest of a hyphenated name: "Ji-woo,").
  if (first === 0 || wSent[first - 1] !== wSent[first] || codeAt(p, f, p.pos[wS[first]!]! - 2) === 58 || codeAt(p, f, p.pos[wS[first]!]! - 1) === 58) {
    let end = p.pos[wE[w]!]! + 1;
    if (codeAt(p, f, end) === 45 && w + 1 < words && p.pos[wS[w + 1]!]! === end + 1 && NAME_SYLLABLE.test(wordText(w + 1))) end = p.pos[wE[w + 1]!]! + 1;
    const after = codeAt(p, f, end);
    if (after === 44 || after === 33) return true;
  }
  // A family by its surname ("for the Nguyen household", "the Garcia family").
  if (w > 0 && w + 1 < words && wordText(w - 1) === 'the' && HOUSEHOLD.has(wordText(w + 1)) && plainName(wordText(w))) return true;
  // ...and as Spanish, Portuguese and Haitian Creole write it, the word for family first ("Hola familia Suárez"; twenty-first session, probes 95, 109, 132)
  if (w > 0 && wSent[w - 1] === wSent[w] && FAMILY_BEFORE.has(wordText(w - 1)) && plainName(wordText(w))) return true;
  // Before a street suffix or a place word (looking ahead over capitalized words, at most 3).
  let last = w;
  for (let ahead = 0; ahead < 3 && last + 1 < words; ahead++) {
    const nextW = last + 1;
    if (STREET.has(wordText(nextW)) && wSent[nextW] === wSent[w] && !doctorsTitle(p, nextW, last, words) && (wordText(nextW) !== 'dr' || joined(p, f, last, nextW)) && streetInCapitals(p, f, w, last, nextW)) return true;
    if (!isUpperAt(p.text, origStart(p, p.pos[wS[nextW]!]!)) || !joined(p, f, last, nextW)) break;
    last = nextW;
  }
  return listedWithPlace(p, f, w, words) || beforeAddress(p, f, w, words) || properNoun(p, f, w, first, last, words, wordText);
}

/**
 * Vietnamese "BS." (bác sĩ, doctor) written short with its stop before a name ("với BS. Okafor", "BS. Trần Minh Đức"; thirty-first
 * session, probes 321, 374), as "Dr." is: in capitals, in a text read as Vietnamese (in English "BS." is a degree after a name).
 */
function vietnameseDoctor(p: Prepared, k: number): boolean {
  return (curAllowed & VI) !== 0 && wordText(k) === 'bs' && isUpperAt(p.text, origStart(p, p.pos[wS[k]!]! + 1));
}

/**
 * A capitalized Latin word right before a Chinese title ("Okafor醫生", "與Okafor医生有预约"; thirty-first session, probe 368):
 * a surname, as 李医生 is (coverUnspaced). Not a word of care.
 */
function titledInHan(w: number, words: number): boolean {
  if (w + 1 >= words || wMask[w + 1] !== -1 || curP!.pos[wS[w + 1]!] !== curP!.pos[wE[w]!]! + 1) return false;
  const run = wordText(w + 1);
  return CJK_TITLES.some((t) => run.startsWith(t)) && plainName(wordText(w));
}

/** What may stand between a place's name and its street address ("Kalihi clinic, 1520 N King St", "Gulfton, 1st floor"). */
const PLACE_AT_ADDRESS = new Set(['clinic', 'center', 'centre', 'office', 'site', 'campus', 'location', 'sede', 'clinica']);
const ADDRESS_ROOM = new Set(['floor', 'fl', 'suite', 'ste']);
/** A floor written as one word ("2FL", "3fl"). */
const FLOOR = /^\d{1,2}fl$/;
/**
 * A capitalized word the lexicons do not hold, given its street address right after it (with "clinic" or "office" between):
 * "Kalihi clinic, 1520 N King St", "en Maryvale (5110 W Indian School Rd)", "(Gulfton, 1st floor)", "Gulfton clinic - 6120
 * Bellaire Blvd" (twenty-ninth session, probes 323, 328, 335). The place of one of the practice's sites, not care.
 */
function beforeAddress(p: Prepared, f: string | null, w: number, words: number): boolean {
  // (a house number within three words first: most capitalized words have none after them)
  let d = w + 1;
  while (d < words && d <= w + 3 && wKind[d] !== KIND_DIGITS && wKind[d] !== KIND_MIXED) d++;
  if (d >= words || d > w + 3) return false;
  const t = wordText(w);
  // (or a town's two words: "Oficina: Chula Vista – 1220 Eastlake Pkwy"; thirty-first session, probe 463)
  const [first, last] = townAround(p, f, w, words);
  const town = first >= 0 && (w === first || w === last);
  if (!town && (!plainName(t) || (curLexicon!.latin(t) & TOPIC_WORD) !== 0)) return false;
  let k = (town ? last : w) + 1;
  if (k < words && PLACE_AT_ADDRESS.has(wordText(k)) && separatedBy(p, f, w, ' ')) k++;
  if (k >= words || !separatedBy(p, f, k - 1, ' ,(-–—:') || (wKind[k] !== KIND_DIGITS && wKind[k] !== KIND_MIXED)) return false;
  if (k + 1 < words && ADDRESS_ROOM.has(wordText(k + 1)) && wKind[k] === KIND_MIXED) return true; // "1st floor"
  for (let j = k + 1; j < Math.min(words, k + 5); j++) {
    if (!separatedBy(p, f, j - 1, ' .')) return false;
    if (STREET_SUFFIX.has(wordText(j)) && capital(p, j)) return true;
  }
  return false;
}

/**
 * A capitalized word of a street's name between its house number and its suffix, whatever the word ("2750 Bayshore
 * Palms Dr", "88 Heart Pine Rd"; thirty-second session, probe 577, where "Palms" had held back eleven reminders): up to
 * two capitalized words on each side, spaces only. A vocabulary's term there is still a finding.
 */
function streetNamePart(p: Prepared, f: string | null, w: number, words: number): boolean {
  if (!capital(p, w)) return false;
  let h = w - 1;
  while (h >= 0 && h >= w - 3 && wKind[h] === KIND_LETTERS && capital(p, h) && separatedBy(p, f, h, ' ')) h--;
  // (a house number of two digits or more, not a count: "Your 2 Heart Scans Dr. Lee ordered")
  if (h < 0 || h < w - 3 || wKind[h] !== KIND_DIGITS || wE[h]! === wS[h]! || !separatedBy(p, f, h, ' ')) return false;
  for (let j = w + 1; j < words && j <= w + 3; j++) {
    if (wKind[j] !== KIND_LETTERS || !capital(p, j) || !separatedBy(p, f, j - 1, ' ')) return false;
    // ("Dr" is a drive unless a capitalized name follows it across a space or its stop: "Scans Dr. Lee ordered")
    if (STREET_SUFFIX.has(wordText(j))) return !(wordText(j) === 'dr' && j + 1 < words && separatedBy(p, f, j, ' .') && capital(p, j + 1) && !ADDRESS_ROOM.has(wordText(j + 1)));
  }
  return false;
}

/** Between words a and a + 1 only characters of `chars` (and at least one). */
function separatedBy(p: Prepared, f: string | null, a: number, chars: string): boolean {
  const from = p.pos[wE[a]!]! + 1;
  const to = p.pos[wS[a + 1]!]!;
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!chars.includes(String.fromCharCode(codeAt(p, f, i)))) return false;
  return true;
}

/**
 * One of a list of the practice's places beside a town the lexicon knows ("Walk in at Kalihi or Waipahu", "Kapiolani |
 * Pearlridge | Kailua", "Kalihi 及 Waipahu 診所": twenty-ninth session, probes 308, 323, 335): a capitalized word the
 * lexicons do not hold, listed with a place, is a place too. Not a word of care, nor one near a sensitive term.
 */
function listedWithPlace(p: Prepared, f: string | null, w: number, words: number): boolean {
  const t = wordText(w);
  if (!plainName(t) || (curLexicon!.latin(t) & TOPIC_WORD) !== 0) return false;
  for (const dir of [-1, 1] as const) {
    let k = w;
    for (let item = 0; item < 4; item++) {
      k = listNeighbour(p, f, k, dir, words);
      if (k < 0 || !capital(p, k)) break;
      if (wMask[k]! > 0 && (wMask[k]! & PLACE_BIT) !== 0 && (wMask[k]! & TOPIC_WORD) === 0) return true;
    }
  }
  return false;
}

/** "and", "or" and "&" of a list of places, as the covered languages write them ("y", "at" in Tagalog, "及"). */
const PLACE_JOINERS = folded(['and', 'or', 'y', 'o', 'e', 'i', 'et', 'ou', 'và', 'hoặc', 'и', 'или', 'та', 'або', '及', '和', '或']);
/** The word beside word k in direction dir across one list separator (",", "&", "|", "/" or a joiner) on one line; -1 if none. */
function listNeighbour(p: Prepared, f: string | null, k: number, dir: -1 | 1, words: number): number {
  const a = dir < 0 ? k - 1 : k;
  if (a < 0 || a + 1 >= words) return -1;
  const gap = separator(p, f, a);
  if (gap === 1) return dir < 0 ? a : a + 1;
  if (gap !== 0) return -1;
  const joiner = dir < 0 ? a : a + 1; // spaces only: the word beside k must be a joiner
  const t = wordText(joiner);
  if (!PLACE_JOINERS.has(t) && !(t === 'at' && (curAllowed & TL) !== 0)) return -1;
  const beyond = joiner + dir;
  return beyond < 0 || beyond >= words || separator(p, f, dir < 0 ? beyond : joiner) !== 0 ? -1 : beyond;
}

/**
 * Between words a and a + 1: 0 for spaces only, 1 for one list mark (",", "&", "|", "/"; a dash or a bullet between spaces:
 * "Duluth - Hermantown - Superior") among spaces, -1 for anything else (a line's end, a hyphenated word).
 */
function separator(p: Prepared, f: string | null, a: number): number {
  const from = p.pos[wE[a]!]! + 1;
  const to = p.pos[wS[a + 1]!]!;
  let marks = 0;
  let spaced = false;
  for (let i = from; i < to; i++) {
    const c = codeAt(p, f, i);
    if (c === 44 || c === 38 || c === 124 || c === 47 || c === 0x3001) marks++;
    else if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7) marks += 2; // counted once below, if spaced
    else if (c === 32) spaced = true;
    else return -1;
  }
  if (marks === 2) return spaced ? 1 : -1;
  return marks > 1 ? -1 : marks;
}

/**
 * A street suffix written in capitals ("CT", "DR", "ST") is also a test's or a field's abbreviation in an EHR's
 * reminder ("Reason: HEMATURIA WORKUP - CT UROGRAM": twenty-eighth session, probe 331): there it makes a street only
 * right after the street's name and after a house number ("1420 TCHEFUNCTE CT").
 */
function streetInCapitals(p: Prepared, f: string | null, w: number, last: number, suffix: number): boolean {
  if (wE[suffix]! - wS[suffix]! > 2 || isUpperAt(p.text, origStart(p, p.pos[wS[suffix]! + 1]!)) === false) return true;
  return joined(p, f, last, suffix) && w > 0 && (wKind[w - 1] === KIND_DIGITS || wKind[w - 1] === KIND_MIXED);
}

/**
 * A name as staff type it, in lower case: right after a greeting or a title ("hi maria", "dr q",
 * "ms. okafor"), a street before its suffix ("kestrel rd"), or a given name anywhere in a text typed
 * without capitals; never an excluded word or one near a sensitive term ("hi diabetic" stays
 * doubted). Not first in the text before a comma, as a capitalized name may be: a drug's name can
 * stand there too ("zepbound, ready at 3").
 */
function lowerCaseName(w: number): boolean {
  const t = wordText(w);
  if (w === 0 || !plainName(t)) return false;
  // a street before its suffix ("kestrel rd"; not "office" or "pharmacy", which could follow a drug's name)
  // (not a specialist before a doctor's title: "con el cardiólogo, Dr. Bittencourt"; probe 119)
  if (w + 1 < curWords && wSent[w + 1] === wSent[w] && STREET_SUFFIX.has(wordText(w + 1)) && !doctorsTitle(curP!, w + 1, w, curWords)) return true;
  const before = wordText(w - 1);
  // a title's period may end a sentence ("ms. okafor"); a Vietnamese kinship word is also "you", so only a
  // capitalized word after it is a name ("chị Lan", but "Chị ói nhiều không?": are you vomiting a lot?)
  if (VIETNAMESE_KIN.has(before)) return vocative(curP!, w);
  if (TITLES.has(before) ? curP!.pos[wS[w]!]! - curP!.pos[wE[w - 1]!]! <= 3 : wSent[w - 1] === wSent[w] && GREETINGS.has(before)) return true;
  // a given name in a text typed without capitals ("hi keisha, ur visit for brooklyn is fri")
  return !isUpperAt(curP!.text, origStart(curP!, curP!.pos[wS[0]!]!)) && !BRAND_NAMES.has(t) && givenName(w, curWords);
}

/**
 * Brands of medicine that are also given names (birth control pills above all, which the
 * vocabularies leave out because they are names): read as a name only with its capital, never in a
 * text typed without capitals ("refill for yasmin"). From the FDA's Orange Book brand names of oral
 * contraceptives and a few others.
 */
const BRAND_NAMES = new Set([
  'addyi', 'alli', 'allegra', 'amethyst', 'aranelle', 'aubra', 'aurovela', 'aviane', 'ayuna', 'azurette', 'balcoltra', 'beyaz', 'blisovi',
  'briellyn', 'camila', 'charlotte', 'chateal', 'cyclafem', 'cyred', 'dasetta', 'delyla', 'elinest', 'ella', 'emoquette', 'errin',
  'estarylla', 'falmina', 'gemmily', 'gianvi', 'hailey', 'heather', 'incassia', 'isibloom', 'jencycla', 'jolivette', 'juleber', 'junel',
  'kaitlib', 'kariva', 'kelnor', 'kurvelo', 'larin', 'larissia', 'layolis', 'leena', 'lessina', 'levora', 'lillow', 'loryna', 'lutera',
  'lyleq', 'lyza', 'marlissa', 'merzee', 'mibelas', 'mili', 'natazia', 'necon', 'nikki', 'nora', 'nortrel', 'nylia', 'ocella',
  'orsythia', 'philith', 'pirmella', 'portia', 'previfem', 'reclipsen', 'safyral', 'sharobel', 'slynd', 'syeda', 'tarina', 'taytulla',
  'tilia', 'tydemy', 'tyblume', 'vienva', 'viorele', 'vyfemla', 'wera', 'wymzya', 'yasmin', 'yaz', 'zarah', 'zovia',
]);


/** Words before a given name that make it a thing someone has ("your Camila refill"), and pharmacy words after one. */
const OWNERS = new Set([...TIES_BY_LANGUAGE.en!, ...TIES_BY_LANGUAGE.es!, 'my', 'his', 'her', 'their', 'our']);
const PHARMACY_AFTER = new Set(['refill', 'refills', 'rx', 'prescription', 'prescriptions', 'pack', 'packs', 'pill', 'pills', 'tablet', 'tablets', 'mg', 'dose', 'doses', 'pen', 'pens', 'injection', 'injections', 'shipment', 'supply', 'kit']);

/**
 * A capitalized given name of given-names.txt ("Sofia's well visit is Monday", "Caleb is due for his
 * shots"), unless someone has it ("your Camila refill": some brands of medicine are given names) or
 * a pharmacy word follows ("Heather pack ready").
 */
/**
 * A capitalized word no list holds that is one or two pinyin syllables, beside another capitalized word
 * of the same sentence: a Chinese given name and its surname ("Wei Zhang", "Chen, Jiahui"; fortieth
 * session, probe 1024). Not a word alone ("Vaping is one of the top questions" would be one), nor one kept out of a list.
 */
const LATIN_KEPT_OUT = ['es', 'pt', 'pl', 'so'] as const; // (a word another language's reviewers kept out: "programa Mente Sana")
function pinyinGiven(p: Prepared, w: number, words: number): boolean {
  const at = origStart(p, p.pos[wS[w]!]!);
  const t = wordText(w);
  if (!isUpperAt(p.text, at) || isUpperAt(p.text, at + 1) || !pinyinName(t) || !plainName(t) || LATIN_KEPT_OUT.some((l) => excludedWords(l).has(t))) return false;
  const capitalized = (k: number): boolean => k >= 0 && k < words && wSent[k] === wSent[w] && wKind[k] === KIND_LETTERS && isUpperAt(p.text, origStart(p, p.pos[wS[k]!]!)) && /^,? $/.test(p.text.slice(origEnd(p, p.pos[wE[Math.min(k, w)]!]!), origStart(p, p.pos[wS[Math.max(k, w)]!]!)));
  return capitalized(w - 1) || capitalized(w + 1);
}
function givenName(w: number, words: number): boolean {
  const t = wordText(w);
  // also its possessive written without the apostrophe ("Sophies 15mo visit")
  const bits = (wMask[w]! & (NAME_BIT | PLACE_BIT)) !== 0 ? wMask[w]! : t.endsWith('s') ? curLexicon!.latin(t.slice(0, -1)) : 0;
  if ((bits & (NAME_BIT | PLACE_BIT)) === 0 || !plainName(t)) return false;
  // (a place is the practice's own after "our": "our Plano or Frisco office"; twenty-fourth session, probe 183)
  if (w > 0 && wSent[w - 1] === wSent[w] && OWNERS.has(wordText(w - 1)) && !(wordText(w - 1) === 'our' && (bits & NAME_BIT) === 0)) return false;
  if (w + 1 < words && wSent[w + 1] === wSent[w] && PHARMACY_AFTER.has(wordText(w + 1))) return false;
  // nor before a value with its decimals: "Sahar 9.8" in a Russian result typed in Latin letters is sugar, not a
  // woman named Sahar (thirty-fifth session, probe 475's re-run)
  return !decimalAfter(w, words);
}
/** Word w is followed, after a space, by a number with decimals ("9.8", "7,2"), not an amount ("$12.50"). */
function decimalAfter(w: number, words: number): boolean {
  if (w + 1 >= words || wKind[w + 1] !== KIND_DIGITS || wSent[w + 1] !== wSent[w]) return false;
  const p = curP!;
  const text = p.text;
  const from = origEnd(p, p.pos[wE[w]!]!);
  const at = origStart(p, p.pos[wS[w + 1]!]!);
  if (!/^[ :]+$/.test(text.slice(from, at))) return false;
  const end = origEnd(p, p.pos[wE[w + 1]!]!);
  return /^[.,]\d/.test(text.slice(end, end + 2));
}

/**
 * A Hawaiian place written with an apostrophe for its ʻokina ("Hawai'i", "O'ahu", "Kane'ohe"; twenty-fifth
 * session, probe 192): words a and a + 1, the capitalized one and the lower-case one after the apostrophe, make a place's word.
 */
function apostrophePlace(p: Prepared, f: string | null, a: number, words: number): boolean {
  if (a < 0 || a + 1 >= words || wKind[a] !== KIND_LETTERS || wKind[a + 1] !== KIND_LETTERS || !capitalized(p, a) || capitalized(p, a + 1)) return false;
  const at = p.pos[wE[a]!]! + 1;
  const c = codeAt(p, f, at);
  if (p.pos[wS[a + 1]!]! !== at + 1 || (c !== 39 && c !== 0x2019 && c !== 0x2018)) return false;
  return (curLexicon!.latin(wordText(a) + wordText(a + 1)) & PLACE_BIT) !== 0;
}

/**
 * Russian typed in Latin letters with its soft or hard sign as an apostrophe inside a word ("voz'mite", "ob'yavlenie",
 * "sem'ya"; thirty-fifth session, probe 703): words a and a + 1 joined by it are one word, vouched when ru-latn.txt
 * lists it written without the sign.
 */
function softSign(p: Prepared, f: string | null, a: number, words: number): boolean {
  if ((curAllowed & RU) === 0 || a < 0 || a + 1 >= words || wKind[a] !== KIND_LETTERS || wKind[a + 1] !== KIND_LETTERS) return false;
  const at = p.pos[wE[a]!]! + 1;
  const c = codeAt(p, f, at);
  if (p.pos[wS[a + 1]!]! !== at + 1 || (c !== 39 && c !== 0x2019 && c !== 0x2018 && c !== 0x60)) return false;
  return (curLexicon!.latin(wordText(a) + wordText(a + 1)) & RU) !== 0;
}

/** A word of the Russian lists typed in Latin letters (romanized.ts), unless it is a word of care or kept out in any spelling. */
function romanizedRussian(t: string): boolean {
  return !isExcluded(t) && !isVocabularyWord(t) && nearSensitive(t).length === 0 && russianInLatin(t);
}

/** A syllable of a romanized Korean or Chinese given name ("woo", "ling", "hee"): consonants, vowels, a final n, ng or m. */
const NAME_SYLLABLE = /^[bcdghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m)?$/;

/** The lower-case second half of a hyphenated given name after a capitalized one read as a name ("Hyun-woo", "Mei-ling"). */
function nameSyllable(p: Prepared, f: string | null, w: number): boolean {
  if (w === 0 || wOk[w - 1] !== 1 || wKind[w - 1] !== KIND_LETTERS) return false;
  const gap = p.pos[wS[w]!]! - p.pos[wE[w - 1]!]!;
  if (gap !== 2 || codeAt(p, f, p.pos[wE[w - 1]!]! + 1) !== 45 || !isUpperAt(p.text, origStart(p, p.pos[wS[w - 1]!]!))) return false;
  const t = wordText(w);
  return NAME_SYLLABLE.test(t) && plainName(t);
}

/** Words that start a sentence before a name ("The Brookfield Gala", "Our Brookfield team"). */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'our', 'this', 'at', 'from', 'join']);

/** Words before a person's name: "this is", "it's", "I'm", "ask for", "call", "my name is", "your daughter". */
const INTRODUCED_AFTER = new Set([
  'this is', 'it s', 'its', 'i m', 'im', 'ask for', 'call', 'contact', 'name is', 'speak with', 'talk to',
  // family and caregivers named after who they are ("your daughter Carol can read it too")
  'daughter', 'son', 'wife', 'husband', 'partner', 'mother', 'father', 'mom', 'dad', 'sister', 'brother', 'caregiver',
  'grandson', 'granddaughter', 'guardian',
]);

function introduced(first: number, wordText: (w: number) => string): boolean {
  if (first === 0 || wSent[first - 1] !== wSent[first]) return false;
  const one = wordText(first - 1);
  if (INTRODUCED_AFTER.has(one) || (one === 'tu' && (curAllowed & LANGUAGE_BITS.pl) !== 0)) return true; // Polish "tu Kasia": this is Kasia
  if (first < 2 || wSent[first - 2] !== wSent[first]) return false;
  const two = `${wordText(first - 2)} ${one}`;
  return INTRODUCED_AFTER.has(two) || ((curAllowed & VI) !== 0 && VI_INTRODUCED.has(two)); // "con là Vy ở phòng khám": I am Vy
}
/** Vietnamese staff introducing themselves, folded ("con là", "em là", "tôi là"...). */
const VI_INTRODUCED = new Set(['con la', 'em la', 'toi la', 'chau la', 'chi la', 'anh la', 'minh la']);

/** What a name with "'s" may own in a notice: the person's visit or paperwork ("Ezra's visit", "Maria's forms"); also what a person "has" ("Mateo has an appointment"). */
const OWNED = new Set(['visit', 'visits', 'appointment', 'appointments', 'appt', 'checkup', 'forms', 'records', 'account', 'bill', 'balance', 'ride']);

function visitOf(w: number, words: number, wordText: (w: number) => string): boolean {
  // "Ezra's visit", "Ethan's 2:15 PM appointment"
  if (sameSentence(w, w + 2, words) && wordText(w + 1) === 's' && (OWNED.has(wordText(w + 2)) || wKind[w + 2] === KIND_DIGITS)) return true;
  // "Mateo has an appointment", "Isabella 3:00 PM and Diego 3:20 PM"
  if (sameSentence(w, w + 3, words) && wordText(w + 1) === 'has' && (wordText(w + 2) === 'an' || wordText(w + 2) === 'a') && OWNED.has(wordText(w + 3))) return true;
  // ...as Haitian Creole, Spanish, Portuguese and Polish say it ("Kervens gen randevou", "Sofía tiene cita",
  // "Zosia ma wizytę"), and a Polish visit's child before the doctor ("wizyta Zosi u dr Kowalenko"; twenty-second session, probes 110, 111, 123, 124)
  if (sameSentence(w, w + 2, words) && HAS_VISIT.has(`${wordText(w + 1)} ${wordText(w + 2) === 'una' || wordText(w + 2) === 'uma' || wordText(w + 2) === 'su' ? (sameSentence(w, w + 3, words) ? wordText(w + 3) : '') : wordText(w + 2)}`)) return true;
  if (w > 0 && sameSentence(w, w + 1, words) && wSent[w - 1] === wSent[w] && PL_VISIT.has(wordText(w - 1)) && wordText(w + 1) === 'u') return true;
  if (sameSentence(w, w + 2, words) && wKind[w + 1] === KIND_DIGITS) {
    const k = wKind[w + 2] === KIND_DIGITS ? w + 3 : w + 2; // "3 PM", "3:00 PM"
    if (sameSentence(w, k, words) && /^(?:am|pm|a|p)$/.test(wordText(k))) return true;
  }
  // "a form for Malik is ready", "thanks for bringing Owen in"
  const before = w > 0 && wSent[w - 1] === wSent[w] ? wordText(w - 1) : '';
  if (before === 'for' && sameSentence(w, w + 2, words) && (wordText(w + 1) === 'is' || wordText(w + 1) === 'are') && READY.has(wordText(w + 2))) return true;
  return before === 'bringing' && sameSentence(w, w + 1, words) && wordText(w + 1) === 'in';
}
const READY = new Set(['ready', 'complete', 'completed', 'done', 'signed', 'available']);
const HAS_VISIT = new Set(['gen randevou', 'tiene cita', 'tiene consulta', 'tem consulta', 'ma wizyte', 'ma wizyta']);
const PL_VISIT = new Set(['wizyta', 'wizyty', 'wizyte', 'wizycie']);

/** Word k exists and is in word w's sentence. */
function sameSentence(w: number, k: number, words: number): boolean {
  return k < words && wSent[k] === wSent[w];
}

/**
 * A capitalized word after a given name that follows a title or a greeting: the surname ("у д-ра Ольги Петренко",
 * "Здравствуйте, Ольга Петренко", "د. عمر حداد"; twenty-seventh session, probes 216, 219 and 222), as nameSlot reads "Dr. Olga Petrenko".
 */
function surnameAfterTitledName(p: Prepared, w: number, t: string): boolean {
  // (the title may end with its stop, "د. عمر حداد": thirty-first session, probes 216, 266, 384)
  if (w < 2 || wSent[w - 1] !== wSent[w] || (wSent[w - 2] !== wSent[w] && !SHORT_TITLES.has(wordText(w - 2))) || wOk[w - 1] !== 1 || keptOut(t)) return false;
  // (Arabic writes no capitals: "د. عمر حداد")
  if (t.toUpperCase() !== t && (!capitalized(p, w) || !capitalized(p, w - 1))) return false;
  const title = wordText(w - 2);
  return TITLES.has(title) || GREETINGS.has(title) || doctorShort(w - 2);
}
/** Word k ends "д-р", "д-ра", "д-ром" (doctor, written short in its cases), and is vouched with it. */
function doctorShort(k: number): boolean {
  if (k <= 0) return false;
  const t = wordText(k);
  const start = wordText(k - 1);
  return (DOCTOR_SHORT_END.has(t) && DOCTOR_SHORT_START.has(start)) || ((curAllowed & RU) !== 0 && start === 'd' && DOCTOR_SHORT_LATIN.has(t));
}
/** "д-ра", doctor's written short: its two parts as folded ("ра" folds to Latin "pa"). */
const DOCTOR_SHORT_END = folded(['р', 'ра', 'ром', 'ру']);
const DOCTOR_SHORT_START = folded(['д']);
/** ...and typed in Latin letters in a Russian text ("priem u d-ra Ivanova"; thirty-fifth session): its "ra" is no RA. */
const DOCTOR_SHORT_LATIN = new Set(['r', 'ra', 'rom', 'ru']);

/**
 * Words that end the name of an organization or a place ("Lakeview Family Medicine", "the Lakeview team", "Valley Medical
 * Partners", "the Dunwoody front desk"). Not "center" or "clinic": what stands before them is often the care ("Wound Care Center").
 */
export const ORGANIZATION: ReadonlySet<string> = new Set([
  ...STREET, 'family', 'medicine', 'medical', 'practice', 'primary', 'internal', 'health', 'healthcare', 'group',
  'associates', 'partners', 'team', 'staff', 'billing', 'offices', 'locations', 'sites', 'desk', 'parking', 'lot', 'park', 'room', 'hall', 'library', 'school', 'church',
  'ledger', 'newsletter', 'portal', 'app', 'guest', 'garage', 'entrance', 'lobby', 'gardens', 'market', 'foundation',
  'county', 'city', 'bank', 'university', 'college', 'store', 'network', 'pharm', 'fm',
]);
/** After "your <name> patient": what a practice's name may precede there ("your Lakeview patient portal"). */
const OWN_ACCOUNT = new Set(['portal', 'account']);

function runNamesOrganization(first: number, last: number, wordText: (w: number) => string): boolean {
  for (let k = first + 1; k <= last; k++) if (ORGANIZATION.has(wordText(k))) return true;
  return false;
}

/** Prepositions and articles, in the covered Latin-script languages, that no organization's name runs across. */
const LINKING = folded(['no', 'na', 'nos', 'nas', 'do', 'da', 'dos', 'das', 'em', 'en', 'el', 'la', 'los', 'las', 'del', 'de', 'al', 'w', 'we', 'z', 'ze', 'od', 'sa', 'ng', 'nan', 'in', 'on', 'at', 'the', 'to', 'for', 'of', 'and', 'from', 'via']);

/** Words of a place of care that come before the care they name in Spanish, Portuguese and Polish ("Clínica de ...", "Poradnia ..."). */
const CARE_PLACE_FIRST = folded(['clínica', 'clínicas', 'equipe', 'equipo', 'programa', 'unidade', 'unidad', 'ambulatório', 'serviço', 'servicio', 'consultório', 'consultorio', 'poradnia', 'poradni', 'poradnię', 'klinika', 'kliniki', 'klinice', 'klinikę', 'zespół', 'zespołu', 'oddział', 'oddziału', 'ośrodek', 'ośrodka', 'gabinet', 'gabinetu', 'pracownia', 'pracowni']);
/** Sentence words from `first` (back to a word of a place of care in it, at most 4 words before) to w. */
function carePlaceBefore(first: number, w: number): boolean {
  if ((curAllowed & (ES | PT | PL)) === 0) return false;
  for (let k = w - 1; k >= 0 && k >= first - 4 && wSent[k] === wSent[w]; k--) if (CARE_PLACE_FIRST.has(wordText(k))) return true;
  return false;
}
/** A word of run first..last is kept out of the text's own language (Spanish, Portuguese, Polish). */
function runKeptOut(first: number, last: number, surname: number): boolean {
  if ((curAllowed & ~LANGUAGE_BITS.en) === 0) return false;
  for (let k = first; k <= last; k++) if (k !== surname && keptOutByLanguage(wordText(k), curAllowed)) return true;
  return false;
}

/** Words that end the name of a place of care: the words before them name the care ("Breast Imaging Center"). */
const CARE_PLACE = new Set(['center', 'centre', 'clinic', 'clinics', 'institute', 'program', 'unit', 'department', 'lab', 'suite', 'associates']);

/** Word w is capitalized and part of a capitalized name that ends in a CARE_PLACE word. */
function inCarePlaceName(p: Prepared, f: string | null, w: number, words: number): boolean {
  if (!isUpperAt(p.text, origStart(p, p.pos[wS[w]!]!))) return false;
  for (let k = w + 1; k < words && k <= w + 4; k++) {
    if (!isUpperAt(p.text, origStart(p, p.pos[wS[k]!]!)) || !joined(p, f, k - 1, k)) return false;
    if (CARE_PLACE.has(wordText(k))) return true;
  }
  return false;
}

/** Words before a place's name at the end of a sentence ("from all of us at Lakeview!", "thanks for choosing Lakeview"). */
const PLACE_BEFORE = new Set(['at', 'from', 'choosing', 'visiting', 'join']);

/**
 * A capitalized word the lexicons do not hold, read as part of a name by where it stands: a run of
 * two or more capitalized words inside a sentence or on a line of its own ("Melissa Grant", a
 * signature); a name before an organization or place word ("Lakeview Family Medicine", "the Lakeview
 * team"); a name called after a comma at the end of a sentence ("See you Friday, Gloria!"); a place
 * after "at"/"from" at the end of one ("all of us at Lakeview!"). Never after "your" (a brand of
 * medicine is written with a capital too: "your Wegovy pen"), nor near a sensitive term.
 */
/**
 * A capitalized word that may be read as a name: not an excluded word of English ("It's Negative"),
 * nor, in a Spanish text, of Spanish unless it is a given name ("la clase de Peso Saludable", but
 * "Dolores Ramírez"; "this is Perpetua" in English), and not near a sensitive term.
 */
/**
 * A mass mailing's campaign to everyone (`analysed().mailing`): a lower-case word no list holds, in a sentence addressed to
 * everyone, is the campaign's own ("Add a cushioned insole", "showering after yard work", "infant antibody shot";
 * thirtieth session: such words held back 29 of the blind probes' newsletters). Not a word near a sensitive term nor a
 * vocabulary's, not a word in capitals (an acronym is read by its own rules), nor in a link.
 */
function newsWords(p: Prepared, links: Links | null, words: number, unspaced: Map<number, [number, number][]> | null): void {
  for (let w = 0; w < words; w++) {
    if (wOk[w] !== 0 || wE[w]! - wS[w]! < 1) continue;
    const kind = wKind[w]!;
    const m = wMask[w]!;
    // A run of Chinese characters no list covers, in the campaign's sentence (fortieth session: "天气冷，出门多穿点，老人注意防滑",
    // "少喝酒，开车不喝酒"); its vocabulary terms are still read as the campaign's topics or not (generalTopic).
    if (kind === KIND_OTHER && m === -1) {
      if (unspaced?.has(w) === true && analysed().mailing && generalOf(wSent[w]!)) {
        unspaced.delete(w);
        wOk[w] = 1;
      }
      continue;
    }
    if (m !== 0 || (kind !== KIND_LETTERS && kind !== KIND_OTHER) || isUpperAt(p.text, origStart(p, p.pos[wS[w]!]!))) continue;
    const t = wordText(w);
    if (kind === KIND_LETTERS && (wE[w]! - wS[w]! < 2 || nearSensitive(t).length !== 0 || isVocabularyWord(t))) continue;
    if (inLink(links, p.pos[wS[w]!]!, p.pos[wE[w]!]! + 1) || EXCLUDED_EN.has(t) || (kind === KIND_OTHER && keptOutByLanguage(t, scriptLanguage(codeAt(p, null, p.pos[wS[w]!]!))))) continue;
    if (analysed().mailing && generalOf(wSent[w]!)) wOk[w] = 1;
  }
}

/**
 * A word in the path of a campaign mailing's link that the mailing itself says, and the test vouched for there
 * ("February is Heart Month ... clinic.org/heart", "measles ... clinic.example/measles"; fortieth session, 19 campaign
 * emails of probes 855-1037): the campaign's page, not a word of the patient's. Not in a link with a query (a
 * personal link carries one), nor outside a campaign to everyone.
 */
function pathEchoes(p: Prepared, links: Links, words: number): void {
  let said: Set<string> | null = null;
  for (let w = 0; w < words; w++) {
    if (wOk[w] !== 0 || wKind[w] !== KIND_LETTERS) continue;
    const fs = p.pos[wS[w]!]!;
    const fe = p.pos[wE[w]!]! + 1;
    if (!inLink(links, fs, fe) || !analysed().mailing || !generalOf(wSent[w]!) || !pathWord(links, fs, fe)) continue;
    if (said === null) {
      said = new Set();
      for (let k = 0; k < words; k++) if (wOk[k] === 1 && wKind[k] === KIND_LETTERS && !inLink(links, p.pos[wS[k]!]!, p.pos[wE[k]!]! + 1)) said.add(wordText(k));
    }
    if (said.has(wordText(w))) wOk[w] = 1;
  }
}
/** [fs, fe) lies in the path of a link without a query. */
function pathWord(links: Links, fs: number, fe: number): boolean {
  const f = curF ?? curP!.text;
  for (let i = 0; i < links.s.length; i++) {
    if (fs < links.s[i]! || fe > links.e[i]! || fs < links.hostEnd[i]!) continue;
    return !f.slice(links.s[i]!, links.e[i]!).includes('?');
  }
  return false;
}
function plainName(t: string): boolean {
  // (a given name of the list may be one letter from a brand's: "Natalia", Natazia; "Corey", Coreg; twenty-sixth session, probe 203)
  return (nearSensitive(t).length === 0 || (curLexicon!.latin(t) & NAME_BIT) !== 0) && !isExcluded(t) && !isVocabularyWord(t) && !(curSpanish && excludedWords('es').has(t) && (curLexicon!.latin(t) & NAME_BIT) === 0);
}

function properNoun(p: Prepared, f: string | null, w: number, first: number, last: number, words: number, wordText: (w: number) => string): boolean {
  const before = first > 0 && wSent[first - 1] === wSent[first] ? wordText(first - 1) : '';
  const surname = !plainName(wordText(w)) && surnameKeptOut(w, first) ? w : -1;
  if ((!plainName(wordText(w)) && surname < 0) || (w + 1 < words && wordText(w + 1) === 'care')) return false;
  // Not a thing a pharmacy hands over ("the Egrifta SV kit", "the Wegovy Pen pens"; twenty-sixth session, probe 210).
  if (last + 1 < words && wSent[last + 1] === wSent[w] && PHARMACY_AFTER.has(wordText(last + 1))) return false;
  // Nor the care named after a place of care's word, as Portuguese, Spanish and Polish name a clinic ("Clínica de Doenças
  // Infecciosas", "Poradni Pamięci", the memory clinic), nor a run with a word the text's language keeps out ("Zespołu
  // Opieki Paliatywnej"): twenty-sixth session, a sweep of clinics named in Portuguese and Polish after probe 209.
  if (carePlaceBefore(first, w) || runKeptOut(first, last, surname)) return false;
  // A word of the body, a condition or a specialty names the care even in a place's name ("Riverside
  // Cardiology", "Lakeside Women's Health"): the officer vets the place. (A person introduced by name,
  // "this is Corazon", is read before this.)
  if ((curLexicon!.latin(wordText(w)) & TOPIC_WORD) !== 0) return false;
  // After "your": only a name the run itself makes an organization's ("your Lakeview Family Medicine statement").
  if (TIES.has(before) || before === 'my') return runNamesOrganization(first, last, wordText) || (w + 2 < words && wSent[w + 2] === wSent[w] && OWN_ACCOUNT.has(wordText(w + 2)) && last === w);
  // An organization word after a name in one run ("Lakeview FM").
  if (w > first && ORGANIZATION.has(wordText(w))) return true;
  // A given name and up to two capitalized words after it, even first in a sentence: a person ("Sarah Lindgren now has proxy access").
  if (w > first && w - first <= 2 && (wMask[first]! & NAME_BIT) !== 0 && (wMask[first]! & LANGUAGE_BITS.en) === 0) return true;
  // Two or three such words before a provider's credential: a person ("Provider: Anatoly Sokolov, MD", "Avèk: Widline Joseph, APRN";
  // thirtieth session, probes 419 and 422).
  if (last > first && last - first <= 2 && credentialNext(last)) return true;
  const runStart = p.pos[wS[first]!]!;
  const runEnd = p.pos[wE[last]!]! + 1;
  const charBefore = previousVisible(p, f, runStart);
  const charAfter = nextVisible(p, f, runEnd);
  // (not a run of short words in capitals only, a staff's shorthand of care: "8a - PRP OS", "IVT OD + OCT"; twenty-sixth session, probe 206)
  if (last > first && !shorthandRun(p, first, last) && (before !== '' || ((charBefore === 10 || charBefore === -1 || charBefore === 45) && (charAfter === 10 || charAfter === -1 || charAfter === 44)))) return true;
  for (let k = w + 1; k <= Math.min(last + 2, words - 1); k++) {
    if (wSent[k] !== wSent[w]) break;
    const t = wordText(k);
    if (ORGANIZATION.has(t) && !doctorsTitle(p, k, last, words)) return true;
    // (a word between, as in "Lakeview patient portal"; not a preposition: "da Clínica de Feridas no portal", the wound clinic
    // "in the" portal; twenty-sixth session, a sweep of clinics named in Portuguese and Polish)
    if (k > last && LINKING.has(t)) break;
  }
  const ends = charAfter === -1 || charAfter === 33 || charAfter === 46 || charAfter === 63 || charAfter === 10;
  if (ends && charBefore === 44) return true;
  return ends && PLACE_BEFORE.has(before);
}

/**
 * A word kept out written as a surname right after a given name: in Spanish ("con Maria Delgado NP": "delgado" is thin;
 * twenty-ninth session, probes 262, 277, 313, 343), or in any language before the provider's credential ("Holly Ward, RD",
 * "DANIEL WARD MD"; probes 360, 362). Never a term of the vocabularies nor one near a sensitive term.
 */
function surnameKeptOut(w: number, first: number): boolean {
  const t = wordText(w);
  if (w !== first + 1 || (wMask[first]! & NAME_BIT) === 0 || (wMask[first]! & LANGUAGE_BITS.en) !== 0 || nearSensitive(t).length !== 0 || isVocabularyWord(t)) return false;
  if (curSpanish && !isExcluded(t)) return true;
  return credentialNext(w);
}
/** Word w is followed by a provider's credential, after a space or a comma ("Ward, RD", "Соколова, MD"). */
function credentialNext(w: number): boolean {
  // (written in Latin letters: Russian "от" folds to "ot", and "ЭКГ от 14.03" is no one named with a credential; thirty-fifth session, probe 703)
  return w + 1 < curWords && wSent[w + 1] === wSent[w] && CREDENTIALS.has(wordText(w + 1)) && separatedBy(curP!, curF, w, ' ,') && curP!.text.charCodeAt(origStart(curP!, curP!.pos[wS[w + 1]!]!)) < 0x250;
}
/** A provider's credential after the name ("Holly Ward, RD", "Daniel Ward MD"). */
const CREDENTIALS = new Set(['md', 'do', 'np', 'pa', 'pac', 'rn', 'rd', 'rdn', 'fnp', 'aprn', 'arnp', 'crnp', 'dnp', 'apn', 'dds', 'dmd', 'od', 'phd', 'psyd', 'lcsw', 'lpc', 'lmft', 'lmhc', 'dpm', 'dpt', 'pt', 'ot', 'cnm', 'lpn', 'ma']);

/**
 * Credentials a provider signs with after the name that say no kind of care (a physician's, a nurse's, an assistant's), and
 * those that do, by the words of a practice's name that say the same care: "Jordan Ellis, PT" of Lake Nona Physical Therapy
 * says nothing its name does not (forty-fourth session: blind probe 1229's reminders had "PT" doubted and "DPT" read as the
 * vaccine), but "appt w/ Ryan Hoff, PT ... Wear shorts" of a family clinic reveals therapy, and "w/ Karen Lowe, LCSW" a
 * counselor's visit (34 texts of blind probes 855-1233 to be held back).
 */
const PLAIN_CREDENTIALS = new Set(['md', 'do', 'np', 'pa', 'pac', 'ms', 'rn', 'fnp', 'aprn', 'arnp', 'crnp', 'cnp', 'agnp', 'anp', 'dnp', 'apn', 'lpn', 'ma', 'cna', 'mph', 'msn', 'bsn', 'facp', 'faap']);
/**
 * The practice's therapist, by that word, where the practice's name says the therapy ("Your therapist sent you a message" of
 * Sonoran Physical Therapy, "Su terapeuta Luis Herrera no estará disponible"; forty-fifth session, probe 1295: eight notices
 * held back for it, Spanish "terapeuta" read as a counselor's). Not where the name says no therapy: a family clinic's
 * "your therapist" is a counselor's.
 */
const THERAPISTS = ['therapist', 'therapists', 'terapeuta', 'terapeutas', 'fisioterapeuta', 'fisioterapeutas'];
const THERAPIST_WORDS = new Set(THERAPISTS);
const CREDENTIALS_OF_CARE: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:physical therapy|physiotherapy|pt|rehab|rehabilitation|sports medicine|spine)\b/, ['pt', 'dpt', 'pta', 'ocs', 'scs', 'atc', 'cscs', ...THERAPISTS]],
  [/\b(?:occupational therapy|hand therapy)\b/, ['ot', 'otr', 'cota', ...THERAPISTS]],
  [/\b(?:speech|hearing|audiology)\b/, ['slp', 'ccc', 'aud', 'faaa']],
  [/\bspeech therapy\b/, THERAPISTS],
  [/\b(?:dental|dentistry|dentist|orthodontics)\b/, ['dds', 'dmd']],
  [/\b(?:eye|eyes|vision|optometry|ophthalmology)\b/, ['od']],
  [/\b(?:foot|feet|podiatry)\b/, ['dpm']],
  [/\b(?:nutrition|dietitians?)\b/, ['rd', 'rdn']],
];
/** The credentials a practice's own names make plain (VouchOptions.credentials). */
export function practiceCredentials(practice: readonly string[] | undefined): ReadonlySet<string> {
  const out = new Set(PLAIN_CREDENTIALS);
  const names = (practice ?? []).join(' | ').toLowerCase();
  for (const [says, credentials] of CREDENTIALS_OF_CARE) if (says.test(names)) for (const c of credentials) out.add(c);
  return out;
}
const AFTER_CREDENTIAL = new Set(['on', 'at', 'has', 'sent', 'is', 'will', 'and', 'with', 'from', 'in', 'for', 'who', 'wants', 'would', 'can']);
const CLAUSE_GAP = /[,;:)|/\n\u2013\u2014-]/;
/** Credentials written in their own mixed case ("Dr. Priya Ramanathan, AuD" of Pacific Crest Hearing and Balance; fiftieth session, probe 1493). */
const MIXED_CASE_CREDENTIALS = new Set(['AuD', 'PhD', 'PsyD']);
/** Folded [start, end) of each credential signedCredentials() read in the last text. */
const credentialSpans: number[] = [];
/**
 * A credential of `plain` signed after a name of two capitalized words (not a greeting's: "Hi Maria, PT tomorrow") or after
 * another one ("Priya Natarajan, PT, DPT"), written in capitals and followed by the end of a clause, another credential or
 * what that provider does ("Jordan Ellis, PT sent you a message"; not "Maria Lopez PT Tues 9am").
 */
function signedCredentials(p: Prepared, words: number, plain: ReadonlySet<string>): void {
  if (plain.has('therapist')) {
    for (let w = 0; w < words; w++) {
      if (wKind[w] !== KIND_LETTERS || !THERAPIST_WORDS.has(wordText(w))) continue;
      wOk[w] = 1;
      credentialSpans.push(p.pos[wS[w]!]!, p.pos[wE[w]!]! + 1);
    }
  }
  for (let w = 2; w < words; w++) {
    if (wKind[w] !== KIND_LETTERS || wSent[w - 1] !== wSent[w] || !(capsPart(p, w) || MIXED_CASE_CREDENTIALS.has(p.text.slice(origStart(p, p.pos[wS[w]!]!), origEnd(p, p.pos[wE[w]!]!)))) || !plain.has(wordText(w))) continue;
    const afterCredential = credentialSpans.length > 0 && credentialSpans[credentialSpans.length - 1] === p.pos[wE[w - 1]!]! + 1;
    // ("CCC-SLP": one credential of two joined by a hyphen)
    if (!separatedBy(p, curF, w - 1, afterCredential ? ' ,-' : ' ,')) continue;
    const afterName = wKind[w - 1] === KIND_LETTERS && wKind[w - 2] === KIND_LETTERS && wSent[w - 2] === wSent[w] && capitalized(p, w - 1) && capitalized(p, w - 2) && !capsPart(p, w - 1) && !GREETINGS.has(wordText(w - 2)) && separatedBy(p, curF, w - 2, ' ');
    if (!afterCredential && !afterName) continue;
    if (w + 1 < words && wSent[w + 1] === wSent[w]) {
      const next = wordText(w + 1);
      const gap = (curF ?? p.text).slice(p.pos[wE[w]!]! + 1, p.pos[wS[w + 1]!]!);
      if (!CLAUSE_GAP.test(gap) && !AFTER_CREDENTIAL.has(next) && !(plain.has(next) && capsPart(p, w + 1))) continue;
    }
    wOk[w] = 1;
    credentialSpans.push(p.pos[wS[w]!]!, p.pos[wE[w]!]! + 1);
  }
}
/** Folded [start, end) runs from a credential's start to its own or a later one's end ("CCC-SLP" read as one term). */
function credentialAt(start: number, end: number): boolean {
  for (let i = 0; i < credentialSpans.length; i += 2) {
    if (credentialSpans[i] !== start) continue;
    for (let j = i; j < credentialSpans.length; j += 2) if (credentialSpans[j + 1] === end) return true;
  }
  return false;
}

/** Words first..last are all of two to four letters, all in capitals, and none a given name ("PRP OS"; not "JO ANN" nor "Lakeview FM"). */
function shorthandRun(p: Prepared, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!capsPart(p, k) || wE[k] === wS[k] || (wMask[k]! > 0 && (wMask[k]! & NAME_BIT) !== 0)) return false;
  return true;
}

/** "Dr" that is a doctor's title, not a drive: not right after the run, or before a name ("Your GI doctor, Dr. Volkova": probe 97). */
function doctorsTitle(p: Prepared, k: number, last: number, words: number): boolean {
  // (its own stop may end a sentence for wSent: "el cardiólogo Dr. Bittencourt")
  return wordText(k) === 'dr' && (k !== last + 1 || (k + 1 < words && (wSent[k + 1] === wSent[k] || p.pos[wS[k + 1]!]! - p.pos[wE[k]!]! <= 3) && capitalized(p, k + 1)));
}

/** The code of the nearest character before folded offset i that is not a space (-1: none). */
function previousVisible(p: Prepared, f: string | null, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = codeAt(p, f, k);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** The code of the nearest character at or after folded offset i that is not a space (-1: none). */
function nextVisible(p: Prepared, f: string | null, i: number): number {
  for (let k = i; k < p.flen; k++) {
    const c = codeAt(p, f, k);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** A letter of the Cyrillic or Greek alphabet: alone, it is an initial or a reply key, as a single Latin letter is. */
/**
 * Words written as pieces of one: joined by a character no word is written with ("A*1c", "A~1c",
 * "bio¶psy"), a letter joined to a short piece by punctuation ("A.1c", "Pa.p"), around a letter outside a-z ("bioΣpsy", "AГ1c", "HIþV"), or spelled out one letter at a
 * time ("r e h a b", "r.e.h.a.b", three letters or more, not a schedule's "M W F"). Each piece may be vouched for alone ("A",
 * "1c", "bio"); the whole is read as what it shows, so when the lexicon does not vouch for the
 * joined word every piece is doubted; not a reference code's capitals ("Receipt number: BR-P-118204")
 * unless the pieces spell a term of care. Returns the words glued to the next one in such a run (their
 * pieces are reported as one span), or null.
 */
function gluedWords(p: Prepared, links: Links | null, o: VouchOptions, allowed: number, words: number): Set<number> | null {
  let doubted: Set<number> | null = null;
  const close = (first: number, last: number, spelledOnly: boolean, term: boolean): void => {
    // ("w/o", without, then the next word: "contacts w/o a prescription"; forty-first session, probe 1065)
    if (spelledOnly && !term && withoutShort(p, first)) {
      if (last - first >= 4) close(first + 2, last, spelledOnly, term);
      return;
    }
    if (!term && ((spelledOnly && (last - first < 2 || weekdayInitials(p, first, last))) || weekdayRange(first, last) || joinedOk(p, first, last, links, o, allowed) || referenceCode(p, first, words))) return;
    // (nor the words of a vetted phrase written with its hyphens: "Ask-a-doctor booth"; fifty-second session, probes 1540, 1561)
    if (!term && coveredBy(o.vouchedSpans, p.pos[wS[first]!]!, p.pos[wE[last]!]! + 1)) return;
    for (let k = first; k <= last; k++) wOk[k] = 0;
    doubted ??= new Set();
    for (let k = first; k < last; k++) doubted.add(k);
  };
  let first = glueAt[0]!;
  let last = first + 1;
  let spelledOnly = glueKind[0] === GLUE_SPELLED;
  let term = glueKind[0] === GLUE_TERM;
  for (let i = 1; i < glueN; i++) {
    const w = glueAt[i]!;
    if (w !== last) {
      close(first, last, spelledOnly, term);
      first = w;
      spelledOnly = true;
      term = false;
    }
    last = w + 1;
    if (glueKind[i] !== GLUE_SPELLED) spelledOnly = false;
    if (glueKind[i] === GLUE_TERM) term = true;
  }
  close(first, last, spelledOnly, term);
  return doubted;
}

/** Words w and w + 1 are "w/o" (without). */
function withoutShort(p: Prepared, w: number): boolean {
  return wordText(w) === 'w' && wordText(w + 1) === 'o' && codeAt(p, curF, p.pos[wE[w]!]! + 1) === 47 && codeAt(p, curF, p.pos[wE[w]!]! + 2) === 111;
}

/** The pairs of words glued (word w to w + 1), in order, and how; filled while reading the sentences. */
let glueAt = new Int32Array(64);
let glueKind = new Uint8Array(64);
let glueN = 0;

function noteGlue(p: Prepared, f: string | null, w: number, words: number): void {
  // (a doctor's title written short is no split word, nor is it glued to the letter before it: "u d-ra", у д-ра)
  if ((w + 1 < words && doctorShort(w + 1)) || (w + 2 < words && doctorShort(w + 2))) return;
  const kind = glueTo(p, f, w, words);
  if (kind === NO_GLUE) return;
  if (glueN === glueAt.length) {
    const at = new Int32Array(glueN * 2);
    at.set(glueAt);
    glueAt = at;
    const k = new Uint8Array(glueN * 2);
    k.set(glueKind);
    glueKind = k;
  }
  glueAt[glueN] = w;
  glueKind[glueN++] = kind;
}

/** A schedule's range of weekdays, one of them a single letter ("M-Sat", "M-Th"; thirty-fourth session, from probes 216-678's pickup notices). */
const DAY_SHORT = new Set(['m', 't', 'w', 'r', 'f', 's', 'th', 'tu', 'sa', 'su', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const weekdayRange = (first: number, last: number): boolean => last === first + 1 && DAY_SHORT.has(wordText(first)) && DAY_SHORT.has(wordText(last));
/** Skeleton symbols of the letters weekdays are written with in a schedule ("M W F", "T/Th"): m t w r f s u h. */
const WEEKDAY_INITIALS = new Set([12, 19, 22, 17, 5, 18, 20, 7]);
const weekdayInitials = (p: Prepared, first: number, last: number): boolean => {
  for (let k = wS[first]!; k <= wE[last]!; k++) if (!WEEKDAY_INITIALS.has(p.sym[k]!)) return false;
  return true;
};

const NO_GLUE = 0;
const GLUE_JOINER = 1;
const GLUE_SPELLED = 2;
/** A piece of one or two letters split off a term of care by a space or a sign ("A 1c", "Pa p test", "A/1c"): doubted whatever the joined letters spell. */
const GLUE_TERM = 3;

/** How word w is glued to word w + 1. */
function glueTo(p: Prepared, f: string | null, w: number, words: number): number {
  const from = p.pos[wE[w]!]! + 1;
  const to = p.pos[wS[w + 1]!]!;
  const single = wE[w] === wS[w] && wE[w + 1] === wS[w + 1] && wKind[w] === KIND_LETTERS && wKind[w + 1] === KIND_LETTERS;
  const latin = (wKind[w] === KIND_LETTERS || wKind[w] === KIND_MIXED) && (wKind[w + 1] === KIND_LETTERS || wKind[w + 1] === KIND_MIXED);
  if (to === from) return foreignLetterInside(p, f, w, words) || foreignLetterInside(p, f, w + 1, words) ? GLUE_JOINER : NO_GLUE;
  const gap = to - from;
  if (gap !== 1 && !oneCharacter(p, from, to)) return NO_GLUE;
  // "A…1c": one character the folding wrote as several ("…" -> "...") joins as that character
  const c = gap === 1 ? codeAt(p, f, from) : p.text.charCodeAt(origStart(p, from));
  const term = latin && fragmentPair(w) && splitTerm(p.sym, w, words, c === 32 || c === 10 || c === 13) && !contracted(p, f, w, words);
  if (c === 10 || c === 13) return term ? GLUE_TERM : NO_GLUE;
  if (single) return GLUE_SPELLED;
  if (term) return GLUE_TERM;
  if (c === 32 || gap !== 1) return NO_GLUE;
  if (latin && FRAGMENT_JOINERS.has(c) && fragmentPair(w)) return GLUE_JOINER;
  return latin && rareJoiner(c) && !(c === 35 && (wKind[w + 1] === KIND_DIGITS || PLACE_CODE.has(wordText(w)))) ? GLUE_JOINER : NO_GLUE; // "Apt#2B": a number sign
}

/** Word w is a letter or two outside a-z between Latin words, with nothing in between ("bioΣpsy", "HIþV"); not Chinese, Japanese or Korean. */
function foreignLetterInside(p: Prepared, f: string | null, w: number, words: number): boolean {
  if (wKind[w] !== KIND_OTHER || w === 0 || w + 1 >= words) return false;
  const fs = p.pos[wS[w]!]!;
  const fe = p.pos[wE[w]!]! + 1;
  const c = codeAt(p, f, fs);
  if (fe - fs > 2) return false;
  // Hangul syllables and Chinese characters written between Latin words are ordinary ("ID和insurance"), unless
  // written as a compatibility form folded into them (a Kangxi radical in "HI⼀V") or splitting a term ("HI一V").
  const ordinary = (isUnspaced(c) || (isHangul(c) && c >= 0xac00)) && p.text.charCodeAt(origStart(p, fs)) === c;
  if (ordinary && !careRun(p.sym, w - 1, w + 1, -1)) return false; // not jamo alone
  return wKind[w - 1] !== KIND_OTHER && wKind[w + 1] !== KIND_OTHER && p.pos[wE[w - 1]!]! + 1 === fs && p.pos[wS[w + 1]!]! === fe;
}

/** Apostrophes, as contractions are written ("I'm", "it’s"). */
const APOSTROPHES = new Set([39, 0x2019, 0x2018, 0x2bc]);

/** Characters written between two words of ordinary text with no space: dashes, apostrophes, stops, slashes, brackets, quotes, signs. */
const ORDINARY_JOINERS = new Set([..."-‐‑‒–—―'’‘ʼ.,/\\:;!?()\"“”„&+@_=%$|•…"].map((c) => c.charCodeAt(0)));

/**
 * Punctuation that joins a fragment to a short piece in "A.1c", "Pa.p", "A-1c": stops, commas,
 * dashes, brackets, signs; not an apostrophe ("I'll"), a slash ("w/Dr") or an ampersand ("AT&T").
 */
const FRAGMENT_JOINERS = new Set([...'.,;!?|-‐‑–—+"()'].map((c) => c.charCodeAt(0)));

/** One of words w and w + 1 is a single letter or digit, the other two or three characters ("Pa.p", not "Q&A" or "T-shirt"). */
function fragmentPair(w: number): boolean {
  const a = wE[w]! - wS[w]! + 1;
  const b = wE[w + 1]! - wS[w + 1]! + 1;
  return (a === 1 && b >= 2 && b <= 3) || (b === 1 && a >= 2 && a <= 3);
}

/** Words w and w + 1 are read with a contraction: one of them, or the word after them, is its end after an apostrophe ("I'm at" is no MAT, nor "I'm"). */
function contracted(p: Prepared, f: string | null, w: number, words: number): boolean {
  for (let k = w; k <= w + 2 && k < words; k++) if (CONTRACTION_ENDS.has(wordText(k)) && APOSTROPHES.has(codeAt(p, f, p.pos[wS[k]!]! - 1))) return true;
  return false;
}
const CONTRACTION_ENDS = new Set(['s', 't', 'm', 'd', 'll', 're', 've']);

/** Folded offsets [from, to) all come of one character of the text. */
const oneCharacter = (p: Prepared, from: number, to: number): boolean => !p.identity && p.fstart[from] === p.fstart[to - 1];

/**
 * Words w and w + 1 read together, alone or with the word after them, are a term of care ("a1c", "pap" +
 * "test"). Across a space, a term alone only when the longer piece is no word of the text ("A 1c", not
 * Haitian "voye l pa lapòs", Lp(a)).
 */
function splitTerm(sym: Uint8Array, w: number, words: number, spaced: boolean): boolean {
  if (w + 2 < words && careRun(sym, w, w + 1, w + 2)) return true;
  const longer = wE[w]! - wS[w]! > wE[w + 1]! - wS[w + 1]! ? w : w + 1;
  return careRun(sym, w, w + 1, -1) && !(spaced && (wMask[longer]! & curAllowed) > 0);
}

/** Words a, b and c (-1: none) read as one run of letters are a term of care (`careTermTrie`). */
function careRun(sym: Uint8Array, a: number, b: number, c: number): boolean {
  const next = careTermTrie().next;
  let row = trieRead(next, sym, ALPHABET, a);
  row = trieRead(next, sym, row, b);
  if (c >= 0) row = trieRead(next, sym, row, c);
  return row !== 0 && next[row + SENTINEL]! !== 0;
}

/** The trie row after word w's symbols, from `row` (0: no entry goes on). */
function trieRead(next: Int32Array, sym: Uint8Array, row: number, w: number): number {
  for (let k = wS[w]!; k <= wE[w]! && row !== 0; k++) row = sym[k]! < SENTINEL ? next[row + sym[k]!]! : 0;
  return row;
}

function rareJoiner(c: number): boolean {
  return c > 32 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200a) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) && !ORDINARY_JOINERS.has(c);
}

/** Words first..last read as one: digits alone, inside a link, or a word the lexicons vouch for. */
function joinedOk(p: Prepared, first: number, last: number, links: Links | null, o: VouchOptions, allowed: number): boolean {
  let letters = false;
  for (let k = first; k <= last; k++) if (wKind[k] !== KIND_DIGITS) letters = true;
  if (!letters || inLink(links, p.pos[wS[first]!]!, p.pos[wE[last]!]! + 1)) return true;
  const bits = latinBits(o.lexicon, p.sym, wS[first]!, wE[last]!) | (o.extra === null ? 0 : latinBits(o.extra, p.sym, wS[first]!, wE[last]!));
  return (bits & allowed) !== 0;
}

function isAlphabetLetter(c: number): boolean {
  return (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0370 && c <= 0x03ff);
}

/** Korean weekdays as a date writes them, "5월 23일(목)": alone, 목 is also "neck" and 월 "month". */
/**
 * Korean words that count or list, read by their neighbours (blind probe 120): "약" is "about" before a
 * number ("약 2시간") and a medicine elsewhere; "이상" is "or more" after one ("6개월 이상", "65세 이상") and
 * "something wrong" elsewhere; "생후" (of age, for a baby) before one; "등" is "and so on" after a word
 * ("독감, 코로나 등") and the back alone. Twentieth session.
 */
const KO_BEFORE_NUMBER = folded(['약', '생후', '총', '최대', '최소']);
const KO_AFTER_NUMBER = folded(['이상', '이하', '미만', '이내', '이상은', '이상의', '이상이면']);
const KO_ETC = foldString('등');
function koreanCounted(t: string, w: number, words: number): boolean {
  const sameBefore = w > 0 && wSent[w - 1] === wSent[w];
  if (KO_BEFORE_NUMBER.has(t)) return w + 1 < words && wSent[w + 1] === wSent[w] && (wKind[w + 1] === KIND_DIGITS || wKind[w + 1] === KIND_MIXED);
  if (KO_AFTER_NUMBER.has(t)) return sameBefore && (wKind[w - 1] === KIND_DIGITS || wKind[w - 1] === KIND_MIXED || afterDigit(w - 1)); // "6개월 이상": a counter after its digits
  return t === KO_ETC && sameBefore && wKind[w - 1] === KIND_OTHER && wOk[w - 1] === 1;
}
/**
 * A pharmacy's name in Korean: a name run together with 약국 ("한양약국", Hanyang Pharmacy; twenty-sixth session,
 * probes 120 and 133), as "약국" alone is vouched; not a word kept out of Korean before it.
 */
const KO_PHARMACY = foldString('약국');
function koreanPharmacy(t: string): boolean {
  return t.length > KO_PHARMACY.length && t.endsWith(KO_PHARMACY) && !keptOut(t.slice(0, -KO_PHARMACY.length));
}
/**
 * The sentence of Chinese run w says 您 or 你 to no one and nothing else ties it to the patient: its
 * campaign words (zh-general.txt: 流感季, 戴口罩, 防晒霜) cover characters there ("流感季到了，请大家戴口罩"), not
 * in "您的流感疫苗" (twentieth session). Chinese runs hold their "you" inside them, where the sentence's
 * tie words are not looked for.
 */
const CHINESE_YOU = /[您你妳]/;
function chineseUntied(w: number, words: number): boolean {
  const sn = wSent[w]!;
  if (!untiedOf(sn)) return false;
  let k = w;
  while (k > 0 && wSent[k - 1] === sn) k--;
  for (; k < words && wSent[k] === sn; k++) if (wKind[k] === KIND_OTHER && wMask[k] === -1 && CHINESE_YOU.test(wordText(k))) return false;
  return true;
}
/** Word w follows digits with nothing between ("6" of "6개월"). */
function afterDigit(w: number): boolean {
  const i = origStart(curP!, curP!.pos[wS[w]!]!) - 1;
  const c = i >= 0 ? curP!.text.charCodeAt(i) : 0;
  return c >= 48 && c <= 57;
}
const KOREAN_WEEKDAYS = folded(['월', '화', '수', '목', '금', '토', '일']);
/** Arabic's "suite" in an address, the word for a wing (الجناح), kept out alone for a hospital's ward. */
const ARABIC_SUITES = folded(['الجناح', 'جناح']);
/**
 * The next word of the sentence is a suite's code: digits, digits and letters, or one letter ("الجناح ٢١٠", "الجناح 2B", "الجناح ب";
 * forty-eighth session, probes 1317, 1320, 1356, 1396: five appointment notices held back by their address).
 */
function suiteCode(w: number, words: number): boolean {
  if (w + 1 >= words || wSent[w + 1] !== wSent[w]) return false;
  const k = wKind[w + 1]!;
  return k === KIND_DIGITS || k === KIND_MIXED || wE[w + 1] === wS[w + 1];
}

const KOREAN_DAY = foldString('일');

/** The word stands in parentheses right after a date's digits or day: "23일(목)", "5/23 (목)". */
/** Joiners of weekdays in opening hours: "월-금", "월~토", "화·목", "월/수/금", "월, 수". */
const WEEKDAY_JOINERS = new Set([45, 126, 0xb7, 47, 44, 0x3001, 0xff5e, 0x2013]);

/** A Korean weekday in opening hours: joined to another weekday ("월-금", "화·목"), or before the hours ("토 9-1"). */
function weekdayInSchedule(p: Prepared, f: string | null, w: number, words: number): boolean {
  const joinedTo = (a: number, b: number): boolean => {
    if (a < 0 || b >= words || !KOREAN_WEEKDAYS.has(wordText(a)) || !KOREAN_WEEKDAYS.has(wordText(b))) return false;
    let joiners = 0;
    for (let i = p.pos[wE[a]!]! + 1; i < p.pos[wS[b]!]!; i++) {
      const c = codeAt(p, f, i);
      if (WEEKDAY_JOINERS.has(c)) joiners++;
      else if (c !== 32) return false;
    }
    return joiners === 1;
  };
  if (joinedTo(w - 1, w) || joinedTo(w, w + 1)) return true;
  return w + 1 < words && wKind[w + 1] !== KIND_OTHER && wKind[w + 1] !== KIND_LETTERS && p.pos[wS[w + 1]!]! - p.pos[wE[w]!]! === 2 && codeAt(p, f, p.pos[wE[w]!]! + 1) === 32;
}

function weekdayAfterDate(p: Prepared, f: string | null, fs: number, fe: number): boolean {
  if (codeAt(p, f, fe) !== 41) return false;
  if (codeAt(p, f, fs - 1) !== 40) return weekdayInDate(p, f, fs);
  let k = fs - 2;
  while (k >= 0 && codeAt(p, f, k) === 32) k--;
  const c = codeAt(p, f, k);
  if (c >= 48 && c <= 57) return true;
  // 일 (day), as folded: its last code units end at k.
  for (let i = 0; i < KOREAN_DAY.length; i++) if (codeAt(p, f, k - i) !== KOREAN_DAY.charCodeAt(KOREAN_DAY.length - 1 - i)) return false;
  return true;
}

/**
 * The weekday inside a date's own parentheses, after its digits ("내일(4/3 목) 오후 1시"; forty-eighth session, probe 1404): a space
 * before it, then only digits and a date's marks back to the opening bracket.
 */
function weekdayInDate(p: Prepared, f: string | null, fs: number): boolean {
  let k = fs - 1;
  if (codeAt(p, f, k) !== 32) return false;
  while (k >= 0 && codeAt(p, f, k) === 32) k--;
  let digits = 0;
  for (let n = 0; k >= 0 && n < 10; k--, n++) {
    const c = codeAt(p, f, k);
    if (c === 40) return digits > 0;
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 47 && c !== 46 && c !== 45) return false;
  }
  return false;
}

/** The two-letter codes of the US states, DC and the territories (USPS Publication 28, appendix B). */
const US_STATES = new Set(
  ('al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok ' +
    'or pa ri sc sd tn tx ut vt va wa wv wi wy as gu mp pr vi').split(' '),
);

/** Word w is a state code in capitals before a ZIP code ("NC 28401"). */
function stateBeforeZip(p: Prepared, w: number, words: number): boolean {
  const s = wS[w]!;
  if (wE[w]! - s !== 1 || !isUpperAt(p.text, origStart(p, p.pos[s]!)) || !isUpperAt(p.text, origStart(p, p.pos[s + 1]!))) return false;
  if (!US_STATES.has(wordText(w)) || w + 1 >= words || wSent[w + 1] !== wSent[w] || wKind[w + 1] !== KIND_DIGITS) return false;
  return wE[w + 1]! - wS[w + 1]! === 4;
}

/** A state's code after its city and a comma, without a ZIP ("a Valdosta, GA return address"). */
function stateAfterCity(p: Prepared, w: number): boolean {
  const s = wS[w]!;
  if (w === 0 || wE[w]! - s !== 1 || wSent[w - 1] !== wSent[w] || !capital(p, w - 1) || !US_STATES.has(wordText(w))) return false;
  if (!isUpperAt(p.text, origStart(p, p.pos[s]!)) || !isUpperAt(p.text, origStart(p, p.pos[s + 1]!))) return false;
  const comma = origStart(p, p.pos[wE[w - 1]!]!) + 1;
  return p.text.charCodeAt(comma) === 44 && p.text.charCodeAt(comma + 1) === 32 && origStart(p, p.pos[s]!) === comma + 2;
}

/**
 * Word w is a state's code in capitals after a town, with or without its comma and without a ZIP ("40-12 Willowmere Ave, 3rd Floor,
 * Flushing, NY", "Flushing NY"; fiftieth session, probe 1481: the town had been doubted as the symptom "flushing").
 */
function stateCode(p: Prepared, f: string | null, w: number): boolean {
  const s = wS[w]!;
  if (wE[w]! - s !== 1 || !US_STATES.has(wordText(w)) || !separatedBy(p, f, w - 1, ', ')) return false;
  return isUpperAt(p.text, origStart(p, p.pos[s]!)) && isUpperAt(p.text, origStart(p, p.pos[s + 1]!));
}

/** Word w is two or three Latin letters, all capitals ("CA", "PSA"). */
function shortAcronym(p: Prepared, w: number): boolean {
  const s = wS[w]!;
  const n = wE[w]! - s;
  if (wKind[w] !== KIND_LETTERS || n < 1 || n > 2) return false;
  for (let k = s; k <= s + n; k++) if (!isUpperAt(p.text, origStart(p, p.pos[k]!))) return false;
  return true;
}

/** Word k is a Latin word written with a capital. */
function capital(p: Prepared, k: number): boolean {
  return wKind[k] === KIND_LETTERS && isUpperAt(p.text, origStart(p, p.pos[wS[k]!]!));
}

/** Part of the last line of a postal address: the state code before the ZIP, or the city before "<state> <ZIP>" ("Millbrook, NC 28401"). */
function addressLine(p: Prepared, w: number, words: number): boolean {
  if (stateBeforeZip(p, w, words) || stateAfterCity(p, w)) return true;
  // The city: capitalized words, then a comma, then the state and the ZIP.
  if (!capital(p, w) || (w > 0 && wSent[w - 1] === wSent[w] && ((TIES.has(wordText(w - 1)) && !streetLetter(w - 1)) || wordText(w - 1) === 'my'))) return false;
  let k = w;
  while (k + 1 < words && wSent[k + 1] === wSent[w] && capital(p, k + 1) && k - w < 2 && !stateBeforeZip(p, k + 1, words)) k++;
  if (k + 1 >= words || !stateBeforeZip(p, k + 1, words)) return false;
  return p.text.charCodeAt(origStart(p, p.pos[wE[k]!]!) + 1) === 44;
}

/**
 * A town after its street address and a comma, where no state follows ("41-28 Main St Ste 3B, Flushing. Reply C to confirm",
 * "1420 Canyon Lake Dr, Suite 200, Rapid City"; thirty-first session, probes 250, 455): one or two capitalized words that
 * end the line or the sentence, after a street's suffix or its suite, after a house number. Never a vocabulary's word.
 */
function cityAfterStreet(p: Prepared, f: string | null, w: number, words: number): boolean {
  // (the comma first: most capitalized words stand after none, and reading a town's words costs more)
  if (w < 2 || !(separatedBy(p, f, w - 1, ', ') || separatedBy(p, f, w - 2, ', '))) return false;
  const [first, last] = townAround(p, f, w, words);
  if (first < 2 || !separatedBy(p, f, first - 1, ', ')) return false;
  if (last + 1 < words && wSent[last + 1] === wSent[w] && !separatedBy(p, f, last, ',|') && !stateCode(p, f, last + 1)) return false;
  // what ends the street: its suffix ("Main St"), or its suite ("Ste 3B", "Suite 200")
  let k = first - 1;
  // (or its floor: "38-88 Main St 2FL, Flushing", "Main St 2nd fl, Flushing"; forty-fifth session, probe 1270)
  if (wKind[k] === KIND_MIXED && FLOOR.test(wordText(k))) k -= 1;
  else if (k > 1 && ADDRESS_ROOM.has(wordText(k)) && wKind[k - 1] === KIND_MIXED) k -= 2;
  if ((wKind[k] === KIND_DIGITS || wKind[k] === KIND_MIXED) && k > 0 && ADDRESS_ROOM.has(wordText(k - 1))) k -= 2;
  if (k > 0 && separatedBy(p, f, k, ', ') && (wKind[k] === KIND_DIGITS || wKind[k] === KIND_MIXED) && ADDRESS_ROOM.has(wordText(k - 1))) k -= 2; // "Rd, Suite 200,"
  if (k < 1 || !STREET_SUFFIX.has(wordText(k)) || !capital(p, k)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) if (wKind[j] === KIND_DIGITS || (wKind[j] === KIND_MIXED && j === k - 1)) return true;
  return false;
}

/**
 * The capitalized words of a town around word w, [first, last] (one or two words), or [-1, -1] when they are no town's
 * name: each a name's word, or the whole a town of us-places-towns.txt ("Flushing", "Rapid City", "Chula Vista").
 */
function townAround(p: Prepared, f: string | null, w: number, words: number): [number, number] {
  if (!capital(p, w)) return [-1, -1];
  const pair = (a: number): boolean => a >= 0 && a + 1 < words && capital(p, a) && capital(p, a + 1) && separatedBy(p, f, a, ' ') && !STREET_SUFFIX.has(wordText(a));
  const [first, last] = pair(w - 1) ? [w - 1, w] : pair(w) && !stateCode(p, f, w + 1) ? [w, w + 1] : [w, w];
  const name = (k: number): boolean => (plainName(wordText(k)) || (wMask[k]! & PLACE_BIT) !== 0) && (curLexicon!.latin(wordText(k)) & TOPIC_WORD) === 0;
  const town = first === last ? wordText(first) : `${wordText(first)} ${wordText(last)}`;
  return addressTowns().has(town) || (name(first) && name(last)) ? [first, last] : [-1, -1];
}

/** Words a period may follow inside a name ("St. Louis", "Jr.", "Ste. 140", "J. Smith"); after any other word a period ends the sentence ("start NSTs. Call us"). */
const ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'dr', 'jr', 'sr', 'mr', 'mrs', 'ms', 'mx', 'ave', 'blvd', 'rd', 'ln', 'ct', 'pl', 'hwy', 'ste', 'pkwy', 'ne', 'nw', 'se', 'sw', 'co', 'inc', 'corp', 'bros', 'prof', 'rev', 'sgt', 'capt', 'lt', 'col', 'univ', 'hosp', 'med', 'ctr', 'fam', 'peds',
  // titles of other languages ("Gng. Dela Cruz", "Sra. Gómez", "Sto. Niño"), and the rooms of an address
  'gng', 'bb', 'sra', 'srta', 'dra', 'drs', 'sto', 'sta', 'dept', 'bldg', 'fl', 'apt', 'enf']);

/** Latin-script languages with a list of words their reviewers kept out. */
const EXCLUDING: readonly ['es' | 'pt' | 'pl', number][] = (['es', 'pt', 'pl'] as const).map((l) => [l, LANGUAGE_BITS[l]]);

/** A word the reviewers of the text's own language kept out is not an English near miss ("grupy", Polish for a group, is not "grumpy"). */
function keptOutByLanguage(word: string, allowed: number): boolean {
  for (const [language, bit] of EXCLUDING) if ((allowed & bit) !== 0 && excludedWords(language).has(word)) return true;
  return false;
}

/** Only spaces, a hyphen, an apostrophe or a period (after an initial or an abbreviation) between words a and b of one name. */
function joined(p: Prepared, f: string | null, a: number, b: number): boolean {
  const from = p.pos[wE[a]!]! + 1;
  const to = p.pos[wS[b]!]!;
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = codeAt(p, f, i);
    if (c === 46 && wE[a] !== wS[a] && !ABBREVIATIONS.has(wordText(a))) return false;
    if (c !== 32 && c !== 45 && c !== 39 && c !== 46 && c !== 0x2019) return false;
  }
  return true;
}

/** Words that make a sensitive term the topic of general content ("HIV testing", "Mental Health Day", "AIDS Walk"). */
// (A term written right before one of them, or listed after one and a comma.)
const OWN_TOPIC_END = /[^a-z0-9](?:testing|tests?|screenings?)$/;
const TOPIC = new Set([
  'testing', 'test', 'tests', 'screening', 'screenings', 'services', 'service', 'awareness', 'day', 'month', 'week', 'walk',
  'program', 'programs', 'prevention', 'class', 'classes', 'event', 'fair', 'support', 'education', 'care', 'health',
  'resources', 'hotline', 'lifeline', 'questionnaire', 'vaccine', 'vaccines', 'van', // "the mobile mammography van ... open to all women 40+"
  // events and causes ("the Cancer Survivors 5K", "American Cancer Society")
  'survivors', 'run', 'race', '5k', 'ride', 'gala', 'luncheon', 'fundraiser', 'research', 'society', 'association', 'foundation',
  'matters', 'season',
  // what a campaign hands out or holds ("mammogram sign-ups", "naloxone kits", "a flu shot clinic")
  'sign', 'signups', 'clinic', 'clinics', 'drive', 'kit', 'kits', 'spray', 'training', 'checks', 'shots', 'booth',
  // when and where ("Saturday mammogram hours all month", "a free community talk")
  'hours', 'appointments', 'slots', 'talk', 'talks', 'cafe',
  // what a campaign asks everyone to know ("learn their hepatitis B status", "a prediabetes risk quiz", "heart attack signs")
  'status', 'quiz', 'signs', 'symptoms',
  // (an outbreak's "hepatitis A cases in Bernalillo County")
  'cases', 'outbreak', 'outbreaks',
]);

/**
 * An item of a campaign's list of vaccines and whom each is for ("- Shingles (Shingrix): 2 doses for adults 50 and older",
 * "- Pneumonia: for adults 65 and older"; thirty-seventh session, probes 856, 862), and a condition's claim as its subject
 * ("HPV causes nearly all cervical cancers").
 */
const VACCINE_ITEM = /^(?: *\([^)\n]{1,30}\))? *: *(?:(?:\d+|one|two|three) (?:doses?|shots?) )?(?:for (?:all )?(?:adults|everyone|anyone|children|kids|teens|preteens|seniors|ages?|people|babies|infants)|every \d+ years|at (?:ages?|\d))/;
const CAUSES = /^ +(?:causes|can cause|leads to|can lead to|spreads)\b/;
/**
 * A condition defined for everyone ("Hepatitis A, B and C are viruses that affect the liver", "RSV is a common virus that
 * spreads every fall"; forty-third session: blind probes 1-1209 hold such a definition in 6 campaigns and in no text to be
 * held back), after the term and the other letters of its list.
 */
const DEFINED_AS = /^(?:,? (?:and |or )?[a-z0-9]{1,3}){0,3} +(?:is|are) (?:a |an )?(?:common |serious |chronic |viral |preventable |treatable |lifelong |long-term )?(?:virus|viruses|infection|infections|condition|conditions|disease|diseases|illness|illnesses) (?:that|which|caused|of the)\b/;
/** The word before a list's last item and its "and" ("diabetes education and behavioral health"). */
const LAST_ITEM_AFTER = / ([a-z]+) *,? +(?:and|or|&) +$/;
/** Words before a term that make it the topic ("learn about HIV", "helps prevent cancer", "protects against shingles"). */
const TOPIC_BEFORE = new Set(['about', 'prevent', 'prevents', 'preventing', 'against']);
/**
 * A topic word before the term, as Spanish, Portuguese and Vietnamese put it ("el Mes de la Salud Mental",
 * "Mes de Concientización sobre el Cáncer de Mama", "pruebas de VIH gratis", "Tháng Nhận Biết Viêm Gan"; and, forty-ninth session,
 * "Tháng Nhận thức về Bệnh Viêm gan", "xét nghiệm viêm gan B miễn phí", "tầm soát", "chích ngừa", "thử máu viêm gan B"; a season of it,
 * "Es temporada de fiebre del valle", probe 1438);
 * twenty-fifth session, probes 90-200), and Haitian Creole ("Fè tès VIH gratis", "Mwa Sansibilizasyon Kansè Tete"; thirty-sixth
 * session, probe 774), folded.
 */
/** A campaign's awareness of a condition ("we join women across the country to raise awareness about breast cancer"; thirty-eighth session, probe 860). */
const AWARENESS_OF = /\bawareness (?:about|of|for|around) (?:[a-z]+ ){0,2}$/;
const TOPIC_OF = /(?:^|[^a-z])(?:mes|semana|dia|campana|campanha|prueba|pruebas|examenes|exames|deteccion|prevencion|prevencao|concientizacion|concienciacion|conscientizacao|lucha|luta|feria|feira|charla|taller|temporada|thang|tuan|ngay|nghiem|soat|ngua|mau|tes|jounen|mwa|depistaj) (?:(?:de|del|da|do|das|dos|sobre|contra|la|el|los|las|o|os|a|nacional|mundial|gratis|gratuitas|gratuitos|nhan biet|nhan thuc|ve|benh|mien phi|phong chong|phong ngua|sansibilizasyon|nasyonal|pou) +){0,4}$/;
/**
 * The same in Russian and Ukrainian, folded (ё to е, й to и): "месяц осведомлённости о диабете", "Всемирный день
 * борьбы со СПИДом", "безкоштовне тестування на ВІЛ" (thirty-fourth session; probes 524 and 618), "бесплатный тест на гепатит" (thirty-fifth).
 */
const TOPIC_OF_CYRILLIC = cyrillicTopicOf(
  'месяц месяца день дня неделя недели тиждень тижня місяць місяця кампания кампании кампанія кампанії тестирование тестирования тестування тест тесты тести анализ анализы аналіз аналізи скрининг скринінг обследование обстеження профилактика профилактики профілактика профілактики лекция лекцию лекція лекцію семинар семінар',
  'борьбы боротьби осведомлённости обізнаності информированности профилактики профілактики на о об про от від с со з зі із против проти бесплатное безкоштовне',
);
/**
 * The same in Somali, whose topic comes first and the condition after it ("baaritaanka qaaxada", the test of TB;
 * "toddobaadka wacyigelinta qaaxada", "cabbiraadda dhiig-karka"; thirty-sixth session, probe 767): a test, a week, a
 * month, a day, awareness, prevention, a measure, a vaccine, a class or a program, then up to two joiners.
 */
const TOPIC_OF_SOMALI = /(?:^|[^a-z])(?:baaritaan|baaritaanka|baaritaanno|baaritaannada|wacyigelinta|wacyigelin|toddobaadka|bisha|maalinta|hortagga|hortagidda|cabbiraadda|cabbirka|tallaalka|tallaal|fasalka|barnaamijka|kormeerka) (?:(?:iyo|ee|bilaash|ah) +){0,2}$/;
/**
 * The same in Chinese, written without spaces (fortieth session, campaign emails of probes 983-1022: "免费乙肝筛查日",
 * "乙肝宣传月", "《乙肝知多少》", "预防糖尿病", "每12人就有1人感染乙肝"): a topic right after the term, or after a list of
 * terms joined by 、和及与 ("乙肝、丙肝快速筛查"); a topic or a count of people before it; a claim about it after it.
 */
const TOPIC_AFTER_HAN = /^(?:[、和及与與或][\p{Script=Han}]{1,5}?)*(?:快速|免费|免費|)(?:筛查|篩查|检测|檢測|疫苗|宣传|宣傳|关注月|關注月|防治|讲座|講座|知多少|知识|知識|小知识|小知識|预防|預防|健康日|活动|活動|课程|課程|讲堂|講堂)/u;
const TOPIC_BEFORE_HAN = /(?:预防|預防|了解|关于|關於|认识|認識|远离|遠離|对抗|對抗|验|驗|筛查|篩查|检测|檢測|防治)$/u;
const HOW_MANY_HAVE_HAN = /每\s*\d+\s*(?:个|個|名|位)?(?:人|成年人|亚裔|亞裔|华人|華人)(?:中|当中|當中)?(?:就)?(?:有)\s*\d+\s*(?:个|個|名|位)?人?(?:感染|患有|患|有|得)?了?$/u;
const CLAIM_AFTER_HAN = /^(?:是怎么|是怎麼|怎么|怎麼|可以通过|可以通過|可通过|可通過|可以预防|可以預防|可以治疗|可以治療|可以治愈|可以治癒|是可以|是一种|是一種|在[\p{Script=Han}]{1,6}很常见|在[\p{Script=Han}]{1,6}很常見|很常见|很常見|不会通过|不會通過|会传染|會傳染)/u;
const HAN_AT = /^\p{Script=Han}$/u;
/** Whether the Chinese term at [fs, fe) is a campaign's topic (TOPIC_AFTER_HAN and the rest). */
function hanTopic(f: string, fs: number, fe: number): boolean {
  const after = f.slice(fe, fe + 24);
  const before = f.slice(Math.max(0, fs - 24), fs);
  return TOPIC_AFTER_HAN.test(after) || CLAIM_AFTER_HAN.test(after) || TOPIC_BEFORE_HAN.test(before) || HOW_MANY_HAVE_HAN.test(before);
}
/** The topic words, then up to four joiners, folded as texts are (a lone "на" or "о" is all look-alikes: "ha", "o"). */
function cyrillicTopicOf(topics: string, joiners: string): RegExp {
  const alt = (words: string): string => [...new Set(words.split(' ').map(foldString))].join('|');
  return new RegExp(`(?:^|[^\\p{L}])(?:${alt(topics)}) (?:(?:${alt(joiners)}) +){0,4}$`, 'u');
}
/** Topic words of time: a campaign's ("World AIDS Day", "Recovery Month"), not an interval's ("3 month supply", "this month"). */
const TIME_TOPIC = new Set(['day', 'month', 'week', 'season', 'hours']);
/** What a refill says of the patient's own medicine, after its name ("Truvada refill", "Suboxone 7 day supply"): never a campaign's topic. */
const SUPPLIED = new Set(['refill', 'refills', 'supply', 'pickup', 'prescription', 'rx']);
/** A term a campaign offers, as its sentence's subject ("Naloxone (Narcan) is available free at every front desk", "To all: free naloxone is available to anyone"). */
const OFFERED = /^\)? *(?:\([^)]{1,40}\) *)?(?:is|are) (?:now |also |still )?(?:available|free|offered)\b/;
/**
 * A group by its age or sex offered the term ("All women 40 and older can get a free mammogram", "Todas las mujeres de 40 años o
 * más pueden pedir su mamografía gratis", "Tout fanm 40 an oswa plis ka fè mamografi"; forty-sixth session, probes 1312, 1332, 1333):
 * a screening's audience, as "Adults 50+: colonoscopy" is. A group chosen by its condition is not (chosenByCondition, read first).
 */
const GROUP_OFFERED =
  /(?:\b(?:all |every |any )?(?:women|men|adults|people|patients|seniors|residents|everyone|anyone)(?: (?:aged? |ages? )?\d{2}(?:\+|(?: years?(?: old)?)?(?: (?:and|or) (?:older|over|up|above))?))? (?:can|may|should|are (?:encouraged|invited|welcome) to) (?:now |also )?(?:get|have|book|schedule|receive|come in for|come for) (?:a |an |their |the |your )?|\b(?:todas? (?:las |los )?)?(?:mujeres|hombres|adultos|personas|pacientes|mayores)(?: de \d{2}(?: anos)?(?: (?:o|y) (?:mas|mayores))?)? (?:pueden|podran|deben) (?:pedir|hacerse|recibir|obtener|programar|agendar|solicitar) (?:su |sus |la |el |una |un )?|\b(?:tout )?(?:fanm|gason|granmoun|moun)(?: \d{2} an(?: (?:oswa|ak) plis)?)? (?:ka|kapab|dwe) (?:fe|pran|jwenn) (?:yon |la )?)(?:free |no-cost |low-cost |yearly |annual |routine |gratis |gratuita |gratuito )?$/;
const SUBJECT_START = /(?:^|[.!?:\n] *)(?:free +)?\(?$/;
/** The word right before an opening bracket: the term whose other name the bracket holds ("Narcan (naloxone)"). */
const BRACKETED_AFTER = /([a-z0-9]+) *\( *$/;
/**
 * A campaign's claims about a condition, said of no one (thirty-seventh session, probes 855-862): how many it affects
 * ("Arthritis affects more than 50 million adults"), what raises or lowers its risk ("Sunburns in childhood raise the
 * risk of skin cancer", "lower their risk of diabetes and heart disease"), what it causes or leads to ("HPV causes
 * nearly all cervical cancers", "can lead to cirrhosis and liver cancer"); the term's sentence must already be a
 * campaign's (`general`).
 */
/** A short name in brackets after the term, before its claim ("Tuberculosis (TB) can be cured"). */
const BRACKETED_NAME = /^ *\([^)\n]{1,20}\)/;
/**
 * Risk factors a campaign lists ("Have family members with diabetes", "Anyone with a parent, brother or sister with
 * diabetes", "Had high blood sugar during a pregnancy"), and pregnant people as a group ("for babies and for pregnant
 * caregivers", "those who are pregnant"); thirty-seventh session, probes 874-878.
 */
const RISK_FACTOR = /\b(?:(?:family members?|relatives?|parents?|brothers?|sisters?|siblings?|mother|father) +(?:with|who have|who had)|family history of|during a) +(?:a +|an +)?$/;
/** A term in a condition for anyone, before its clause ends ("call us if you develop a bull's-eye rash", "If you have asthma:"), with no "your" but a child's. */
const IF_CLAUSE = /\bif (?:you|your (?:child|children|kid|kids|teen|baby))\b(?: or (?:someone|a loved one|your child|anyone)(?: you (?:love|know))?)?(?:(?!\byour\b)[^.!?\n,;:]){0,60}$/;
const GROUP_OF_PREGNANT = /\b(?:those|people|anyone|women|persons|individuals) +(?:who|that) +(?:are|is|may be|might be|are or may be) +$/;
const PEOPLE_AFTER = /^ +(?:women|people|persons|caregivers|moms|mothers|individuals)\b/;
const AFFECTS = /^ +(?:can (?:happen to|affect|strike) +(?:anyone|everyone|anybody|people)|(?:affects|strikes|kills|touches) +(?:more than |about |nearly |over |almost |up to |roughly |an estimated )?(?:\d|one\b|two\b|three\b|millions|thousands|many|most|half))/;
const RISK_OF = /\b(?:raises?|raising|lowers?|lowering|reduces?|reducing|increases?|increasing|cuts?|cutting|prevents?|preventing) +(?:the |their |our |a child's |the )?(?:risk|risks|chances?|odds) +(?:of|for)(?: +(?:a|an|getting|developing|having))? +(?:[a-z]+ +(?:(?:and|or) +)?){0,2}$/;
const CAUSES_OF = /\b(?:causes|cause|can cause|leads? to|can lead to)(?: nearly| almost| most| many| some)?(?: all)?(?: of)?(?: the)? +(?:[a-z]+ +(?:(?:and|or) +)?){0,2}$/;
/** "6 types of cancer", "signs of heat stroke", "be tested for hepatitis C": not any "of" or "for" ("plenty of ...", "parking for ..."). */
const KINDS_OF = /(?:(?:types|kinds|forms|signs|symptoms|cases) of(?: a| an)?(?: [a-z]+(?: [a-z]+)?(?:,| and| or))?|(?:tested|screened|screening|testing|checked|vaccinated) for)\s*$/;
/**
 * A list of conditions given as examples ("Ask relatives about conditions like heart disease, diabetes and cancer", "long-term
 * conditions like asthma, diabetes, or heart disease"; fortieth session, probes 1029 and 1032): anyone's, in a campaign's sentence.
 */
const CONDITIONS_LIKE = /\b(?:conditions|illnesses|diseases|health problems|problems) (?:like|such as|including)(?: [a-z]+(?: [a-z]+){0,2},)*(?: [a-z]+(?: [a-z]+){0,2},? (?:and|or))? $/;

/**
 * A term that is the subject of a campaign's claim ("Depression is common and treatable", "Heart disease is
 * the leading cause of death"): said of no one, so general content in any sentence of a campaign that
 * nothing ties to the patient, not only in one addressed to everyone by its own words (nineteenth session).
 */
function claimed(fs: number, fe: number): boolean {
  const f = foldedText(curP!);
  // (a Chinese campaign's sentences are addressed as a whole, its words run together: its topic or claim is enough)
  return claimAt(f, fs, fe) || (HAN_AT.test(f.charAt(fs)) && hanTopic(f, fs, fe));
}
/** The claim patterns above, at the term [fs, fe) of folded text f (also a term's topic: generalTopic). */
function claimAt(f: string, fs: number, fe: number): boolean {
  const before = f.slice(Math.max(0, fs - 48), fs);
  // (or a figure about a group, or the claim's second term: "About 1 in 10 Arizonans has diabetes, and many
  // more have prediabetes", "one of the most preventable cancers"; twentieth session)
  const after = f.slice(fe, fe + 48).replace(BRACKETED_NAME, '');
  return (
    ((LEADING_CAUSE.test(after) || AFFECTS.test(after) || CAUSES.test(after) || DEFINED_AS.test(after)) && CLAIM_SUBJECT.test(before)) ||
    RISK_OF.test(before) ||
    CAUSES_OF.test(before) ||
    KINDS_OF.test(before) ||
    CONDITIONS_LIKE.test(f.slice(Math.max(0, fs - 80), fs)) ||
    RISK_FACTOR.test(before) ||
    GROUP_OF_PREGNANT.test(before) ||
    IF_CLAUSE.test(f.slice(Math.max(0, fs - 80), fs)) ||
    PEOPLE_AFTER.test(after) ||
    HOW_MANY_HAVE.test(before) ||
    MOST_COMMON.test(before) ||
    (PEOPLE_WITH.test(before) && GROUP_CLAIM.test(f.slice(fe, fe + 80))) ||
    signsListed(f, fs)
  );
}
/**
 * A symptom in a campaign's list of a condition's signs ("Know the common signs of a head injury: headache, confusion,
 * sensitivity to light"; twenty-ninth session, probe 365): after "signs of ...:" or "symptoms ...:" on the same line.
 */
const SIGNS_LIST = /\b(?:signs|symptoms)\b[^:\n]{0,60}:[^.!?\n:]*$/;
function signsListed(f: string, fs: number): boolean {
  return SIGNS_LIST.test(f.slice(Math.max(0, fs - 160), fs));
}
/** A group a campaign names by a condition ("People with asthma, lung disease or heart disease ... are more sensitive to smoke"; twenty-fourth session, probe 122). */
/** ...among other groups, of which the same sentence then says something (not "People with HIV: your refill is ready", nor "People with diabetes should..." alone). */
const GROUP_CLAIM = /^[^.!?:;\n]*?\b(?:older adults|adults|children|kids|seniors|infants|babies|pregnant people|pregnant women|anyone over|people over)\b[^.!?:;\n]*? (?:are|should|can|may|need|have a higher|face|get sicker)\b/;
const PEOPLE_WITH = /\b(?:people|anyone|those|adults|children|kids|persons|seniors|residents) (?:with|who have|living with)(?: [a-z]+,?){0,5} (?:(?:or|and) )?$/;
/** A screening a campaign offers, right before a procedure's term ("get a screening colonoscopy"); not any term ("the screening HIV, questionnaire"). */
function screeningBefore(fs: number): boolean {
  return / screening *$/.test(foldedText(curP!).slice(Math.max(0, fs - 12), fs)) || screeningClause(foldedText(curP!), fs);
}
/**
 * The sentence before folded offset fs speaks of screening or of a screening's options ("Screening options include
 * at-home stool tests and colonoscopy", "several options, from an at-home stool test to a colonoscopy", "Screening can
 * be a simple at-home test or a colonoscopy"): a procedure named there in a campaign is its topic. Twenty-sixth
 * session (six colorectal campaigns of probes 115-207).
 */
const SCREEN_CLAUSE = /\b(?:options|choices|ways|methods)\b[^.!?\n]*\b(?:include|includes|including|from|are|range)\b|\bscreening (?:can|may|options?|choices|methods)\b/;
/** What makes a sentence someone's screening, not a campaign's: a result, a booking, a time ("Screening found a spot", "the colonoscopy is booked for Friday"). */
const SCREEN_PERSONAL = /\b(?:your|ur|his|her|their|found|showed|shows|came|positive|abnormal|booked|scheduled|set|due|need|needs|needed|last|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}\/\d|\d(?::\d\d)? ?(?:am|pm)\b/;
export function screeningClause(f: string, fs: number): boolean {
  const from = Math.max(f.lastIndexOf('.', fs - 1), f.lastIndexOf('!', fs - 1), f.lastIndexOf('?', fs - 1), f.lastIndexOf('\n', fs - 1), fs - 160);
  const ends = [f.indexOf('.', fs), f.indexOf('!', fs), f.indexOf('?', fs), f.indexOf('\n', fs)].filter((i) => i >= 0);
  const to = Math.min(fs + 160, ...ends, f.length);
  // (not someone's: "Based on your last screening, your colonoscopy is due" in a mailing to a community)
  return SCREEN_CLAUSE.test(f.slice(from + 1, fs)) && !SCREEN_PERSONAL.test(f.slice(from + 1, to));
}
/** The claim's subject may be a term's last word ("cancer" of "Colorectal cancer is common"). */
const CLAIM_SUBJECT = /(?:^|[.!?:\n] *(?:[-•*–] +)?|\bhow +)(?:free +)?\(?(?:[a-z0-9]+ ){0,2}$/; // (and "learn how cervical cancer can be prevented"; and a list's item: "- Hepatitis A, B and C are viruses that")
/** A campaign's figure about a group ("1 in 3 US adults has prediabetes", "37 million Americans live with diabetes", "1 in 8 adults in South Georgia has diabetes"). */
const HOW_MANY_HAVE = /(?:(?:\d|\bmillions?|\bthousands|\bmost|\bmany|\bhalf of(?: all)?|\bone in (?:two|three|four|five|six|seven|eight|nine|ten)) (?:us |u\.s\. |[a-z]+ )?(?:americans|adults|people|women|men|children|kids|teens|seniors|residents|[a-z]+(?:ans|ers))(?: (?:over|under|aged|age|ages) \d+(?:\+| and (?:older|over|up))?)?(?: in the us| in our (?:county|state|area|region|community)| in (?!your\b)[a-z.]+(?: [a-z.]+){0,2})?|\b(?:many|millions|thousands) more) (?:have|has|get|gets|develop|will develop|will have|live with|lives with|are living with|is living with|die of|die from|will be diagnosed with|are diagnosed with|will get)(?: (?:a|an|the|some form of|chronic|undiagnosed))?(?: (?:breast|colon|colorectal|lung|skin|prostate|cervical|ovarian))? *$/;
/** The same claim's second term ("...is the second most common cancer in men and women"). */
const MOST_COMMON = /\bthe (?:(?:second|third) )?(?:most common|most preventable|most treatable|leading|deadliest) *$/;
/** A campaign's claim about a condition ("Heart disease is the leading cause of death", "Colorectal cancer is the second most common...", "Mental health is part of everyone's health"). */
const LEADING_CAUSE = /^ +(?:[a-z0-9] +)?(?:is|are|remains|remain) (?:still |also )?(?:(?:one of )?(?:the )?(?:leading|most common|most preventable|most treatable|number one|#1|no\.? 1|second|third|top|second most|third most)|(?:a )?part of|health\b|(?:just )?as important|important|common|treatable|preventable|curable|(?:a medical |an )emergency|an? (?:[a-z]+ )?(?:infection|disease|illness|virus))\b|^ +can (?:often )?be (?:prevented|treated|cured|managed|found early)\b/;

/**
 * A sensitive or clinical term in general content must also be its topic:
 * a topic word right after it or a few words on in its clause ("free HIV testing", "World Mental Health Day"),
 * or an item of a line listing services ("Primary care | Behavioral health - Lab").
 */
const CRISIS_NUMBERS = new Set(['741741', '988 and press 1', '988 press 1']);
/**
 * The practice's own patients chosen by the condition ("Reminder for our diabetic patients - free foot checks Thurs"; "our patients
 * with diabetes"; thirty-ninth session, probe 990): the text goes to those who have it, so the term is theirs, not a campaign's.
 */
const CHOSEN_BEFORE = /\b(?:all )?our $/;
const CHOSEN_AFTER = /^ (?:patients|members|clients|families|moms|parents)\b/;
const OURS_WITH = /\bour (?:patients|members|clients|families) (?:with|who have|living with|on) $/;
/** ...or enrolled in its program ("As a member of our diabetes program, don't miss free foot check day"; probe 1011). */
const MEMBER_OF = /\b(?:member|members|participant|participants|enrolled|enrollee|enrollees) (?:of|in) (?:our|the|your) $/;
const PROGRAM_AFTER = /^ (?:program|programs|group|groups|class|classes|clinic|registry)\b/;
function chosenByCondition(f: string, fs: number, fe: number): boolean {
  const before = f.slice(Math.max(0, fs - 32), fs);
  const after = f.slice(fe, fe + 12);
  return (CHOSEN_AFTER.test(after) && CHOSEN_BEFORE.test(before)) || OURS_WITH.test(before) || (PROGRAM_AFTER.test(after) && MEMBER_OF.test(before));
}
export function generalTopic(p: Prepared, fs: number, fe: number, screened = false, ownTopic = true): boolean {
  const f = foldedText(p);
  if (chosenByCondition(f, fs, fe)) return false;
  // A crisis line's number is its own topic: a campaign gives it to anyone ("Anyone in crisis can text HOME to 741741",
  // "Veterans: call 988 and press 1").
  if (CRISIS_NUMBERS.has(f.slice(fs, fe))) return true;
  // A term that names its own topic ("STI testing", "STD screening" are terms as written): as "HIV" before "testing" (forty-sixth
  // session, probes 1324, 1349: "Free, confidential STI testing for all students every Wed 1-4 PM").
  // (not a drug test's term, `ownTopic` false: "unannounced test", "return-to-duty test" are a program's of the patient, never a
  // campaign's offer; forty-seventh session, the property test's "unannounced test, Please arrive ... the depression screening
  // questionnaire every patient completes once a year")
  if (ownTopic && OWN_TOPIC_END.test(f.slice(fs, fe))) return true;
  // The topic word right after, joined by spaces only ("HIV testing"); or a list item after a topic
  // word and a comma ("women's health, behavioral health"); or "about (a) mammogram".
  // Or a topic word a few words on, in the same clause ("HIV and hepatitis C testing", "Narcan (naloxone) nasal spray").
  const after = /^(?:[ ()&/+-]+[a-z0-9]+){1,4}/.exec(f.slice(fe, fe + 48));
  const afterWords = after === null ? [] : after[0].split(/[^a-z0-9]+/);
  if (afterWords.some((w) => SUPPLIED.has(w))) return false;
  if (afterWords.some((w, i) => TOPIC.has(w) && !(TIME_TOPIC.has(w) && i > 0 && (DURATION_BEFORE.has(afterWords[i - 1]!) || /^\d/.test(afterWords[i - 1]!))))) return true;
  const before = / ([a-z]+)( (?:a|an|the))?( *, *| +)$/.exec(' ' + f.slice(Math.max(0, fs - 32), fs));
  if (before !== null && ((TOPIC.has(before[1]!) && before[2] === undefined && before[3]!.includes(',')) || TOPIC_BEFORE.has(before[1]!) || (screened && before[1] === 'screening' && before[2] === undefined && !before[3]!.includes(',')))) return true;
  // the last item of a list of services after a topic word ("primary care, diabetes education and behavioral health";
  // thirty-second session, probe 554)
  const listed = LAST_ITEM_AFTER.exec(f.slice(Math.max(0, fs - 32), fs));
  if (listed !== null && TOPIC.has(listed[1]!)) return true;
  const topicBefore = f.slice(Math.max(0, fs - 48), fs);
  if (TOPIC_OF.test(topicBefore) || AWARENESS_OF.test(topicBefore) || TOPIC_OF_CYRILLIC.test(topicBefore) || TOPIC_OF_SOMALI.test(topicBefore) || (screened && screeningClause(f, fs))) return true;
  if (VACCINE_ITEM.test(f.slice(fe, fe + 64)) || claimAt(f, fs, fe) || (HAN_AT.test(f.charAt(fs)) && hanTopic(f, fs, fe))) return true;
  if ((OFFERED.test(f.slice(fe, fe + 64)) && SUBJECT_START.test(f.slice(Math.max(0, fs - 48), fs))) || GROUP_OFFERED.test(f.slice(Math.max(0, fs - 80), fs)) || KINDS_OF.test(f.slice(Math.max(0, fs - 24), fs)) || signsListed(f, fs) || HOW_MANY_HAVE.test(f.slice(Math.max(0, fs - 48), fs)) || (PEOPLE_WITH.test(f.slice(Math.max(0, fs - 48), fs)) && GROUP_CLAIM.test(f.slice(fe, fe + 80))) || MOST_COMMON.test(f.slice(Math.max(0, fs - 32), fs)) || LEADING_CAUSE.test(f.slice(fe, fe + 40))) return true;
  const lineStart = f.lastIndexOf('\n', fs) + 1;
  let lineEnd = f.indexOf('\n', fe);
  if (lineEnd < 0) lineEnd = f.length;
  const line = f.slice(lineStart, lineEnd);
  if ((line.match(/[|\u00b7\u2022]| [-\u2013\u2014] /g)?.length ?? 0) >= 2) return true;
  // Another name in brackets is read as the term before it ("Free Narcan (naloxone) at every front desk").
  const head = BRACKETED_AFTER.exec(f.slice(Math.max(0, fs - 40), fs));
  if (head === null) return false;
  const headEnd = fs - (head[0].length - head[1]!.length);
  return generalTopic(p, headEnd - head[1]!.length, headEnd);
}
