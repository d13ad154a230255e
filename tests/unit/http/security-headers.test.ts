import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, buildStaticSecurityHeaders, FRAMEABLE_PATHS } from '@/lib/http/security-headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only with the nonce, never inline, and never eval in production', () => {
    const csp = buildContentSecurityPolicy({ nonce: 'abc123', pathname: '/' });
    const scripts = directive(csp, 'script-src')!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('lets the embed route be framed, and only it', () => {
    expect(FRAMEABLE_PATHS).toContain('/embed');
    expect(directive(buildContentSecurityPolicy({ nonce: 'n', pathname: '/embed' }), 'frame-ancestors')).toBe('frame-ancestors *');
    expect(directive(buildContentSecurityPolicy({ nonce: 'n', pathname: '/embedded-elsewhere' }), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(buildStaticSecurityHeaders('/embed/map')['X-Frame-Options']).toBeUndefined();
    expect(buildStaticSecurityHeaders('/incidents/1')['X-Frame-Options']).toBe('DENY');
  });

  it('adds the tile server to img-src only when TILE_URL is an http(s) URL', () => {
    const withTiles = buildContentSecurityPolicy({ nonce: 'n', pathname: '/', tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' });
    expect(directive(withTiles, 'img-src')).toContain('https://a.tile.example.org');
    const bad = buildContentSecurityPolicy({ nonce: 'n', pathname: '/', tileUrl: "javascript:alert(1)'" });
    expect(directive(bad, 'img-src')).toBe("img-src 'self' data: blob:");
  });

  it('sends nosniff, the referrer policy and a permissions policy', () => {
    expect(buildStaticSecurityHeaders('/')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });
});
