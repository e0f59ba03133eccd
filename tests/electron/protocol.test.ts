import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppProtocolHandler,
  registerAppProtocol,
  resolveAppPath,
} = await import('../../electron/app/protocol');

// A renderer build as Vite lays it out, inside a parent folder that holds a file it must not serve.
let outer: string;
let root: string;

beforeAll(() => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-protocol-'));
  root = path.join(outer, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><script src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("desk")');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'ledger password');
});

afterAll(() => {
  fs.rmSync(outer, { recursive: true, force: true });
});

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function request(url: string, method = 'GET') {
  return createAppProtocolHandler(root)({ url, method } as Request);
}

describe('app:// path mapping', () => {
  it('maps the root and index.html to the renderer entry page', () => {
    expect(resolveAppPath(root, 'app://sitedesk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://sitedesk')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://sitedesk/index.html')).toBe(path.join(root, 'index.html'));
  });

  it('maps assets inside the root, ignoring query and fragment', () => {
    expect(resolveAppPath(root, 'app://sitedesk/assets/app.js?v=1#x')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  it.each([
    'app://sitedesk/../../etc/passwd',
    'app://sitedesk/assets/../../secret.txt',
    'app://sitedesk/%2e%2e/%2e%2e/etc/passwd',
    'app://sitedesk/%2E%2E/secret.txt',
    'app://sitedesk/.%2e/secret.txt',
    'app://sitedesk/..%2f..%2fetc%2fpasswd',
    'app://sitedesk/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://sitedesk/..%5c..%5csecret.txt',
    'app://sitedesk/assets%2f..%2f..%2fsecret.txt',
    'app://sitedesk/index.html%00.png',
    'app://sitedesk/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(['app://evil/index.html', 'app://sitedesk.evil/index.html', 'https://sitedesk/index.html'])(
    'refuses another origin: %s',
    (url) => {
      expect(resolveAppPath(root, url)).toBeNull();
    },
  );

  it('never resolves any URL to a path outside the renderer folder', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '..%5c', '%2f', '%5c', 'assets', 'a'];
    for (const a of attempts) {
      for (const b of attempts) {
        const resolved = resolveAppPath(root, `app://sitedesk/${a}/${b}/secret.txt`);
        if (resolved !== null) expect(isInside(root, resolved)).toBe(true);
      }
    }
  });

  it('gives each renderer file type its content type', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('app:// responses', () => {
  it('registers its handler on the app scheme', () => {
    registerAppProtocol(electron.protocol, root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves index.html with its content type and the strict CSP', async () => {
    const response = await request('app://sitedesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<!doctype html>');
  });

  it('serves scripts as JavaScript so the CSP script-src self accepts them', async () => {
    const response = await request('app://sitedesk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://sitedesk/../secret.txt',
    'app://sitedesk/..%2fsecret.txt',
    'app://sitedesk/missing.js',
    'app://sitedesk/assets',
    'app://evil/index.html',
  ])('answers 404 for %s, still with the CSP', async (url) => {
    const response = await request(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('ledger password');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await request('app://sitedesk/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await request('app://sitedesk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows scripts only from the app itself: no inline, no eval, no remote', () => {
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('allows inline styles only, for antd CSS-in-JS', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect([...directives].filter(([, value]) => value.includes('unsafe-inline'))).toHaveLength(1);
  });

  it('closes plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
  });
});
