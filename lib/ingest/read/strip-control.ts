/**
 * Terminal escape sequences (CSI `ESC [ … letter`, OSC `ESC ] … BEL|ESC \`, and two-character `ESC x`) and
 * control characters. Text from an article or a file name must never move a cursor, recolour a terminal or
 * hide what follows it when printed, nor carry invisible bidirectional overrides into a page.
 */
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]?/g;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OR_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control characters; keeps tab, newline and form feed (paragraph structure). */
export function stripControlCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** A one-line version for titles and names: control characters go and every whitespace run becomes one space. */
export function stripToOneLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}

/**
 * A file name made safe to print: every control character (newline and ESC included) is written as a visible
 * `\uXXXX` escape, so a hostile name shows as what it is instead of acting on the terminal.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL_OR_ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
