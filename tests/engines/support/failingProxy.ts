// A loopback proxy in front of the preview server that can drop requests like a network that
// went away: the socket is destroyed, so every engine sees a network error, not an HTTP status.
// One mechanism for the three engines (WebKitWebDriver has no request interception), and a new
// port per test is a new origin: no chunk is cached from another test.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FailingProxy {
  url: string;
  /** Requests whose path matches are dropped; null lets everything through. */
  fail(pattern: RegExp | null): void;
  /** Paths of the requests that were dropped, in order. */
  dropped: string[];
  close(): Promise<void>;
}

export async function startFailingProxy(target: string): Promise<FailingProxy> {
  const upstream = new URL(target);
  let failing: RegExp | null = null;
  const dropped: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (failing?.test(path)) {
      dropped.push(path);
      req.socket.destroy();
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    fail(pattern) {
      failing = pattern;
    },
    dropped,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
