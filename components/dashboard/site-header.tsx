import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div>
        <Link href="/" className="brand">
          Incident Atlas
        </Link>
        <p className="tagline">Reported arrests, trials, escapes and crackdowns in and around North Korea</p>
      </div>
    </header>
  );
}
