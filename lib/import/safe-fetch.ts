// Fetches the page behind a URL a user typed, without letting that URL reach into the server's own
// network (SSRF). Owns: scheme and address checks on every hop, pinning each connection to the
// address that was checked, redirects, time-outs, the size cap, the content-type whitelist and
// charset decoding. Server-only. Every refusal is an AppError("UNPROCESSABLE") a journalist can read.
import { createHash } from "node:crypto";
import { promises as dns, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import ipaddr from "ipaddr.js";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { isForbiddenAddress } from "@/lib/import/forbidden-addresses";

export type FetchPageOptions = {
  /** Cap on the (decompressed) body, in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Per hop: from opening the socket to the TCP connection being up. */
  connectTimeoutMs?: number;
  /** For the whole chain: DNS, every redirect and the full body. */
  totalTimeoutMs?: number;
  /** ONLY for tests: lets 127.0.0.0/8 and ::1 through, nothing else private. Production never sets it. */
  allowLoopback?: boolean;
  userAgent?: string;
};

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  /** Every Location followed, in order, already resolved against the page that sent it; the last one is finalUrl. */
  redirects: string[];
  status: number;
  /** Media type without parameters, lower-case, e.g. "text/html". */
  contentType: string;
  /** The WHATWG name of the encoding the text was decoded with, e.g. "windows-1251". */
  charset: string;
  /** The page's bytes as the server sent them, after undoing any Content-Encoding (gzip etc.). */
  body: Buffer;
  text: string;
  /** Hex SHA-256 of body, so the desk can prove what the page said. */
  sha256: string;
  fetchedAt: string;
};

export type FetchRefusalReason =
  | "invalid_url"
  | "scheme"
  | "forbidden_address"
  | "dns"
  | "too_many_redirects"
  | "timeout"
  | "too_large"
  | "content_type"
  | "http_status"
  | "network";

const DEFAULT_USER_AGENT = "Counterclaim/1.0 (article import for a fact-checking desk)";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_MEDIA_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
// The HTML spec's prescan looks at the first 1024 bytes; 2 KB also catches pages with long heads.
const META_CHARSET_WINDOW = 2048;

type Settings = Required<FetchPageOptions>;

/**
 * Fetches a page for import. Only http(s), no credentials in the URL; every hop's host is resolved
 * and refused if any of its addresses is forbidden, and the connection goes to a checked address
 * only, so DNS rebinding between check and connect cannot redirect it.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const settings: Settings = {
    maxBytes: options.maxBytes ?? 5_000_000,
    maxRedirects: options.maxRedirects ?? 5,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 15_000,
    allowLoopback: options.allowLoopback ?? false,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.totalTimeoutMs);
  try {
    const requested = parseTarget(url, null);
    const redirects: string[] = [];
    const visited = new Set([requested.href]);
    let current = requested;
    for (;;) {
      const isRedirectHop = redirects.length > 0;
      const addresses = await raceDeadline(resolveCheckedAddresses(current, settings, isRedirectHop), deadline.signal, settings);
      const response = await sendRequest(current, addresses, settings, deadline.signal);
      const status = response.statusCode ?? 0;
      if (!REDIRECT_STATUSES.has(status)) {
        const page = await readPage(response, settings, deadline.signal);
        return { requestedUrl: requested.href, finalUrl: current.href, redirects, status, ...page, fetchedAt: new Date().toISOString() };
      }
      response.destroy();
      current = followRedirect(current, response.headers.location, visited, redirects, settings);
      visited.add(current.href);
      redirects.push(current.href);
    }
  } finally {
    clearTimeout(timer);
  }
}

function refuse(reason: FetchRefusalReason, message: string, cause?: unknown): AppError {
  return new AppError("UNPROCESSABLE", message, { details: { field: "url", reason }, cause });
}

function timeoutRefusal(settings: Settings): AppError {
  const seconds = Math.max(1, Math.round(settings.totalTimeoutMs / 1000));
  return refuse("timeout", `The site took too long to answer (more than ${seconds} s), so Counterclaim stopped waiting. Try again later.`);
}

function parseTarget(input: string, base: URL | null): URL {
  let target: URL;
  try {
    target = base ? new URL(input, base) : new URL(input.trim());
  } catch (error) {
    throw base
      ? refuse("invalid_url", "The page redirects to an address that is not valid, so Counterclaim cannot follow it.", error)
      : refuse("invalid_url", "That is not a web address Counterclaim can read. Type the full address, starting with https://.", error);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw refuse("scheme", base
      ? "The page redirects to something that is not a web page (only http and https addresses are followed)."
      : "Only web addresses starting with http:// or https:// can be imported.");
  }
  if (target.username || target.password) {
    throw refuse("invalid_url", "Remove the user name and password from the address: Counterclaim does not send them to other sites.");
  }
  return target;
}

function followRedirect(from: URL, location: string | undefined, visited: Set<string>, redirects: string[], settings: Settings): URL {
  if (!location) throw refuse("http_status", "The site answered with a redirect but did not say where to, so there is no page to import.");
  const next = parseTarget(location, from);
  if (visited.has(next.href)) {
    throw refuse("too_many_redirects", "The site keeps redirecting in a circle, so there is no page to import.");
  }
  if (redirects.length >= settings.maxRedirects) {
    throw refuse("too_many_redirects", `The site redirects more than ${settings.maxRedirects} times, so Counterclaim stopped following it.`);
  }
  return next;
}

/** URL.hostname keeps the brackets around an IPv6 literal; sockets and DNS want them off. */
function bareHostname(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

async function resolveCheckedAddresses(url: URL, settings: Settings, isRedirectHop: boolean): Promise<LookupAddress[]> {
  const host = bareHostname(url);
  const literalFamily = isIP(host);
  let addresses: LookupAddress[];
  if (literalFamily) {
    addresses = [{ address: host, family: literalFamily }];
  } else {
    try {
      addresses = await dns.lookup(host, { all: true, verbatim: true });
    } catch (error) {
      throw dnsRefusal(url, isRedirectHop, error);
    }
    if (addresses.length === 0) throw dnsRefusal(url, isRedirectHop, null);
  }
  // One bad address is enough: the socket layer may pick any of them.
  if (addresses.some(({ address }) => !isPermittedAddress(address, settings.allowLoopback))) {
    throw refuse("forbidden_address", isRedirectHop
      ? "The page redirects into a private network, which Counterclaim does not fetch."
      : "That address points into a private network, which Counterclaim does not fetch.");
  }
  return addresses;
}

function dnsRefusal(url: URL, isRedirectHop: boolean, cause: unknown): AppError {
  return refuse("dns", isRedirectHop
    ? "The page redirects to a site that does not exist or cannot be found."
    : `Counterclaim could not find the site "${url.hostname}". Check the address for typos.`, cause);
}

function isPermittedAddress(address: string, allowLoopback: boolean): boolean {
  if (!isForbiddenAddress(address)) return true;
  return allowLoopback && isPlainLoopback(address);
}

// Deliberately narrow: the test setting lets in 127.0.0.0/8 and ::1 as such, not their
// IPv4-mapped spellings, so tests can still prove those are refused.
function isPlainLoopback(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed instanceof ipaddr.IPv4) return parsed.range() === "loopback";
  return parsed.toNormalizedString() === "0:0:0:0:0:0:0:1";
}

function raceDeadline<T>(work: Promise<T>, signal: AbortSignal, settings: Settings): Promise<T> {
  if (signal.aborted) return Promise.reject(timeoutRefusal(settings));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeoutRefusal(settings));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => { signal.removeEventListener("abort", onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener("abort", onAbort); reject(error); },
    );
  });
}

function sendRequest(url: URL, addresses: LookupAddress[], settings: Settings, signal: AbortSignal): Promise<IncomingMessage> {
  if (signal.aborted) return Promise.reject(timeoutRefusal(settings));
  // The socket layer asks this instead of DNS, so it can only ever connect to what was checked.
  // `host` stays the hostname, so Host and TLS SNI still name the site the user typed.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = transport.request({
      protocol: url.protocol,
      host: bareHostname(url),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: "GET",
      // A fresh socket per hop: a pooled one could still be connected to an earlier, other address.
      agent: false,
      lookup: pinnedLookup,
      headers: {
        "user-agent": settings.userAgent,
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    const connectTimer = setTimeout(() => {
      request.destroy(refuse("timeout", "The site did not accept a connection in time. It may be down; try again later."));
    }, settings.connectTimeoutMs);
    request.once("socket", (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once("connect", () => clearTimeout(connectTimer));
    });
    // Destroying the request also tears down a response whose body is still streaming.
    const onAbort = () => request.destroy(timeoutRefusal(settings));
    signal.addEventListener("abort", onAbort, { once: true });
    request.once("close", () => {
      clearTimeout(connectTimer);
      signal.removeEventListener("abort", onAbort);
    });
    request.on("error", (error) => {
      clearTimeout(connectTimer);
      reject(signal.aborted ? timeoutRefusal(settings) : isAppError(error) ? error : networkRefusal(error));
    });
    request.once("response", (response) => {
      clearTimeout(connectTimer);
      resolve(response);
    });
    request.end();
  });
}

function networkRefusal(cause: unknown): AppError {
  return refuse("network", "Counterclaim could not reach the site: the connection failed or broke off. Try again later.", cause);
}

async function readPage(
  response: IncomingMessage,
  settings: Settings,
  signal: AbortSignal,
): Promise<Pick<FetchedPage, "contentType" | "charset" | "body" | "text" | "sha256">> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    throw refuse("http_status", describeHttpStatus(status));
  }
  const { mediaType, charset: declaredCharset } = parseContentType(response.headers["content-type"]);
  if (!ACCEPTED_MEDIA_TYPES.has(mediaType)) {
    response.destroy();
    throw refuse("content_type", "That address is not a web page or plain text (it looks like a file or data). Upload documents with the file import instead.");
  }
  const declaredLength = Number(response.headers["content-length"]);
  if (Number.isFinite(declaredLength) && declaredLength > settings.maxBytes) {
    response.destroy();
    throw tooLargeRefusal(settings);
  }
  const body = await readCappedBody(response, settings, signal);
  const charset = chooseCharset(body, declaredCharset, mediaType);
  return {
    contentType: mediaType,
    charset,
    body,
    text: new TextDecoder(charset).decode(body),
    sha256: createHash("sha256").update(body).digest("hex"),
  };
}

function describeHttpStatus(status: number): string {
  if (status === 404 || status === 410) return "The site says this page does not exist (it may have been moved or deleted).";
  if (status === 401 || status === 403) return "The site refuses to show this page without a login or subscription.";
  if (status >= 500) return `The site had an error of its own (HTTP ${status}). Try again later.`;
  return `The site did not return the page (HTTP ${status}).`;
}

function tooLargeRefusal(settings: Settings): AppError {
  const megabytes = Math.round((settings.maxBytes / 1_000_000) * 10) / 10;
  return refuse("too_large", `The page is larger than ${megabytes} MB, which is more than Counterclaim imports.`);
}

function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  if (!header) return { mediaType: "", charset: null };
  const [type, ...parameters] = header.split(";");
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match) charset = match[1];
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

function openDecompressor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (name === "identity" || name === "") return null;
  if (name === "gzip" || name === "x-gzip") return zlib.createGunzip();
  if (name === "deflate") return zlib.createInflate();
  if (name === "br") return zlib.createBrotliDecompress();
  throw refuse("content_type", "The site sent the page in a compressed format Counterclaim cannot read.");
}

async function readCappedBody(response: IncomingMessage, settings: Settings, signal: AbortSignal): Promise<Buffer> {
  let decompressor: ReturnType<typeof openDecompressor>;
  try {
    decompressor = openDecompressor(response.headers["content-encoding"]);
  } catch (error) {
    response.destroy();
    throw error;
  }
  // The cap counts decompressed bytes: a small gzip can expand into gigabytes.
  const source: Readable = decompressor ? pipeline(response, decompressor, () => undefined) : response;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total > settings.maxBytes) throw tooLargeRefusal(settings);
      chunks.push(buffer);
    }
  } catch (error) {
    response.destroy();
    if (signal.aborted) throw timeoutRefusal(settings);
    if (isAppError(error)) throw error;
    throw networkRefusal(error);
  }
  // A body cut short without an error (connection closed early) must not pass for the whole page.
  if (!response.complete) throw networkRefusal(null);
  return Buffer.concat(chunks);
}

/** BOM first (as browsers do, it beats any declaration), then Content-Type, then <meta>, then UTF-8. */
function chooseCharset(body: Buffer, declared: string | null, mediaType: string): string {
  const fromBom = sniffByteOrderMark(body);
  if (fromBom) return fromBom;
  const fromHeader = declared ? normaliseEncodingLabel(declared) : null;
  if (fromHeader) return fromHeader;
  if (mediaType !== "text/plain") {
    const fromMeta = sniffMetaCharset(body.subarray(0, META_CHARSET_WINDOW));
    // The HTML spec: a <meta> claiming UTF-16 is wrong by construction (it was readable as ASCII).
    if (fromMeta) return fromMeta.startsWith("utf-16") ? "utf-8" : fromMeta;
  }
  return "utf-8";
}

function sniffByteOrderMark(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  return null;
}

/** The WHATWG encoding name for a label, or null for a label TextDecoder does not know. */
function normaliseEncodingLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

// Covers both <meta charset="..."> and <meta http-equiv="Content-Type" content="...; charset=...">.
function sniffMetaCharset(head: Buffer): string | null {
  const ascii = head.toString("latin1");
  for (const tag of ascii.matchAll(/<meta\b[^>]*>/gi)) {
    const match = /\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(tag[0]);
    const encoding = match ? normaliseEncodingLabel(match[1]) : null;
    if (encoding) return encoding;
  }
  return null;
}
