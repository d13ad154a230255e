// "Wednesday, February 19, 2025", "Tue, 07 Jan 2025": a date line that opens with the day of the week.
const OPENS_WITH_WEEKDAY = /^\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b\.?,?(?:\s|$)/i;

/**
 * Whether a date line names its weekday first, as a web page's running clock does. Outlets stamp a story with the
 * date alone; the weekday form above a headline is most often the day the page was loaded, not the story's day.
 */
export function namesWeekday(line: string): boolean {
  return OPENS_WITH_WEEKDAY.test(line);
}
