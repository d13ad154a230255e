import Link from 'next/link';
import { SiteHeader } from '@/components/dashboard/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="permalink">
        <div className="panel">
          <h1>Not found</h1>
          <p>There is no such incident or page.</p>
          <p>
            <Link href="/">Back to the map</Link>
          </p>
        </div>
      </main>
    </>
  );
}
