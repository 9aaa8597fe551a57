import { it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

it('debug', async () => {
  const browser = await launchChromium();
  const { page } = await openApp(browser);
  const app = new ValvoApp(page);
  await app.firstRunWithExample();
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asetukset' }).click();
  const section = page.getByRole('region', { name: 'Varmuuskopiot' });
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Lataa varmuuskopio' }).click()]);
  await section.getByLabel('Palauta tiedostosta').focus();
  await page.evaluate(() => {
    const w = window as any; w.log = [];
    const desc = (e: any) => e ? `${e.tagName} ${(e.textContent || e.getAttribute?.('aria-label') || e.id || '').slice(0, 25)}` : 'null';
    const log = (s: string) => w.log.push(`${performance.now().toFixed(1)} ${s} ae=${desc(document.activeElement)}`);
    document.addEventListener('focusin', (e) => log('focusin ' + desc(e.target)), true);
    document.addEventListener('focusout', (e) => log('focusout ' + desc(e.target)), true);
    window.addEventListener('blur', () => log('window blur'));
    window.addEventListener('focus', () => log('window focus'));
    new MutationObserver((rs) => log('MO ' + rs.length + ' ' + rs.filter(r => r.type === 'attributes' || r.removedNodes.length).slice(0, 6).map(r => `${r.type} ${r.attributeName ?? ''} ${desc(r.target)} -${[...r.removedNodes].map(desc).join(',')}`).join(' | '))).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['inert', 'disabled', 'aria-disabled'] });
    const frame = () => { if (document.activeElement === document.body) log('FRAME body'); requestAnimationFrame(frame); }; requestAnimationFrame(frame);
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(await download.path());
  const d = page.getByRole('dialog');
  await d.waitFor();
  await page.waitForTimeout(500);
  console.log(await page.evaluate(() => (window as any).log.join('\n')));
  await browser.close();
});
