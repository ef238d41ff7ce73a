// WebKitGTK through Debian's WebKitWebDriver and MiniBrowser, driven by selenium-webdriver.
// MiniBrowser has no headless mode, so it runs on its own Xvfb display; each tab is a new
// WebDriver session (a fresh MiniBrowser), so no session storage leaks between tests.
// Classic WebDriver cannot print or intercept requests: print is not offered here, and
// failed requests come from a loopback proxy (failingProxy.ts) for every engine alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findInPage, waitFor, waitForReady, type Engine, type PageFunction, type Role, type Tab } from './driver';

const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

function need(path: string, pkg: string) {
  if (!existsSync(path)) throw new Error(`webkit: ${path} not found: install it with \`apt-get install ${pkg}\` (CI's .ci/run does)`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Kills a process started detached, with everything it started (MiniBrowser under the driver). */
function killGroup(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Xvfb picks a free display itself (-displayfd): other test runs on this machine may hold some. */
async function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it chose a display`)));
  });
  return { child, display };
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`webkit: timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A WebDriver session with a new MiniBrowser. MiniBrowser once did not come up within 30 s (one
 * CI run in about thirty, nothing else running): a stuck start gets a second try rather than a
 * longer wait, and the stuck session is ended whenever it arrives.
 */
async function startSession(server: string): Promise<WebDriver> {
  for (let attempt = 1; ; attempt++) {
    const session = new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
      })
      .build();
    try {
      return await within(30_000, 'MiniBrowser to start', session);
    } catch (error) {
      session.quit().catch(() => {});
      if (attempt === 2) throw error;
    }
  }
}

export async function launchWebKit(): Promise<Engine> {
  need(DRIVER, 'webkit2gtk-driver');
  need(MINIBROWSER, 'webkit2gtk-driver');
  need(XVFB, 'xvfb');
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const stop = () => [driverProcess, xvfb.child].forEach(killGroup);
  process.once('exit', stop);
  const server = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ready = await fetch(`${server}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 100) {
      stop();
      throw new Error(`webkit: WebKitWebDriver did not answer on ${server}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name: 'webkit',
    async newTab(viewport = { width: 390, height: 844 }) {
      const driver = await startSession(server);
      // WebDriver waits up to 300 s for a page by default: a hang should fail a test, not stall CI.
      await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
      const tab = new WebKitTab(driver);
      await tab.setViewport(viewport.width, viewport.height);
      return tab;
    },
    async close() {
      stop();
      process.removeListener('exit', stop);
    },
  };
}

class WebKitTab implements Tab {
  readonly engine = 'webkit' as const;
  private frameSelector: string | null = null;

  constructor(private readonly driver: WebDriver) {}

  async goto(url: string, waitForApp = true) {
    await this.frame(null);
    await this.driver.get(url);
    if (waitForApp) await waitForReady(this);
  }

  private async find(role: Role, name: string): Promise<WebElement> {
    await waitFor(this, `${role} "${name}"`, findInPage, role, name, true);
    const element = (await this.evaluate(findInPage, role, name)) as unknown as WebElement;
    if (this.frameSelector) {
      // A click inside a cross-origin iframe misses unless the host first scrolls it into view.
      const top = await this.evaluate((el: Element) => el.getBoundingClientRect().top, element as unknown as Element);
      const selector = this.frameSelector;
      await this.driver.switchTo().defaultContent();
      await this.driver.executeScript(
        'const f = document.querySelector(arguments[0]); window.scrollTo(0, scrollY + f.getBoundingClientRect().top + arguments[1] - innerHeight / 3);',
        selector,
        top,
      );
      await this.frame(selector);
    }
    return element;
  }

  async click(role: Role, name: string) {
    await (await this.find(role, name)).click();
  }

  async fill(label: string, text: string) {
    const element = await this.find('label', label);
    const field = (await this.driver.executeScript('return arguments[0].control', element)) as WebElement;
    await field.clear();
    await field.sendKeys(text);
  }

  async back() {
    await this.driver.navigate().back();
  }

  async forward() {
    await this.driver.navigate().forward();
  }

  async reload() {
    await this.frame(null);
    await this.driver.navigate().refresh();
    await waitForReady(this);
  }

  async evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T> {
    return (await this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args)) as T;
  }

  async inject(source: string) {
    await this.driver.executeScript(source);
  }

  async screenshot() {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  async setViewport(width: number, height: number) {
    await this.driver.manage().window().setRect({ width, height });
  }

  async frame(selector: string | null) {
    this.frameSelector = selector;
    if (selector === null) await this.driver.switchTo().defaultContent();
    else await this.driver.switchTo().frame(await this.driver.findElement(By.css(selector)));
  }

  async close() {
    // If MiniBrowser does not answer, the engine's close still ends it with the driver.
    await within(15_000, 'the session to end', this.driver.quit()).catch(() => undefined);
  }
}
