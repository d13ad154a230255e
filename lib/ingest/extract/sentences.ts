import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from './types';

// Loaded once per process: the model takes ~80 ms to load and ~1 ms per article to run.
const nlp = winkNLP(model, ['sbd']);

// Photo captions name where a picture was taken, not where anything happened.
const CAPTION = /(?:\/\s*)?\b(?:Image|Photo|Photograph)\s*(?:[:=]|by\b)|^\(?(?:A |An )?(?:view|photo|picture|file photo) (?:of|from|shows|taken)\b/i;

function isCaption(paragraph: string): boolean {
  return paragraph.length < 300 && CAPTION.test(paragraph);
}

/** Paragraphs are separated by blank lines; bodies with none fall back to single line breaks. */
export function splitParagraphs(body: string): string[] {
  const byBlank = body.split(/\n[ \t]*\n+/);
  const parts = byBlank.length > 1 ? byBlank : body.split(/\n+/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0 && !isCaption(p));
}

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  splitParagraphs(body).forEach((paragraph, p) => {
    for (const text of nlp.readDoc(paragraph).sentences().out()) {
      const trimmed = text.trim();
      if (trimmed) out.push({ text: trimmed, index: out.length, paragraph: p });
    }
  });
  return out;
}
