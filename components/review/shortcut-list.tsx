const SHORTCUTS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'approve'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['x', 'select for bulk'],
  ['Esc', 'close the editor'],
];

/** The keyboard shortcuts, always visible beside the queue. */
export function ShortcutList() {
  return (
    <section className="shortcut-list" aria-label="Keyboard shortcuts">
      <h2>Keys</h2>
      <dl>
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
