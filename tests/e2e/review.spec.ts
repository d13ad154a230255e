import { countIncidentsOnMap, expect, readCount, test, waitForMarkers } from './fixtures';
import { addAccounts, signedInContext } from './auth-helpers';
import { findIncidents, focusQueueItem, ingest } from './review-helpers';

test.describe.configure({ timeout: 300_000 });

test('an editor approves, rejects, edits a place with the picker and merges; the dashboard and the history follow', async ({ browser, baseURL, request }) => {
  // Two outlets report the same arrest; each article also reports something else.
  ingest('tests/fixtures/review/wiyon-a.txt', 'tests/fixtures/review/wiyon-b.txt');
  const all = await findIncidents(request, 'q=wiyon');
  const byType = (type: string) => all.filter((f) => f.properties.type === type).sort((a, b) => a.id - b.id);
  const [arrestA, arrestB] = byType('arrest');
  const [lecture] = byType('indoctrination');
  const [search] = byType('crackdown');
  expect([arrestA, arrestB, lecture, search].every(Boolean), 'the extractor found the four incidents').toBe(true);

  const [editor] = addAccounts(['editor']);
  const context = await signedInContext(browser, baseURL!, editor);
  const page = await context.newPage();
  await page.goto('/?q=wiyon');
  expect(await readCount(page)).toBe(4);

  await page.goto('/review?q=wiyon');
  await expect(page.getByRole('region', { name: 'Keyboard shortcuts' })).toContainText('approve');
  await expect(page.getByTestId('queue-left')).toHaveText('4');
  const reviewedBefore = Number(await page.getByTestId('reviewed-today').textContent());

  // Edit the lecture's place: search in Hangul, pick Hoeryong.
  await focusQueueItem(page, lecture.id);
  await expect(page.getByTestId('evidence-highlight')).toContainText('lecture');
  await page.keyboard.press('e');
  await page.getByLabel('Search places').fill('회령');
  await page.getByRole('button', { name: /^Hoeryong · / }).click();
  await expect(page.getByTestId('picked-place')).toContainText('Hoeryong');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('queue-message')).toContainText(`#${lecture.id} saved`);
  await expect(page.getByTestId('queue-place')).toContainText('Hoeryong');

  // Approve it and reject the house search, from the keyboard.
  await page.keyboard.press('a');
  await expect(page.getByTestId('queue-message')).toContainText(`#${lecture.id} approved`);
  await focusQueueItem(page, search.id);
  await page.keyboard.press('r');
  await expect(page.getByTestId('queue-message')).toContainText(`#${search.id} rejected`);

  // Merge the second outlet's arrest into the first.
  await focusQueueItem(page, arrestA.id);
  await page.getByTestId('duplicates').getByRole('button', { name: `Merge #${arrestB.id} into this one` }).click();
  await expect(page.getByTestId('queue-message')).toContainText(`#${arrestB.id} merged into #${arrestA.id}`);
  await expect(page.getByTestId('queue-left')).toHaveText('1');
  await expect(page.getByTestId('reviewed-today')).toHaveText(String(reviewedBefore + 1));

  // The dashboard: one lecture (reviewed) and one arrest with two sources; the house search is gone.
  await page.goto('/?q=wiyon');
  expect(await readCount(page)).toBe(2);
  await waitForMarkers(page);
  expect(await countIncidentsOnMap(page)).toBe(2);
  await page.goto('/?q=wiyon&status=reviewed');
  expect(await readCount(page)).toBe(1);
  // The rejected house search is kept and comes back when the Status control asks for it.
  await page.getByLabel('Status').selectOption('rejected');
  await expect(page).toHaveURL(/status=rejected/);
  await expect(page.getByTestId('incident-count')).toHaveText('1');
  const rejected = await findIncidents(request, 'q=wiyon&status=rejected');
  expect(rejected.map((f) => f.id)).toEqual([search.id]);
  expect((await findIncidents(request, 'q=wiyon&status=all')).length).toBe(3);
  const after = await findIncidents(request, 'q=wiyon');
  expect(after.map((f) => f.id).sort()).toEqual([arrestA.id, lecture.id].sort());
  const movedLecture = after.find((f) => f.id === lecture.id)!;
  expect(movedLecture.geometry!.coordinates[1]).toBeGreaterThan(42.3); // Hoeryong, well north of Hyesan
  expect(after.find((f) => f.id === arrestA.id)!.properties.sources).toHaveLength(2);

  // The history shows each step, with who did it.
  await page.goto(`/incidents/${lecture.id}`);
  const history = page.getByTestId('incident-history');
  await expect(history.getByTestId('review-state')).toContainText(`Reviewed by ${editor.email}`);
  await expect(history.getByTestId('history-entry').filter({ hasText: 'approved' })).toContainText('auto');
  await expect(history.getByTestId('history-entry').filter({ hasText: 'placeName' })).toContainText('Hoeryong');
  await page.goto(`/incidents/${search.id}`);
  await expect(page.getByTestId('history-entry').filter({ hasText: 'rejected' })).toContainText(editor.email);
  await page.goto(`/incidents/${arrestA.id}`);
  await expect(page.getByTestId('history-entry').filter({ hasText: 'mergedFrom' })).toContainText(`#${arrestB.id}`);

  // Undo the merge: the second report is its own incident again.
  await page.getByRole('button', { name: /Undo merge/ }).click();
  await expect(page.getByTestId('history-entry').filter({ hasText: 'merge undone' }).first()).toBeVisible();
  await page.goto('/?q=wiyon');
  expect(await readCount(page)).toBe(3);
  await context.close();
});
