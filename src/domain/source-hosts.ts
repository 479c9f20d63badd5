/**
 * Hosts a citation must never point to: a reader is sent to the publisher's own page, and a copy
 * read elsewhere goes to `readVia` (docs/seed-format.md, sources.csv). The host list is kept in
 * docs/source-hosts.md with the reason for each; this is its executable form.
 */

/** Copies of other publishers' pages: mirrors, re-hosts, document-sharing sites, caches, archives. */
export const COPY_HOSTS: readonly string[] = [
  // Wikipedia mirrors (cite en.wikipedia.org)
  'wikimili.com',
  'piglix.com',
  'friendlywiki.com',
  'osmarks.net',
  'wiki.studentb.eu',
  'wikiwand.com',
  'alchetron.com',
  'dbpedia.org',
  // document sharing and re-hosting of free publications (cite the issuer)
  'scribd.com',
  'dokumen.pub',
  'pdfcoffee.com',
  'studylib.net',
  'documents.pub',
  'yumpu.com',
  'docplayer.net',
  'vdocuments.mx',
  'fliphtml5.com',
  // caches, archives and proxies
  'webcache.googleusercontent.com',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'squidsite02.com',
  // code hosting is not where agencies publish data (cite the data release or its DOI)
  'github.com',
  'raw.githubusercontent.com',
];

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** `staging.example.com`, `dev-www.example.com`, `example-staging.com`, `test.example.com`… */
const STAGING = /(^|[.-])(staging|stage|stg|dev|preprod|uat|test)([.-]|\d)/;
/** Web and translation proxies: `*.translate.goog`, `proxy.example.com`, `example.com.proxy.net`. */
const PROXY = /(\.translate\.goog$|(^|[.-])proxy([.-]|\d|$)|(^|\.)translate\.google\.)/;

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

/** Why a URL cannot be a citation, or undefined when its host may be a publisher's. */
export function copyHostProblem(url: string): string | undefined {
  const host = hostOf(url);
  if (!host) return 'is not a URL with a host';
  if (IPV4.test(host) || host.includes(':')) return `host ${host} is a bare IP address, not a publisher`;
  if (STAGING.test(host)) return `host ${host} is a staging or development server`;
  if (PROXY.test(host)) return `host ${host} is a web or translation proxy`;
  const copy = COPY_HOSTS.find((known) => host === known || host.endsWith(`.${known}`));
  if (copy) return `host ${host} hosts copies (${copy}): cite the publisher's own page and put the copy in readVia`;
  return undefined;
}
