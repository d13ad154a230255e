/** The dashboard's document title, and the title it takes while an incident is open (the link previews' too). */
export const DASHBOARD_TITLE = 'Incident Atlas: North Korea incident map';

export function incidentTitle(summary: string): string {
  return summary.slice(0, 80);
}
