import { findDates } from './find-dates';

/** Words a publication line may carry besides the date itself ("Published: … at 01:00PM", "Updated …"). */
const FILLER = /\b(?:published|posted|updated|modified|date|on|at|am|pm|kst|utc|gmt)\b|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|[:|,·•\-–—()]/gi;

const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|\b(?:kst|utc|gmt)\b/gi;

/**
 * A standalone date line ("March 05, 2024 at 01:00PM", "05/27/2024 10:57", "Published: 2024-03-05")
 * → YYYY-MM-DD, or null when the line holds no full date or is mostly something else (a sentence).
 * Bylines ("By Jane Doe - 2024.03.05") are accepted when the name part is short.
 */
export function parsePublicationDate(text: string): string | null {
  const line = text.trim();
  if (!line || line.length > 180 || !/\d/.test(line)) return null;
  const day = findDates(line, null).find((d) => d.precision === 'day' && d.date);
  if (!day?.date) return null;
  const rest = (line.slice(0, day.index) + ' ' + line.slice(day.index + day.text.length)).replace(FILLER, ' ');
  if (isNameFields(`${line.slice(0, day.index)}  ${line.slice(day.index + day.text.length)}`)) return day.date;
  const byline = /^\s*by\s+/i.test(rest);
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length <= (byline ? 6 : 2)) return day.date;
  return isCreditLine(line, day.index, day.index + day.text.length) ? day.date : null;
}

// The words of a credit beside a date that are not names: "Reported by … for RFA's Korean Service", "Asia Press
// North Korea reporting team", "Translated by …", "(c) The Chosun Ilbo", "English Edition | Updated: …".
const CREDIT_WORD = /^(?:by|for|and|of|the|reported|reporting|reporter|translated|written|edited|analysis|team|partner|service|edition|updated|published|posted|c|©)$/i;
const NAME_WORD = /^[A-Z\d][\w'’.-]*$/;
// Something must set the date apart as a credit's: a field mark, a dash, a comma at the date, brackets, a copyright
// sign or a credit verb. A headline in title case ("Kim Visits Hyesan Farm on March 5, 2019") has none of them.
const CREDIT_MARK = /[|/[\]©]|\s[-–—]{1,2}\s|\(c\)|\b(?:by|reported|reporting|team)\b/i;

/**
 * "2019.01.29 KANG Ji-won", "ASIAPRESS / 2017.12.20 / Reported by KANG Ji-won", "The Korea Times, November 19, 2022",
 * "2016-08-19 — Reported by Jieun Kim for RFA's Korean Service. Translated by Leejin Jun.": a date with only names
 * and credit words around it, set apart by a mark, is the line that dates the story.
 */
function isCreditLine(line: string, start: number, end: number): boolean {
  const around = `${line.slice(0, start)} ${line.slice(end)}`.replace(/\bwritten in English\b/gi, ' ').replace(CLOCK, ' ');
  const words = around.replace(/[|/[\]()©,:;.!?\-–—]+(?=\s|$)|(?<=^|\s)[|/[\]()©,:;\-–—]+/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 20) return false;
  const comma = /,\s*$/.test(line.slice(0, start)) || /^\s*,/.test(line.slice(end));
  // "2019.01.29 KANG Ji-won": a date stamp that opens the line, then a name.
  const stamp = !line.slice(0, start).trim() && words.length <= 4;
  return (comma || stamp || CREDIT_MARK.test(around)) && words.every((w) => CREDIT_WORD.test(w) || NAME_WORD.test(w));
}

// A headline's date hangs on a word like these ("Kim Visits Hyesan on March 5, 2019"); a name or a section has none.
const LINKING_WORD = /^(?:on|in|at|to|of|for|from|with|after|before|since|until|during|over|and)$/i;

// What separates the fields of a date line: a pipe, or a gap of two spaces or more.
const FIELD_GAP = /\s*\|\s*|\s{2,}/;

// "By", "Reporter:", "Written by", "Correspondent:" before a name in a byline field.
const BYLINE_LABEL = /^(?:(?:written |reported )?by|reporter|writer|author|correspondent|editor)\s*:?\s+/i;

/**
 * "Lee Sang Yong | 2014-04-08 11:02", "Daily NK | By Kang Mi-jin | September 24, 2024", "NK Times | 2022.11.24 |
 * Human rights", "NK Times  2019.03.21  Society": the fields a pipe or a wide gap separates beside the date are names
 * or a section (a few words, the first capitalised, maybe after "By"); words in brackets ("(reporting partner in
 * Chagang Province)") are a note on them. The date itself separates the fields on either side of it.
 */
function isNameFields(rest: string): boolean {
  if (!FIELD_GAP.test(rest)) return false;
  const fields = rest
    .split(FIELD_GAP)
    .map((f) => f.replace(CLOCK, ' ').replace(/\([^()]*\)/g, ' ').trim())
    .filter(Boolean);
  return fields.every((f) => {
    const words = f.replace(BYLINE_LABEL, '').split(/\s+/);
    return words.length <= 4 && /^[A-Z]/.test(words[0]) && words.every((w) => /^[A-Za-z][\w'’.&-]*$/.test(w) && !LINKING_WORD.test(w));
  });
}
