// `npm run example`: builds the wizard, serves it on one loopback port and the example agency
// site on another, so the embed can be seen working across two origins.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { serveStatic } from './staticServer.ts';

const root = join(import.meta.dirname, '..');
const wizardPort = Number(process.env.WIZARD_PORT ?? 4174);
const sitePort = Number(process.env.SITE_PORT ?? 8080);

execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const site = `http://127.0.0.1:${sitePort}`;
const wizard = await serveStatic(join(root, 'dist'), {
  port: wizardPort,
  // Only the example site may frame the embedded page (see docs/deploy.md).
  headers: (path): Record<string, string> => (path.startsWith('/embed') ? { 'content-security-policy': `frame-ancestors ${site}` } : {}),
});
await serveStatic(join(root, 'examples', 'agency-site'), {
  port: sitePort,
  html: (text) => text.replaceAll('https://WIZARD-HOST/', wizard.url),
});
console.log(`Wizard:       ${wizard.url}\nAgency site:  ${site}/  ← open this\nCtrl+C stops both.`);
