import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck } from '../../../src-main/ipc/trusted-sender';

const INDEX = '/opt/Lookalike Studio/resources/out/renderer/index.html';
const indexUrl = pathToFileURL(INDEX).href;

describe('createTrustedSenderCheck', () => {
  it('trusts the built renderer index.html, with or without a query or hash', () => {
    const trusted = createTrustedSenderCheck({ rendererIndexFile: INDEX });
    expect(trusted(indexUrl)).toBe(true);
    expect(trusted(`${indexUrl}?view=imports#batch-3`)).toBe(true);
  });

  it('refuses other local files, including ones next to the renderer', () => {
    const trusted = createTrustedSenderCheck({ rendererIndexFile: INDEX });
    expect(trusted(pathToFileURL('/opt/Lookalike Studio/resources/out/renderer/other.html').href)).toBe(false);
    expect(trusted(pathToFileURL('/home/me/Downloads/index.html').href)).toBe(false);
    expect(trusted('file://attacker-host/opt/Lookalike%20Studio/resources/out/renderer/index.html')).toBe(false);
  });

  it('refuses remote pages and unparsable URLs', () => {
    const trusted = createTrustedSenderCheck({ rendererIndexFile: INDEX });
    expect(trusted('https://example.com/index.html')).toBe(false);
    expect(trusted('about:blank')).toBe(false);
    expect(trusted('not a url')).toBe(false);
  });

  it('trusts the dev server origin only when one is configured', () => {
    const withDev = createTrustedSenderCheck({ rendererIndexFile: INDEX, devServerUrl: 'http://localhost:5173/' });
    const withoutDev = createTrustedSenderCheck({ rendererIndexFile: INDEX });
    expect(withDev('http://localhost:5173/index.html')).toBe(true);
    expect(withDev('http://localhost:5174/')).toBe(false);
    expect(withDev('http://127.0.0.1:5173/')).toBe(false);
    expect(withoutDev('http://localhost:5173/')).toBe(false);
  });
});
