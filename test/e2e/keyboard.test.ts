import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { openApp, rpc } from '../helpers/ui.ts';

// The keyboard alone, as a user who does not use a mouse: Tab, Shift+Tab, Enter, the arrow keys
// and typing; no click anywhere. Add a person, designate them for a vacant focal-point role, open
// the home screen. Where the focus is after each step is asserted (document.activeElement): after a
// move from the sidebar it is on the new page's heading.

const e2e = setupE2E(1);

interface Focused {
  tag: string;
  text: string;
  /** an input's label, or an element's aria-label */
  label: string;
  inMain: boolean;
  inNav: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labels = (el as HTMLInputElement | null)?.labels;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      label: (labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? '').trim(),
      inMain: Boolean(el?.closest('#main')),
      inNav: Boolean(el?.closest('nav.sidebar')),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails after `max` presses. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, { back = false, max = 60 } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (wanted(f)) return f;
    seen.push(`${f.tag}:${(f.label || f.text).slice(0, 30)}`);
  }
  throw new Error(`${what} was not reached with ${back ? 'Shift+Tab' : 'Tab'}; the focus went through ${seen.join(' | ')}`);
}

const navLink = (name: RegExp) => (f: Focused) => f.inNav && f.tag === 'a' && name.test(f.text);

describe('the keyboard alone', () => {
  it('adds a person, designates them for a vacant role, and opens what needs attention', async () => {
    const app = e2e.apps[0];
    await rpc(app, 'settings.update', { country: 'KE', deviceLabel: 'Keyboard desk' });
    await rpc(app, 'membership.set', { instrumentId: 'cbd', status: 'party' });
    const page = await openApp(e2e.browser, app);
    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();

    // People, from the navigation
    await tabTo(page, navLink(/^People/), 'the People link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    // the focus goes to the new page's heading, so Tab goes on in the page, not in the sidebar
    await expect.poll(async () => focused(page)).toMatchObject({ tag: 'h1', text: 'People', inMain: true });
    await tabTo(page, (f) => f.inMain && f.tag === 'button' && f.text === 'Add person', 'the "Add person" button');
    await page.keyboard.press('Enter');
    // the new person's form takes the focus into its first field
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Full name/);
    await page.keyboard.type('Grace Wanjiku');
    await tabTo(page, (f) => f.tag === 'input' && f.label === 'Position', 'the Position field');
    await page.keyboard.type('CBD national focal point');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Save', 'the Save button');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'People' }).getByText('Grace Wanjiku').waitFor();
    // the focus goes to the saved person's row, not back to the top of the page
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Grace Wanjiku/);
    const people = await rpc<{ items: { name: string; title: string | null }[] }>(app, 'people.list', {});
    expect(people.items).toEqual([expect.objectContaining({ name: 'Grace Wanjiku', title: 'CBD national focal point' })]);

    // Focal points: designate her for the first vacant role of the CBD
    await tabTo(page, navLink(/^Focal points/), 'the Focal points link', { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Focal points', level: 1 }).waitFor();
    await expect.poll(async () => focused(page)).toMatchObject({ tag: 'h1', text: 'Focal points', inMain: true });
    await page.getByRole('heading', { name: 'Convention on Biological Diversity', level: 2 }).waitFor();
    await page.locator('.role--vacant').first().waitFor();
    const role = await tabTo(page, (f) => f.inMain && f.tag === 'button' && f.text === 'Designate', 'the first "Designate" button', { max: 120 });
    expect(role.text).toBe('Designate');
    const roleTitle = await page.evaluate(() => document.activeElement!.closest('article')!.querySelector('h3')!.textContent!.trim());
    await page.keyboard.press('Enter');
    // the designation form takes the focus into its person field
    await expect.poll(async () => (await focused(page)).label).toBe('Person');
    await page.keyboard.type('Grace');
    await page.getByRole('list', { name: 'Person' }).getByRole('button', { name: /Grace Wanjiku/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Grace Wanjiku/);
    await page.keyboard.press('Enter');
    // chosen: the focus stays in the picker
    await page.getByText('Chosen: Grace Wanjiku', { exact: false }).waitFor();
    expect((await focused(page)).label).toBe('Person');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Save designation', 'the "Save designation" button', { max: 40 });
    await page.keyboard.press('Enter');
    const card = page.getByRole('article', { name: roleTitle });
    await card.getByRole('button', { name: 'Grace Wanjiku' }).waitFor();
    await card.getByText('Designated', { exact: true }).waitFor();
    const designations = await rpc<{ personName: string | null; roleId: string }[]>(app, 'designations.list', {});
    expect(designations.map((d) => d.personName)).toEqual(['Grace Wanjiku']);
    // the form has gone: the focus is on the role's heading, not lost to the page
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    expect((await focused(page)).text).toBe(roleTitle);
    // and Tab goes on to its holder
    expect((await tabTo(page, (f) => f.tag === 'button', 'the holder', { max: 3 })).text).toBe('Grace Wanjiku');

    // what needs attention, from the navigation
    await tabTo(page, navLink(/^Needs attention/), 'the Needs attention link', { back: true, max: 120 });
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'What needs attention', level: 1 });
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);
    await expect.poll(async () => focused(page)).toMatchObject({ tag: 'h1', text: 'What needs attention', inMain: true });
    // and from there on into the page: the first Tab stays in it
    expect((await tabTo(page, () => true, 'the next element', { max: 1 })).inMain).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
