// A small static file server on loopback, for the agency example and the embed tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticOptions {
  port?: number;
  /** Extra response headers for a path such as `/embed.html`, on every response to it. */
  headers?: (path: string) => Record<string, string>;
  /** HTML pages served at these paths instead of files. */
  pages?: Readonly<Record<string, string>>;
  /** Rewrites an HTML file's text before it is sent. */
  html?: (text: string) => string;
  /** A file served, with status 404, at unknown paths, as hosts with a fallback page do. */
  notFound?: string;
}

export async function serveStatic(dir: string, options: StaticOptions = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...options.headers?.(path) });
      res.end(body);
    };
    const page = options.pages?.[path];
    if (page !== undefined) return send(200, TYPES['.html']!, page);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) return send(403, 'text/plain', 'forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const fallback = options.notFound && join(dir, options.notFound);
      return fallback && existsSync(fallback) ? send(404, TYPES['.html']!, readFileSync(fallback)) : send(404, 'text/plain', 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: string | Buffer = readFileSync(file);
    if (type.startsWith('text/html') && options.html) body = options.html(body.toString('utf8'));
    return send(200, type, body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}
