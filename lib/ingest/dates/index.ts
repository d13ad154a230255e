export { readDateline, readDatelineInCopyrightYear, readDatelineInItsWeek, type Dateline } from './dateline';
export { findDates, type ResolvedDate } from './find-dates';
export { findLabelledPublication } from './labelled-publication';
export { parsePublicationDate } from './publication-date';
export { namesWeekday } from './page-clock';
