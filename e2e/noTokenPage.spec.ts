import { expect, test } from './fixtures';

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('a tab opened without the token explains how to open web mode', async ({ page, server }) => {
    const response = await page.goto(`${server.origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await expect(page).toHaveURL(`${server.origin}/how-to-open`);
    await expect(
      page.getByRole('heading', { name: 'Open Passerelle from the address web mode printed' }),
    ).toBeVisible();
    await expect(page.getByText('Open the address that npm run web printed in its terminal.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
    expect(await page.locator('script').count()).toBe(0);
    const icon = await page.request.get(`${server.origin}/favicon.svg`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
  });

  test('a tab opened with a wrong token gets the same page, and the right address still works', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/#token=not-the-token`);
    await expect(page).toHaveURL(`${server.origin}/how-to-open`);
    await expect(page.getByText('Open the address that npm run web printed in its terminal.')).toBeVisible();

    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  });
});

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('a tab opened without the token explains it in French', async ({ page, server }) => {
    await page.goto(`${server.origin}/`);
    await expect(page).toHaveURL(`${server.origin}/how-to-open`);
    await expect(
      page.getByRole('heading', { name: 'Ouvrez Passerelle depuis l’adresse affichée par le mode web' }),
    ).toBeVisible();
    await expect(
      page.getByText('Ouvrez l’adresse que npm run web a affichée dans son terminal.'),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
