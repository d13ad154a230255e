/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * and tab / carriage return, which some spreadsheets strip before looking at the next character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert in a spreadsheet by prefixing a single quote, which spreadsheets show as text and
 * do not evaluate. Only text goes through here: numbers we write ourselves (coordinates, confidence) stay
 * numbers, so a longitude of -12.5 remains a number a spreadsheet can sort.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
