import { useTranslations } from 'next-intl';

/** Each key and its message in messages/*.json (Review.key…). */
const SHORTCUTS = [
  ['j', 'keyNext'],
  ['k', 'keyPrevious'],
  ['a', 'keyApprove'],
  ['r', 'keyReject'],
  ['e', 'keyEdit'],
  ['x', 'keySelect'],
  ['Esc', 'keyClose'],
] as const;

/** The keyboard shortcuts, always visible beside the queue. */
export function ShortcutList() {
  const t = useTranslations('Review');
  return (
    <section className="shortcut-list" aria-label={t('shortcuts')}>
      <h2>{t('keys')}</h2>
      <dl>
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
