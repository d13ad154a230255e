export { findDates, type ResolvedDate } from './find-dates';
export { parsePublicationDate } from './publication-date';
