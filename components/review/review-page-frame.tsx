import type { ReactNode } from 'react';
import Link from 'next/link';
import { SiteHeader } from '@/components/dashboard/site-header';
import type { Actor } from '@/lib/auth/roles';
import '@/components/review/review.css';

type Props = { title: string; access: { actor: Actor; allowed: boolean }; needs: string; children: ReactNode };

/**
 * The frame of an editor's page beside the queue (/review/add, /review/paste): header, the way back, the title,
 * and either the page's content or why this account may not use it. `needs` names the work ("Adding incidents").
 */
export function ReviewPageFrame({ title, access, needs, children }: Props) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="admin-page">
        <p>
          <Link href="/review">← Review queue</Link>
        </p>
        <h1>{title}</h1>
        {access.allowed ? (
          children
        ) : (
          <p role="alert">
            {needs} needs the editor role; you are {access.actor.email} ({access.actor.role}).
          </p>
        )}
      </main>
    </>
  );
}
