// Safe fetching (issue 7): the address table, and fetchPage against a fixture server on 127.0.0.1.
// Nothing here reaches outside loopback: hosts that would need DNS are answered by a spy on
// dns.promises.lookup, and private targets are refused before any connection is attempted.
import { createHash } from "node:crypto";
import { promises as dnsPromises, type LookupAddress } from "node:dns";
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { AppError } from "@/lib/errors/app-error";
import { isForbiddenAddress } from "@/lib/import/forbidden-addresses";
import { fetchPage, type FetchRefusalReason } from "@/lib/import/safe-fetch";
import { startFixtureServer, type FixtureServer } from "@/__tests__/helpers/fixture-server";

describe("isForbiddenAddress", () => {
  const forbidden: Array<[string, string]> = [
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback, end of 127/8"],
    ["10.0.0.1", "private 10/8"],
    ["172.16.0.1", "private 172.16/12"],
    ["172.31.255.255", "private 172.16/12, last"],
    ["192.168.1.1", "private 192.168/16"],
    ["100.64.0.1", "CGNAT"],
    ["100.127.255.255", "CGNAT, last"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "0/8"],
    ["192.0.0.8", "IETF protocol assignments"],
    ["192.0.2.1", "documentation TEST-NET-1"],
    ["198.51.100.7", "documentation TEST-NET-2"],
    ["203.0.113.9", "documentation TEST-NET-3"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking, last"],
    ["240.0.0.1", "reserved 240/4"],
    ["::", "IPv6 unspecified"],
    ["::1", "IPv6 loopback"],
    ["0:0:0:0:0:0:0:1", "IPv6 loopback, long form"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with zone"],
    ["febf::1", "IPv6 link-local, end of fe80::/10"],
    ["fec0::1", "deprecated site-local"],
    ["fc00::1", "unique-local fc00::/7"],
    ["fd12:3456::1", "unique-local fd00::/8"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
    ["[::ffff:7f00:1]", "bracketed, as URL.hostname returns it"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::7f00:1", "IPv4-compatible loopback, hex"],
    ["::808:808", "IPv4-compatible (deprecated) even for a public IPv4"],
    ["::ffff:0:10.0.0.1", "SIIT form of a private IPv4"],
    ["64:ff9b::10.0.0.1", "NAT64 of a private IPv4"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["64:ff9b:1::8.8.8.8", "local-use NAT64 prefix"],
    ["2002:c0a8:0101::1", "6to4 of 192.168.1.1"],
    ["2002:7f00:1::", "6to4 of 127.0.0.1"],
    ["2001::1", "Teredo"],
    ["2001:db8::1", "IPv6 documentation"],
    ["2001:2::1", "IPv6 benchmarking"],
    ["100::1", "IPv6 discard prefix"],
    ["4000::1", "outside IPv6 global unicast 2000::/3"],
    ["2130706433", "decimal 127.0.0.1"],
    ["0177.0.0.1", "octal 127.0.0.1"],
    ["0x7f.1", "hex short 127.0.0.1"],
    ["127.1", "short 127.0.0.1"],
    ["0x7f000001", "hex 127.0.0.1"],
    ["017700000001", "octal 127.0.0.1, one part"],
    ["167772161", "decimal 10.0.0.1"],
    ["0", "0 as a number"],
    ["", "empty"],
    ["localhost", "a hostname, not an address"],
    ["example.com", "a hostname, not an address"],
    ["256.1.1.1", "out-of-range octet"],
    ["1.2.3.4.5", "five parts"],
    ["08.0.0.1", "invalid octal"],
    ["::ffff:127.0.0.1 ", "trailing space"],
    ["not an address", "text"],
  ];
  test.each(forbidden)("refuses %s (%s)", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  const allowed: Array<[string, string]> = [
    ["8.8.8.8", "public IPv4"],
    ["1.1.1.1", "public IPv4"],
    ["93.184.215.14", "public IPv4"],
    ["172.32.0.1", "just outside 172.16/12"],
    ["172.15.255.255", "just below 172.16/12"],
    ["100.128.0.1", "just outside CGNAT"],
    ["11.0.0.1", "just outside 10/8"],
    ["134744072", "decimal 8.8.8.8"],
    ["2606:4700:4700::1111", "public IPv6"],
    ["2a00:1450:4001:82a::200e", "public IPv6"],
    ["[2606:4700:4700::1111]", "bracketed public IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped public"],
    ["64:ff9b::8.8.8.8", "NAT64 of a public IPv4 (IPv6-only hosts with DNS64)"],
    ["2002:0808:0808::1", "6to4 of a public IPv4"],
  ];
  test.each(allowed)("allows %s (%s)", (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  // The WHATWG URL parser turns these spellings into dotted quads / canonical IPv6 before
  // fetchPage sees them; both the normalised and the raw spelling must be refused.
  test.each([
    ["2130706433", "127.0.0.1"],
    ["0177.0.0.1", "127.0.0.1"],
    ["0x7f.1", "127.0.0.1"],
    ["127.1", "127.0.0.1"],
    ["0x0a.0.0.1", "10.0.0.1"],
    ["[::ffff:127.0.0.1]", "[::ffff:7f00:1]"],
    ["[0:0:0:0:0:ffff:7f00:1]", "[::ffff:7f00:1]"],
  ])("refuses the URL host %s, which the URL parser normalises to %s", (host, normalised) => {
    const hostname = new URL(`http://${host}/`).hostname;
    expect(hostname).toBe(normalised);
    expect(isForbiddenAddress(hostname)).toBe(true);
    expect(isForbiddenAddress(host)).toBe(true);
  });
});

/** The refusal a promise rejects with; fails the test if it resolves or throws something else. */
async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected fetchPage to refuse, but it resolved.");
}

async function expectRefusal(promise: Promise<unknown>, reason: FetchRefusalReason): Promise<AppError> {
  const error = await refusalOf(promise);
  expect(error.code).toBe("UNPROCESSABLE");
  expect(error.details).toEqual({ field: "url", reason });
  expect(error.message).not.toMatch(/\n\s+at /);
  return error;
}

// dns.promises.lookup is overloaded (one address or all of them); fetchPage always asks for all,
// so the stub answers that overload and is cast to the full type only to satisfy spyOn.
function stubLookup(answer: LookupAddress[] | Error) {
  const fake = async (): Promise<LookupAddress[]> => {
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return jest.spyOn(dnsPromises, "lookup").mockImplementation(fake as unknown as typeof dnsPromises.lookup);
}

/** windows-1251 bytes for ASCII plus the Cyrillic alphabet, encoded by hand so the test owns the bytes. */
function encodeWindows1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (character === "Ё") return 0xa8;
      if (character === "ё") return 0xb8;
      throw new Error(`No windows-1251 byte for ${character}`);
    }),
  );
}

const PAGE_HTML = "<!doctype html><html><head><title>Café</title></head><body><p>“Quoted” – claim.</p></body></html>";
const PAGE_BYTES = Buffer.from(PAGE_HTML, "utf8");
const CYRILLIC = "Правительство объявило о новых мерах. Ёлка и ёж.";

function sendHtml(res: ServerResponse, body: Buffer | string, contentType = "text/html; charset=utf-8"): void {
  res.writeHead(200, { "content-type": contentType });
  res.end(body);
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location });
  res.end();
}

// Routes that never finish on their own; the fixture server cuts them when it closes.
function holdOpen(res: ServerResponse, timers: Set<NodeJS.Timeout>, afterMs: number, then: () => void): void {
  const timer = setTimeout(then, afterMs);
  timers.add(timer);
  res.once("close", () => {
    clearTimeout(timer);
    timers.delete(timer);
  });
}

describe("fetchPage", () => {
  let server: FixtureServer;
  const pageHits: string[] = [];
  const seenHosts: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const port = () => new URL(server.url).port;

  beforeAll(async () => {
    server = await startFixtureServer({
      "/page": (req, res) => {
        pageHits.push(req.headers["user-agent"] ?? "");
        sendHtml(res, PAGE_BYTES);
      },
      "/echo-host": (req, res) => {
        seenHosts.push(req.headers.host ?? "");
        sendHtml(res, "<p>pinned</p>");
      },
      "/chain/1": (_req, res) => redirect(res, "/chain/2", 302),
      "/chain/2": (_req, res) => redirect(res, `${server.url}/chain/3`, 301),
      "/chain/3": (_req, res) => redirect(res, "final", 307),
      "/chain/final": (_req, res) => sendHtml(res, "<p>end of chain</p>"),
      "/hop": (req, res) => {
        const left = Number(new URL(req.url ?? "/", server.url).searchParams.get("n"));
        if (left > 0) redirect(res, `/hop?n=${left - 1}`, 303);
        else sendHtml(res, "<p>landed</p>");
      },
      "/loop/a": (_req, res) => redirect(res, "/loop/b"),
      "/loop/b": (_req, res) => redirect(res, "/loop/a"),
      "/to-private": (_req, res) => redirect(res, "http://10.0.0.1/"),
      "/to-metadata": (_req, res) => redirect(res, "http://169.254.169.254/latest/meta-data/"),
      "/to-mapped": (_req, res) => redirect(res, `http://[::ffff:127.0.0.1]:${port()}/page`),
      "/to-ftp": (_req, res) => redirect(res, "ftp://127.0.0.1/file.txt"),
      "/to-nowhere": (_req, res) => {
        res.writeHead(302);
        res.end();
      },
      "/slow-headers": (_req, res) => holdOpen(res, timers, 5_000, () => sendHtml(res, "<p>too late</p>")),
      "/slow-body": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>first part");
        holdOpen(res, timers, 5_000, () => res.end("</p>"));
      },
      "/big-length": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-length": "5000" });
        res.end(Buffer.alloc(5000, "a"));
      },
      "/big-chunked": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write(Buffer.alloc(600, "a"));
        res.write(Buffer.alloc(600, "b"));
        // Never ends: only a reader that stops at the cap gets past this.
        holdOpen(res, timers, 60_000, () => res.end());
      },
      "/cp1251-header": (_req, res) => sendHtml(res, encodeWindows1251(`<p>${CYRILLIC}</p>`), "text/html; charset=windows-1251"),
      "/cp1251-meta": (_req, res) =>
        sendHtml(res, encodeWindows1251(`<html><head><meta charset="windows-1251"><title>t</title></head><body><p>${CYRILLIC}</p></body></html>`), "text/html"),
      "/cp1251-http-equiv": (_req, res) =>
        sendHtml(
          res,
          encodeWindows1251(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${CYRILLIC}</p></body></html>`),
          "text/html",
        ),
      "/unknown-charset": (_req, res) => sendHtml(res, PAGE_BYTES, "text/html; charset=x-no-such-charset"),
      "/bom": (_req, res) => sendHtml(res, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Ёж", "utf8")]), "text/plain; charset=windows-1251"),
      "/plain": (_req, res) => sendHtml(res, "just text", "text/plain"),
      "/xhtml": (_req, res) => sendHtml(res, "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "application/xhtml+xml; charset=UTF-8"),
      "/pdf": (_req, res) => {
        res.writeHead(200, { "content-type": "application/pdf" });
        res.write("%PDF-1.7\n");
        // Never ends: refusing must happen on the headers, before the body.
        holdOpen(res, timers, 60_000, () => res.end());
      },
      "/json": (_req, res) => sendHtml(res, "{\"a\":1}", "application/json"),
      "/no-type": (_req, res) => {
        res.writeHead(200);
        res.end("<p>no content type</p>");
      },
      "/gzip": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
        res.end(gzipSync(PAGE_BYTES));
      },
      "/gzip-bomb": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        res.end(gzipSync(Buffer.alloc(2_000_000, " ")));
      },
      "/server-error": (_req, res) => {
        res.writeHead(500, { "content-type": "text/html" });
        res.end("<p>oops</p>");
      },
    });
  });

  afterAll(async () => {
    for (const timer of timers) clearTimeout(timer);
    await server.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const loopback = { allowLoopback: true };

  test("fetches a page: status, final URL, exact bytes, hash and decoded text", async () => {
    const page = await fetchPage(`${server.url}/page`, { ...loopback, userAgent: "counterclaim-test" });
    expect(page.requestedUrl).toBe(`${server.url}/page`);
    expect(page.finalUrl).toBe(`${server.url}/page`);
    expect(page.redirects).toEqual([]);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe("text/html");
    expect(page.charset).toBe("utf-8");
    expect(page.body.equals(PAGE_BYTES)).toBe(true);
    expect(page.sha256).toBe(createHash("sha256").update(PAGE_BYTES).digest("hex"));
    expect(page.text).toBe(PAGE_HTML);
    expect(new Date(page.fetchedAt).toISOString()).toBe(page.fetchedAt);
    expect(pageHits.at(-1)).toBe("counterclaim-test");
  });

  test("follows a chain of 3 redirects, absolute and relative, and lists them", async () => {
    const page = await fetchPage(`${server.url}/chain/1`, loopback);
    expect(page.redirects).toEqual([`${server.url}/chain/2`, `${server.url}/chain/3`, `${server.url}/chain/final`]);
    expect(page.finalUrl).toBe(`${server.url}/chain/final`);
    expect(page.requestedUrl).toBe(`${server.url}/chain/1`);
    expect(page.text).toBe("<p>end of chain</p>");
  });

  test("follows exactly 5 redirects but refuses a 6th", async () => {
    const page = await fetchPage(`${server.url}/hop?n=5`, loopback);
    expect(page.redirects).toHaveLength(5);
    expect(page.text).toBe("<p>landed</p>");
    await expectRefusal(fetchPage(`${server.url}/hop?n=6`, loopback), "too_many_redirects");
    await expectRefusal(fetchPage(`${server.url}/hop?n=2`, { ...loopback, maxRedirects: 1 }), "too_many_redirects");
  });

  test("refuses a redirect loop", async () => {
    const error = await expectRefusal(fetchPage(`${server.url}/loop/a`, loopback), "too_many_redirects");
    expect(error.message).toMatch(/circle/);
  });

  test("refuses a redirect into a private network without naming the internal address", async () => {
    const error = await expectRefusal(fetchPage(`${server.url}/to-private`, loopback), "forbidden_address");
    expect(error.message).not.toContain("10.0.0.1");
    await expectRefusal(fetchPage(`${server.url}/to-metadata`, loopback), "forbidden_address");
  });

  test("refuses a redirect to IPv4-mapped loopback, which even allowLoopback does not let in", async () => {
    await expectRefusal(fetchPage(`${server.url}/to-mapped`, loopback), "forbidden_address");
    await expectRefusal(fetchPage(`http://[::ffff:127.0.0.1]:${port()}/page`, loopback), "forbidden_address");
  });

  test("without allowLoopback, refuses the loopback server itself before connecting", async () => {
    const hitsBefore = pageHits.length;
    await expectRefusal(fetchPage(`${server.url}/page`), "forbidden_address");
    await expectRefusal(fetchPage(`${server.url}/to-private`), "forbidden_address");
    await expectRefusal(fetchPage(`http://localhost:${port()}/page`), "forbidden_address");
    await expectRefusal(fetchPage(`http://2130706433:${port()}/page`), "forbidden_address");
    await expectRefusal(fetchPage(`http://0x7f.1:${port()}/page`), "forbidden_address");
    await expectRefusal(fetchPage(`http://[::1]:${port()}/page`), "forbidden_address");
    expect(pageHits.length).toBe(hitsBefore);
  });

  test("refuses a host if any one of its resolved addresses is forbidden", async () => {
    const mixed: LookupAddress[] = [
      { address: "127.0.0.1", family: 4 },
      { address: "10.0.0.1", family: 4 },
    ];
    stubLookup(mixed);
    await expectRefusal(fetchPage(`http://mixed.example.test:${port()}/page`, loopback), "forbidden_address");
  });

  test("connects to the address it checked, resolving once, and keeps the hostname in Host", async () => {
    const lookup = stubLookup([{ address: "127.0.0.1", family: 4 }]);
    const page = await fetchPage(`http://news.example.test:${port()}/echo-host`, loopback);
    expect(page.text).toBe("<p>pinned</p>");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(seenHosts.at(-1)).toBe(`news.example.test:${port()}`);
  });

  test("refuses a host that does not resolve", async () => {
    stubLookup(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }));
    const error = await expectRefusal(fetchPage("https://no-such-site.example.test/story", loopback), "dns");
    expect(error.message).toContain("no-such-site.example.test");
  });

  test("gives up on a page that answers more slowly than the total time-out", async () => {
    await expectRefusal(fetchPage(`${server.url}/slow-headers`, { ...loopback, totalTimeoutMs: 300 }), "timeout");
  });

  test("gives up on a body that trickles in past the total time-out", async () => {
    await expectRefusal(fetchPage(`${server.url}/slow-body`, { ...loopback, totalTimeoutMs: 300 }), "timeout");
  });

  test("refuses an oversized page announced by Content-Length", async () => {
    await expectRefusal(fetchPage(`${server.url}/big-length`, { ...loopback, maxBytes: 1000 }), "too_large");
  });

  test("refuses an oversized chunked page while streaming, without waiting for its end", async () => {
    await expectRefusal(fetchPage(`${server.url}/big-chunked`, { ...loopback, maxBytes: 1000, totalTimeoutMs: 10_000 }), "too_large");
  });

  test("decodes a gzip-encoded page", async () => {
    const page = await fetchPage(`${server.url}/gzip`, loopback);
    expect(page.body.equals(PAGE_BYTES)).toBe(true);
    expect(page.text).toBe(PAGE_HTML);
  });

  test("applies the size cap to decompressed bytes (gzip bomb)", async () => {
    await expectRefusal(fetchPage(`${server.url}/gzip-bomb`, { ...loopback, maxBytes: 100_000 }), "too_large");
  });

  test.each(["/cp1251-header", "/cp1251-meta", "/cp1251-http-equiv"])("decodes a windows-1251 page (%s)", async (path) => {
    const page = await fetchPage(`${server.url}${path}`, loopback);
    expect(page.charset).toBe("windows-1251");
    expect(page.text).toContain(CYRILLIC);
    expect(page.body.includes(encodeWindows1251(CYRILLIC))).toBe(true);
  });

  test("falls back to UTF-8 for an unknown charset label", async () => {
    const page = await fetchPage(`${server.url}/unknown-charset`, loopback);
    expect(page.charset).toBe("utf-8");
    expect(page.text).toBe(PAGE_HTML);
  });

  test("lets a byte order mark decide the encoding, as browsers do", async () => {
    const page = await fetchPage(`${server.url}/bom`, loopback);
    expect(page.charset).toBe("utf-8");
    expect(page.text).toBe("Ёж");
  });

  test("accepts plain text and XHTML", async () => {
    expect((await fetchPage(`${server.url}/plain`, loopback)).contentType).toBe("text/plain");
    const xhtml = await fetchPage(`${server.url}/xhtml`, loopback);
    expect(xhtml.contentType).toBe("application/xhtml+xml");
    expect(xhtml.charset).toBe("utf-8");
  });

  test.each(["/pdf", "/json", "/no-type"])("refuses a response that is not HTML or text (%s)", async (path) => {
    await expectRefusal(fetchPage(`${server.url}${path}`, { ...loopback, totalTimeoutMs: 10_000 }), "content_type");
  });

  test("refuses a missing page and a server error", async () => {
    const missing = await expectRefusal(fetchPage(`${server.url}/missing`, loopback), "http_status");
    expect(missing.message).toMatch(/does not exist/);
    await expectRefusal(fetchPage(`${server.url}/server-error`, loopback), "http_status");
    await expectRefusal(fetchPage(`${server.url}/to-nowhere`, loopback), "http_status");
  });

  test.each(["ftp://127.0.0.1/file.txt", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<p>hi</p>"])(
    "refuses the scheme of %s",
    async (url) => {
      await expectRefusal(fetchPage(url, loopback), "scheme");
    },
  );

  test("refuses a redirect to a non-web scheme", async () => {
    await expectRefusal(fetchPage(`${server.url}/to-ftp`, loopback), "scheme");
  });

  test.each(["not a url", "example.com/article", ""])("refuses %j as not a URL", async (url) => {
    await expectRefusal(fetchPage(url, loopback), "invalid_url");
  });

  test("refuses credentials in the URL", async () => {
    const hitsBefore = pageHits.length;
    await expectRefusal(fetchPage(`http://user:secret@127.0.0.1:${port()}/page`, loopback), "invalid_url");
    expect(pageHits.length).toBe(hitsBefore);
  });

  test("reports a refused connection as a network failure", async () => {
    const closed = await startFixtureServer({});
    const url = `${closed.url}/page`;
    await closed.close();
    await expectRefusal(fetchPage(url, loopback), "network");
  });
});
