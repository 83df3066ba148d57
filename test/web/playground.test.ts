// The policy playground in a real browser (Debian's Chromium, driven by playwright-core): the page
// is built, served by the app on a real port with the default bundle, and used as a compliance
// officer would: key, message, decision, a mistake in the policy, its fix, the matrix, a change.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, securityLabelsOf } from '../../engine/index.ts';
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

/** An element's box, asserted to be laid out. */
async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  expect(b, 'the element is laid out').not.toBeNull();
  return b!;
}

/** The page as the key leaves it: the first decision shown. */
async function openWithKey(width?: number, height?: number): Promise<Page> {
  const page = await openPage(width, height);
  await enterKey(page, KEY);
  await badge(page).waitFor();
  return page;
}

describe('the page on a phone and on a laptop (issue 16, item 5)', () => {
  it('at 390 px scrolls the matrix in its own region: the page never sideways, its title whole, its last column reachable', async () => {
    const page = await openWithKey(390, 844);
    await page.getByRole('tab', { name: 'Matrix and changes' }).click();
    const table = page.locator('table.matrix');
    await table.waitFor({ timeout: 20_000 });
    const pageWidth = (): Promise<[number, number]> => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    const [scrollWidth, innerWidth] = await pageWidth();
    expect(scrollWidth, 'the page is no wider than the window').toBeLessThanOrEqual(innerWidth);

    // The title is outside the scrolling region, wraps, and names the table.
    const caption = page.locator('.matrix-caption');
    const title = (await caption.textContent())!;
    expect(title).toMatch(/^Active consent on every channel/);
    expect(await page.getByRole('table', { name: title }).count()).toBe(1);
    expect(await caption.evaluate((el) => el.closest('.grid-scroll'))).toBeNull();
    const c = await box(caption);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(innerWidth);

    // The table is wider than the window, and its region scrolls to the last column.
    const region = page.getByRole('region', { name: 'Decision matrix, scrollable' });
    const [overflowX, regionScroll, regionClient] = await region.evaluate((el) => [getComputedStyle(el).overflowX, el.scrollWidth, el.clientWidth] as const);
    expect(regionScroll, 'the table overflows its region at this width').toBeGreaterThan(regionClient);
    expect(['auto', 'scroll']).toContain(overflowX);
    const last = table.locator('thead th').last();
    expect(await last.textContent()).toBe('iMessage');
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const r = await box(region);
    const l = await box(last);
    expect(l.x).toBeGreaterThanOrEqual(r.x);
    expect(l.x + l.width).toBeLessThanOrEqual(r.x + r.width + 1);
    expect((await pageWidth())[0], 'scrolling the table does not widen the page').toBeLessThanOrEqual(innerWidth);
    await closePage(page);
  }, 40_000);

  it('at 1280 × 900 shows the editor, the message text and the decision in the first screen', async () => {
    const page = await openWithKey(1280, 900);
    const inFirstScreen = async (locator: Locator, what: string): Promise<void> => {
      const b = await box(locator);
      expect([b.x >= 0, b.y >= 0, b.x + b.width <= 1280, b.y + b.height <= 900], `${what} is wholly in the first screen`).toEqual([true, true, true, true]);
    };
    await inFirstScreen(page.locator('.editors .cm-editor:visible'), 'the editor');
    await inFirstScreen(page.locator('#problems'), "the editor's problems");
    await inFirstScreen(page.getByRole('group', { name: 'The message' }), 'the message part of the request form');
    await inFirstScreen(page.getByLabel('Message text'), 'the message text');
    await inFirstScreen(page.locator('#result-title'), 'the result heading');
    await inFirstScreen(badge(page), 'the decision');
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollWidth])).toEqual([0, 1280]);
    // The form's narrower column still holds the whole consent grid: no column behind a sideways scroll.
    const consents = page.getByRole('region', { name: 'Consents, scrollable' });
    expect(await consents.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await closePage(page);
  });
});

describe('words the officer can look up and follow (issue 16, item 5)', () => {
  it("names SSP, ETH and PSY on hover in the engine's own words, and lists the labels found", async () => {
    const page = await openWithKey();
    await page.getByLabel('Message text').fill('Your methadone clinic and psychiatry appointments are on Thu 3/5.');
    await expect.poll(() => badge(page).textContent()).toContain('downgrade');
    const plain = { SSP: 'sensitive service provider', ETH: 'substance abuse', PSY: 'psychiatry disorder' };
    for (const [label, words] of Object.entries(plain)) {
      const abbr = page.locator('.finding-labels abbr').filter({ hasText: new RegExp(`^${label}$`) }).first();
      await abbr.hover();
      expect(await abbr.evaluate((el) => el.matches(':hover')), `${label} is under the pointer`).toBe(true);
      const title = await abbr.getAttribute('title');
      expect(title).toContain(words);
      // The engine's HL7 display of the label (FHIR security labels carry the same), not a second list.
      const display = securityLabelsOf([{ label }]).sensitivity[0]!.display;
      expect(title).toContain(display.replace(/ information sensitivity$/, ''));
    }
    // The same meanings without a pointer: the glossary under the marked text.
    await page.getByText('What the labels mean').click();
    const glossary = page.locator('.glossary dl');
    expect(await glossary.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['SSP', 'ETH', 'PSY', 'medication', 'unvetted']));
    const meaningOf = (label: string) => glossary.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
    expect(await meaningOf('SSP')).toBe(await page.locator('.finding-labels abbr', { hasText: /^SSP$/ }).first().getAttribute('title'));
    await closePage(page);
  });

  it('lists one way to remove the words of "HIV clinic", not one per label found in it', async () => {
    const page = await openWithKey();
    await page.getByLabel('Message text').fill(HIV_REMINDER_TEXT);
    await expect.poll(() => badge(page).textContent()).toContain('downgrade');
    // The engine finds "HIV clinic" (HIV, SSP) and "HIV" inside it (diagnosis): removing either is allowed; the smaller is kept.
    expect(await page.locator('.counterfactuals li').allTextContents()).toEqual(['allowed on the portal', "allowed if the word 'HIV' was removed"]);
    await closePage(page);
  });

  it('has a skip link after the message text that takes the focus to the result', async () => {
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await openWithKey(width, height);
      const skip = page.getByRole('link', { name: 'Skip to result' });
      expect((await box(skip)).x, 'out of sight until focused').toBeLessThan(0);
      await page.getByLabel('Message text').focus();
      await page.keyboard.press('Tab');
      expect(await skip.evaluate((el) => el === document.activeElement), 'the next stop after the text').toBe(true);
      const b = await box(skip);
      expect([b.x >= 0, b.x + b.width <= width], 'seen when focused').toEqual([true, true]);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-area');
      const result = await box(page.locator('#result-title'));
      expect([result.y >= 0, result.y + result.height <= height], `the result heading is in view at ${width} px`).toEqual([true, true]);
      await closePage(page);
    }
  });

  it('names consent scopes with the same words in the consent grid and in the trace', async () => {
    const page = await openWithKey();
    const headers = await page.locator('.consents thead th.scope-col').allTextContents();
    expect(headers).toEqual([...SCOPES]);
    for (const header of await page.locator('.consents thead th.scope-col').all()) expect(await header.getAttribute('title')).toMatch(new RegExp(`^${await header.textContent()}: \\S`));
    // The SMS consent of the first example: the columns ticked, by the same words.
    const ticked: string[] = [];
    for (const word of headers) if (await page.getByLabel(`SMS text: ${word}`, { exact: true }).isChecked()) ticked.push(word);
    expect(ticked).toEqual(['scheduling', 'notifications']);

    // Marketing by SMS: the consent does not cover it.
    await page.getByLabel('Kind of message').selectOption('marketing');
    await expect.poll(() => badge(page).textContent()).toContain('deny');
    await page.getByText(/^Every rule \(/).click();
    const rule = page.locator('.trace-rule', { has: page.getByRole('button', { name: 'consent-does-not-cover', exact: true }) });
    expect(await rule.locator('.trace-status').textContent()).toBe('applied');
    const trace = (await rule.textContent())!;
    expect(trace).toContain(`consent.scopes is [${ticked.join(', ')}]`);
    expect(trace).toContain(`message.scope is ${headers[headers.indexOf('marketing')]}`);
    // Every scope a condition's values show, anywhere in the trace, is a column of the grid.
    const all = (await page.locator('.trace').textContent())!;
    const inTrace = [...all.matchAll(/consent\.scopes is \[([^\]]*)\]|message\.scope is (\w+)[,)]/g)].flatMap((m) => (m[1] ?? m[2]!).split(', ').filter((w) => w !== ''));
    expect(inTrace.length).toBeGreaterThan(0);
    for (const word of inTrace) expect(headers, word).toContain(word);
    await closePage(page);
  });
});
