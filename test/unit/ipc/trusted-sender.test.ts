import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck } from '../../../src-main/ipc/trusted-sender';
import { RENDERER_ENTRY_URL } from '../../../src-main/shell/app-protocol';

const INDEX = '/opt/Lookalike Studio/resources/out/renderer/index.html';

describe('createTrustedSenderCheck', () => {
  it('trusts the renderer entry page on app://, with or without a query or hash', () => {
    const trusted = createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL });
    expect(RENDERER_ENTRY_URL).toBe('app://renderer/index.html');
    expect(trusted(RENDERER_ENTRY_URL)).toBe(true);
    expect(trusted(`${RENDERER_ENTRY_URL}?view=imports#batch-3`)).toBe(true);
  });

  it('refuses other app:// pages and hosts, and every file:// page, the built index.html included', () => {
    const trusted = createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL });
    expect(trusted('app://renderer/other.html')).toBe(false);
    expect(trusted('app://renderer/assets/index.html')).toBe(false);
    expect(trusted('app://elsewhere/index.html')).toBe(false);
    expect(trusted('app://user@renderer/index.html')).toBe(false);
    expect(trusted(pathToFileURL(INDEX).href)).toBe(false);
    expect(trusted(pathToFileURL('/home/me/Downloads/index.html').href)).toBe(false);
    expect(trusted('file://attacker-host/opt/Lookalike%20Studio/resources/out/renderer/index.html')).toBe(false);
  });

  it('refuses remote pages and unparsable URLs', () => {
    const trusted = createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL });
    expect(trusted('https://example.com/index.html')).toBe(false);
    expect(trusted('about:blank')).toBe(false);
    expect(trusted('not a url')).toBe(false);
  });

  it('trusts the dev server origin only when one is configured', () => {
    const withDev = createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL, devServerUrl: 'http://localhost:5173/' });
    const withoutDev = createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL });
    expect(withDev('http://localhost:5173/index.html')).toBe(true);
    expect(withDev('http://localhost:5174/')).toBe(false);
    expect(withDev('http://127.0.0.1:5173/')).toBe(false);
    expect(withoutDev('http://localhost:5173/')).toBe(false);
  });
});
