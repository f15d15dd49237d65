// A tiny HTTP server on 127.0.0.1 serving routes a test registers, so fetching code can be tested
// against real sockets without reaching outside the machine. Unknown paths answer 404.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export type FixtureRoute = (req: IncomingMessage, res: ServerResponse) => void;

export type FixtureServer = {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:43121". */
  url: string;
  /** Stops listening and cuts open connections, so a deliberately slow route cannot hang a test run. */
  close(): Promise<void>;
};

/** Starts a server on 127.0.0.1 on a free port; routes are keyed by path without the query string. */
export function startFixtureServer(routes: Record<string, FixtureRoute>): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://fixture.invalid").pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found");
      return;
    }
    route(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (!address || typeof address === "string") {
        reject(new Error("Fixture server has no TCP address."));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
