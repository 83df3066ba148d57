// The policy playground in a real browser (Debian's Chromium, driven by playwright-core): the page
// is built, served by the app on a real port with the default bundle, and used as a compliance
// officer would: key, message, decision, a mistake in the policy, its fix, the matrix, a change.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../web/build.ts';
import { HIV_REMINDER_TEXT, KEY, playgroundApp, type Playground } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = 'docs/playground.png';

let service: Playground;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}; the playground's browser test needs it. Install it with: apt-get install -y chromium (.ci/run does this in CI)`);
  }
  await buildWeb();
  service = await playgroundApp();
  base = await service.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
}, 30_000);

/** Script errors and console errors (a refused script or style, a failed load) in each open page, checked when the test closes it. */
const pageErrors = new WeakMap<Page, string[]>();

async function openPage(width = 1600, height = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(base);
  return page;
}

async function closePage(page: Page, expected: string[] = []): Promise<void> {
  await page.close();
  expect(pageErrors.get(page), 'errors in the page').toEqual(expected);
}

async function enterKey(page: Page, key: string): Promise<void> {
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Use this key' }).click();
}

const badge = (page: Page) => page.locator('#decision-badge');

/** Add text at the end of a policy file in the editor, as a paste would (no bracket closing). */
async function addAtEnd(page: Page, file: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: file }).click();
  await page.getByRole('textbox', { name: `Policy file ${file}` }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

describe('the page', () => {
  it('is served without a key, with a strict content policy, and no other file on disk is reachable', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Policy playground');
    const script = await fetch(`${base}/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('phigate.apiKey');
    for (const path of ['/index.html', '/web/dist/app.js', '/%2e%2e/package.json', '/dist/style.css']) {
      const res = await fetch(`${base}${path}`);
      expect([res.status, (await res.json()).code], path).toEqual([404, 'NOT_FOUND']);
    }
  });

  it('asks for the API key again when the service refuses it, and keeps no refused key', async () => {
    const page = await openPage();
    await enterKey(page, 'not-a-key');
    await expect.poll(() => page.locator('#key-message').textContent()).toContain('That key was not accepted');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await closePage(page, ['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
  });

  it('fits a narrow window without sideways scrolling', async () => {
    const page = await openPage(400, 800);
    await enterKey(page, KEY);
    await badge(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await closePage(page);
  });
});

describe('a compliance officer trying the policy', () => {
  it('sees an HIV clinic reminder by SMS downgraded, a policy mistake inline, its fix, and the matrix', async () => {
    const page = await openPage();
    await enterKey(page, KEY);
    // A time in the day on the patient's clock (the policy's quiet hours are 21:00 to 08:00 in New York).
    await page.getByLabel('Time of sending').fill('2026-11-24T17:00');
    await expect.poll(() => badge(page).textContent()).toContain('allow');

    // The message: the classifier's finding is marked and labelled, and the safer text is given.
    await page.getByLabel('Message text').fill(HIV_REMINDER_TEXT);
    await expect.poll(() => badge(page).textContent()).toContain('downgrade');
    const mark = page.locator('.marked mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('HIV clinicHIV · SSP · diagnosis · unvetted');
    expect(await page.locator('.actions blockquote').textContent()).toBe('Reminder: your appointment is Thu 3/5 at 10:15 AM.');
    expect(await page.locator('.counterfactuals').textContent()).toContain('allowed on the portal');
    await page.screenshot({ path: SCREENSHOT });

    // Only the key is kept, and only for the tab: never the message.
    expect(await page.evaluate(() => [Object.keys(sessionStorage), localStorage.length])).toEqual([['phigate.apiKey'], 0]);

    // A rule name in the reasons reveals the rule in the editor.
    await page.locator('.reasons').getByRole('button', { name: 'heightened-on-unsecured' }).click();
    expect(await page.getByRole('tab', { name: '30-content.policy' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => getSelection()?.toString())).toMatch(/^rule heightened-on-unsecured \{/);

    // A mistake: squiggled where it is, with the message and the hint, and the decision waits for the fix.
    await addAtEnd(page, '40-allow.policy', '\nwhen oops');
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page.locator('.cm-lintRange-error').first().hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Expected a declaration such as `rule`, `tier` or `test`, found `when`');
    expect(await tooltip.textContent()).toContain('Hint: `when` goes inside a rule');
    expect(await page.locator('#problems h3').textContent()).toBe('1 error');
    await page.locator('#problems').getByRole('button', { name: /^40-allow\.policy: Line \d+, column 1$/ }).click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('when');
    expect(await page.locator('#decision-panel').textContent()).toContain('The draft policy has errors');

    // The fix.
    await page.getByRole('textbox', { name: 'Policy file 40-allow.policy' }).click();
    await page.keyboard.press('Control+End');
    for (let i = 0; i < '\nwhen oops'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('#problems').textContent()).toBe('No problems');
    await expect.poll(() => badge(page).textContent()).toContain('downgrade');
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);

    // The matrix, reached from the keyboard: clinical content by SMS is downgraded for a consented patient.
    await page.getByRole('tab', { name: 'Decision' }).focus();
    await page.keyboard.press('ArrowRight');
    const matrixTab = page.getByRole('tab', { name: 'Matrix and changes' });
    expect(await matrixTab.getAttribute('aria-selected')).toBe('true');
    expect(await matrixTab.evaluate((el) => el === document.activeElement)).toBe(true);
    const labResult = page.locator('.matrix tr', { has: page.getByRole('rowheader', { name: 'Lab result' }) });
    await labResult.waitFor();
    expect(await labResult.locator('td').allTextContents()).toEqual(['↓downgrade', '↓downgrade', '✓allow', '✓allow', '✓allow', '✕deny', '✕deny', '✕deny']);
    expect(await page.locator('#diff-summary').textContent()).toBe('The draft decides every situation the same way as the running bundle.');

    // A change: the matrix tab says which decisions it would change.
    await addAtEnd(page, '40-allow.policy', '\nrule no-email {\nwhen channel == email\ndeny\nbecause "No email at all"\n}\n');
    await expect.poll(() => page.locator('#diff-summary').textContent(), { timeout: 20_000 }).toMatch(/^These \d+ decisions would change \(0 toward allow, \d+ stricter\)/);
    expect(await page.locator('.diff-examples li').first().textContent()).toContain('allow → deny');
    await closePage(page);
  }, 60_000);
});
