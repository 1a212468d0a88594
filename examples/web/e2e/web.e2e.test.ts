// The example app in headless Chromium against the in-browser Monite: the
// flows a user clicks through, checked by what the page shows. Waits are for
// elements and text (with generous limits that only guard against hangs),
// never fixed sleeps.
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@monite-ts/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type ServedApp } from './serve.js';

const HANG_GUARD = { timeout: 60_000 };

let app: ServedApp;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  // The browser first: a missing Chromium fails at once, not after the build.
  browser = await launchChromium();
  app = await buildAndServe(fileURLToPath(new URL('..', import.meta.url)));
  page = await browser.newPage();
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(app.origin);
  await page.getByTestId('payable-row').first().waitFor(HANG_GUARD);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The status badge text of a payable row, by its bill number. */
function rowStatus(bill: string) {
  return page.getByTestId('payable-row').filter({ hasText: bill }).locator('.badge');
}

describe('payables inbox', () => {
  it('pages through the bills with "Load more" until all are loaded', async () => {
    expect(await page.getByTestId('payable-row').count()).toBe(5);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByTestId('payable-row').nth(9).waitFor(HANG_GUARD);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('All 12 payables loaded').waitFor(HANG_GUARD);
    expect(await page.getByTestId('payable-row').count()).toBe(12);
  });

  it('approving a bill shows its new status in the detail and in the inbox', async () => {
    expect(await rowStatus('BILL-1003').textContent()).toBe('approve in progress');
    await page.getByTestId('payable-row').filter({ hasText: 'BILL-1003' }).click();
    const detail = page.getByTestId('payable-detail');
    await detail.getByRole('heading', { name: 'BILL-1003' }).waitFor(HANG_GUARD);
    await detail.getByRole('button', { name: 'Approve' }).click();
    await detail.getByTestId('payable-status').getByText('waiting to be paid').waitFor(HANG_GUARD);
    await rowStatus('BILL-1003').getByText('waiting to be paid').waitFor(HANG_GUARD);
  });

  it('paying an approved bill marks it paid; rejecting another marks it rejected', async () => {
    const detail = page.getByTestId('payable-detail');
    await detail.getByRole('button', { name: 'Pay' }).click();
    await rowStatus('BILL-1003').getByText('paid', { exact: true }).waitFor(HANG_GUARD);
    await page.getByTestId('payable-row').filter({ hasText: 'BILL-1004' }).click();
    await detail.getByRole('heading', { name: 'BILL-1004' }).waitFor(HANG_GUARD);
    await detail.getByRole('button', { name: 'Reject' }).click();
    await rowStatus('BILL-1004').getByText('rejected').waitFor(HANG_GUARD);
  });

  it("shows Monite's refusal when paying a draft, and the draft stays a draft", async () => {
    await page.getByTestId('payable-row').filter({ hasText: 'BILL-1000' }).click();
    const detail = page.getByTestId('payable-detail');
    await detail.getByRole('heading', { name: 'BILL-1000' }).waitFor(HANG_GUARD);
    await detail.getByRole('button', { name: 'Pay' }).click();
    const alert = detail.getByRole('alert');
    await alert.waitFor(HANG_GUARD);
    expect(await alert.textContent()).toContain("Cannot mark as paid in status 'draft'");
    expect(await detail.getByTestId('payable-status').textContent()).toBe('draft');
  });
});

describe('invoices', () => {
  it('creates an invoice for a counterpart found by search, issues it and shows its due date', async () => {
    await page.getByRole('tab', { name: 'Invoices' }).click();
    await page.getByLabel('Search counterparts').fill('harbor');
    const match = page.getByRole('button', { name: 'Blue Harbor Logistics' });
    await match.waitFor(HANG_GUARD);
    await page.getByRole('button', { name: 'Acme Supplies GmbH' }).waitFor({ state: 'detached', ...HANG_GUARD });
    await match.click();
    await page.getByText('To: Blue Harbor Logistics').waitFor(HANG_GUARD);
    await page.getByLabel('Item 1 name').fill('Freight audit');
    await page.getByLabel('Item 1 quantity').fill('2');
    await page.getByLabel('Item 1 unit price (EUR)').fill('450');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Item 2 name').fill('Customs filing');
    await page.getByLabel('Item 2 unit price (EUR)').fill('120');
    await page.getByRole('button', { name: 'Create invoice' }).click();

    const row = page.getByTestId('invoice-row').first();
    await row.getByText('draft', { exact: true }).first().waitFor(HANG_GUARD);
    // 2 × 450 + 120 = 1,020.00 net, plus 19% VAT = 1,213.80.
    expect(await row.textContent()).toContain('€1,213.80');
    await row.getByRole('button', { name: 'Issue' }).click();
    await row.locator('.badge').getByText('issued').waitFor(HANG_GUARD);
    // Issued on the local Monite's date with 14 days' terms.
    const today = Date.parse(
      `${(await page.getByTestId('monite-date').textContent())?.replace('Local Monite date: ', '')} UTC`,
    );
    const due = new Date(today + 14 * 86_400_000).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(await row.getByTestId('invoice-due').textContent()).toBe(due);
  });

  it('shows the invoice overdue once the local Monite clock passes its due date', async () => {
    const row = page.getByTestId('invoice-row').first();
    expect(await row.locator('.badge').textContent()).toBe('issued');
    await page.getByRole('button', { name: 'Advance clock 30 days' }).click();
    await row.locator('.badge-overdue').getByText('overdue').waitFor(HANG_GUARD);
  });

  it('ran without uncaught page errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
