// Chromium over CDP and Firefox ESR over WebDriver BiDi, both through puppeteer-core (no
// browser download). Firefox 140's puppeteer viewport and goBack fail, so for Firefox the BiDi
// commands are sent as they are (browsingContext.setViewport / traverseHistory); they work in
// 140 and in the newer ESR that a fresh apt-get brings.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/browser';
import { findInPage, waitFor, waitForReady, type Engine, type PageFunction, type Role, type Tab } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

interface BidiContext {
  setViewport(options: { viewport: { width: number; height: number } }): Promise<void>;
  traverseHistory(delta: number): Promise<void>;
}
/** puppeteer's BiDi frame keeps its browsing context in a public field the types do not name. */
const bidiContext = (page: Page) => (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;

export async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const executablePath = name === 'chromium' ? chromiumPath() : FIREFOX_PATH;
  if (!existsSync(executablePath)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${name} not found at ${executablePath}: install it with \`apt-get install ${pkg}\` (CI's .ci/run does)`);
  }
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS.filter((a) => a !== '--headless') })
      : await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath, headless: true });
  return {
    name,
    async newTab(viewport = { width: 390, height: 844 }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const tab = new PuppeteerTab(name, page, () => context.close());
      await tab.setViewport(viewport.width, viewport.height);
      return tab;
    },
    close: () => browser.close(),
  };
}

class PuppeteerTab implements Tab {
  private current: Frame;

  constructor(
    readonly engine: 'chromium' | 'firefox',
    private readonly page: Page,
    readonly close: () => Promise<void>,
  ) {
    this.current = page.mainFrame();
  }

  async goto(url: string, waitForApp = true) {
    this.current = this.page.mainFrame();
    await this.page.goto(url);
    if (waitForApp) await waitForReady(this);
  }

  private async find(role: Role, name: string): Promise<ElementHandle<Element>> {
    await waitFor(this, `${role} "${name}"`, findInPage, role, name, true);
    return (await this.current.evaluateHandle(findInPage, role, name)) as ElementHandle<Element>;
  }

  async click(role: Role, name: string) {
    const element = await this.find(role, name);
    try {
      // In a cross-origin iframe below the host's fold, Chromium finds no clickable point until
      // the element is scrolled into view (which scrolls the host page too).
      if (this.current !== this.page.mainFrame()) await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await element.click();
    } finally {
      await element.dispose();
    }
  }

  async fill(label: string, text: string) {
    const element = await this.find('label', label);
    const field = (await element.evaluateHandle((l) => (l as HTMLLabelElement).control!)) as ElementHandle<HTMLInputElement>;
    await field.click({ count: 3 });
    await field.type(text);
    await Promise.all([element.dispose(), field.dispose()]);
  }

  async back() {
    if (this.engine === 'firefox') await bidiContext(this.page).traverseHistory(-1);
    else await this.page.goBack();
  }

  async forward() {
    if (this.engine === 'firefox') await bidiContext(this.page).traverseHistory(1);
    else await this.page.goForward();
  }

  async reload() {
    this.current = this.page.mainFrame();
    await this.page.reload();
    await waitForReady(this);
  }

  evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T> {
    return this.current.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
  }

  async inject(source: string) {
    await this.current.evaluate(source);
  }

  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }

  async setViewport(width: number, height: number) {
    if (this.engine === 'firefox') await bidiContext(this.page).setViewport({ viewport: { width, height } });
    else await this.page.setViewport({ width, height });
  }

  async print() {
    return Buffer.from(await this.page.pdf({ format: 'Letter' }));
  }

  async frame(selector: string | null) {
    if (selector === null) {
      this.current = this.page.mainFrame();
      return;
    }
    const element = await this.current.waitForSelector(selector);
    const frame = await element?.contentFrame();
    await element?.dispose();
    if (!frame) throw new Error(`${this.engine}: no frame in ${selector}`);
    this.current = frame;
  }
}
