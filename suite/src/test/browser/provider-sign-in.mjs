// Sign-in through a real OpenID Connect provider (Keycloak's own login page) in Debian's Chromium: the pages in the
// prod profile run the authorization code flow. Run by ProviderTokensTest, which starts Keycloak, the suite and the
// pages, and registers a coach for the coordinator; see that class for the setting.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = process.env.BASE_URL;
const USERNAME = process.env.USERNAME;
const PASSWORD = process.env.PASSWORD;
const COACH = process.env.COACH_NAME;
const COACH_PHONE = process.env.COACH_PHONE;
const PROVIDER = process.env.PROVIDER_URL;
const SHOTS = process.env.SCREENSHOTS;
const SECOND_USERNAME = process.env.SECOND_USERNAME;
const SECOND_PASSWORD = process.env.SECOND_PASSWORD;
const VOLUNTEER_USERNAME = process.env.VOLUNTEER_USERNAME;
const VOLUNTEER_PASSWORD = process.env.VOLUNTEER_PASSWORD;
const VOLUNTEER_FIRST_NAME = process.env.VOLUNTEER_FIRST_NAME;
const AXE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function signInAtTheProvider(page, path, username, password) {
  await page.goto(BASE + path);
  await page.waitForURL(url => url.href.startsWith(PROVIDER) && url.pathname.includes('/protocol/openid-connect/auth'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL(url => url.href.startsWith(BASE + path));
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(url => url.href.startsWith(BASE + '/signed-out'));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en-GB',
  timezoneId: 'Europe/London' });
const page = await context.newPage();
page.setDefaultTimeout(30000);
let failed = false;
try {
  // a page of the service sends a signed-out person to the provider's own login page
  await page.goto(BASE + '/coordinator/coaches');
  await page.waitForURL(url => url.href.startsWith(PROVIDER) && url.pathname.includes('/protocol/openid-connect/auth'));
  const auth = new URL(page.url());
  expect(auth.searchParams.get('code_challenge_method') === 'S256', 'PKCE (S256) in ' + auth);
  expect(auth.searchParams.get('state') && auth.searchParams.get('nonce'), 'state and nonce in ' + auth);
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();

  // back on the page first asked for, signed in as the coordinator, with their coach
  await page.waitForURL(url => url.href.startsWith(BASE + '/coordinator/coaches'));
  await page.locator('main').getByText(COACH, { exact: false }).first().waitFor({ state: 'visible' });
  const cookies = await context.cookies(BASE);
  expect(!cookies.some(c => c.name === 'pc_session'), 'no dev session cookie: ' + cookies.map(c => c.name));
  const session = cookies.find(c => c.name.startsWith('q_session'));
  expect(session && session.httpOnly, 'an HttpOnly session cookie from the code flow: ' + cookies.map(c => c.name));
  // encrypted (JWE: its header names the encryption), not the tokens themselves
  const parts = session.value.split('.');
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  expect(header.enc && header.alg, 'the session cookie is encrypted: header ' + JSON.stringify(header));
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  expect(result.violations.length === 0, 'accessibility: ' + result.violations.map(v => v.id).join(', '));
  await page.screenshot({ path: join(SHOTS, 'provider-signed-in.png'), fullPage: true });

  // signing out ends the session at the provider too, and lands on the signed-out page
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(url => url.href.startsWith(BASE + '/signed-out'));
  // Back shows nothing personal: the page is asked for again and the provider's login comes instead
  await page.goBack();
  await page.waitForLoadState();
  const text = await page.locator('body').innerText();
  expect(!text.includes(COACH) && !text.includes(COACH_PHONE), 'after sign-out, Back showed the coach: ' + text.slice(0, 500));
  await page.goto(BASE + '/coordinator/coaches');
  await page.waitForURL(url => url.href.startsWith(PROVIDER));
  expect(await page.locator('#username').isVisible(), 'signed out at the provider: its login page again');
  console.log('PASS provider sign-in, sign-out and Back');

  // another coordinator signs in the same way and does not see the first one's coach
  await signInAtTheProvider(page, '/coordinator/coaches', SECOND_USERNAME, SECOND_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Your coaches' }).waitFor();
  const theirs = await page.locator('main').innerText();
  expect(!theirs.includes(COACH), 'the second coordinator saw the first one\'s coach: ' + theirs.slice(0, 500));
  await signOut(page);
  console.log('PASS a second coordinator sees only their own coaches');

  // a volunteer signs in at the provider; the volunteer_id claim makes the pages theirs
  await signInAtTheProvider(page, '/volunteer', VOLUNTEER_USERNAME, VOLUNTEER_PASSWORD);
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Your calls' }).waitFor();
  expect((await page.locator('header').innerText()).includes(VOLUNTEER_FIRST_NAME),
    'signed in as the volunteer: ' + (await page.locator('header').innerText()));
  await page.goto(BASE + '/coordinator/coaches');
  const refused = await page.locator('main').innerText();
  expect(!refused.includes(COACH), 'a volunteer saw the coordinator pages: ' + refused.slice(0, 300));
  await signOut(page);
  console.log('PASS a volunteer signs in at the provider and gets their own pages only');
} catch (e) {
  failed = true;
  console.log(`FAIL provider sign-in: ${e.stack || e}\n  at ${page.url()}`);
  await page.screenshot({ path: join(SHOTS, 'failed-provider-sign-in.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
