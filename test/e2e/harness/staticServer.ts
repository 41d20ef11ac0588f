import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> without a trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves the built renderer over http on the loopback interface. Module scripts do not load
 * from file:// in Chromium without extra flags, and Electron loads the same files through its
 * own file protocol, so a plain static server is the closest honest stand-in.
 */
export async function startStaticServer(rootDirectory: string): Promise<StaticServer> {
  if (!existsSync(join(rootDirectory, 'index.html'))) {
    throw new Error(`${rootDirectory}/index.html is missing: run \`npx electron-vite build\` before the e2e tests.`);
  }
  const root = normalize(rootDirectory + sep);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (pathname === '/favicon.ico') {
        // Chromium asks for one on its own; answering "no content" keeps the console clean.
        response.writeHead(204).end();
        return;
      }
      const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
      const filePath = normalize(join(root, relative));
      // Refuse anything that climbs out of the served folder.
      if (!filePath.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(filePath);
        if (!info.isFile()) throw new Error('not a file');
        const body = await readFile(filePath);
        response
          .writeHead(200, {
            'Content-Type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
          })
          .end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
