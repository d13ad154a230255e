import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a person reads comes from messages/*.json. This scans the JSX of app/ and components/ for text
 * written into the markup (text between tags, and the attributes people read: aria-label, title, placeholder,
 * alt) that contains an English word, so that a label added in English only fails here, in CI, before a
 * Korean reader meets it. Brand and format names are allowed.
 */
const ROOTS = ['app', 'components'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'label']);
const ALLOWED = new Set(['Incident Atlas', 'CSV', 'GeoJSON', 'English', '한국어', 'URL', 'YYYY-MM']);
const ENGLISH_WORD = /[A-Za-z]{2,}/;

function listTsx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTsx(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

function isAllowed(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return !ENGLISH_WORD.test(t) || ALLOWED.has(t);
}

/** Text a reader sees that was written in the file rather than looked up: "file:line: text". */
export function findHardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isAllowed(text)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  };
  // The values an expression can show: literals, both branches of `?:`, the sides of `||`/`??`, the right of `&&`.
  const reportShown = (e: ts.Expression): void => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text);
    else if (ts.isTemplateExpression(e)) report(e, [e.head.text, ...e.templateSpans.map((span) => span.literal.text)].join(' '));
    else if (ts.isParenthesizedExpression(e)) reportShown(e.expression);
    else if (ts.isConditionalExpression(e)) [e.whenTrue, e.whenFalse].forEach(reportShown);
    else if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) [e.left, e.right].forEach(reportShown);
      else if (op === ts.SyntaxKind.AmpersandAmpersandToken) reportShown(e.right);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) reportShown(init.expression);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      reportShown(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded English in the interface', () => {
  it('finds English written into JSX (the scanner itself)', () => {
    const sample = `export const A = () => <p title="Open the map">Hello there <b>{'Close'}</b> <i aria-label={t('x')}>→</i> Incident Atlas {busy ? 'Saving…' : t('save')} {x === 'admin' && \`\${n} left\`}</p>;`;
    expect(findHardCodedText('sample.tsx', sample)).toEqual([
      'sample.tsx:1: Open the map',
      'sample.tsx:1: Hello there',
      'sample.tsx:1: Close',
      'sample.tsx:1: Saving…',
      'sample.tsx:1: left',
    ]);
    expect(findHardCodedText('ok.tsx', `export const B = () => <p title={t('a')}>{t('b')} · 12 <span>Incident Atlas</span></p>;`)).toEqual([]);
  });

  it('app/ and components/ have none: every label comes from messages/en.json and messages/ko.json', () => {
    const found = ROOTS.flatMap(listTsx).flatMap((file) => findHardCodedText(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
