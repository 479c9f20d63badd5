/**
 * Hosts a citation must never point to: a reader is sent to the publisher's own page, and a copy
 * read elsewhere goes to `readVia` (docs/seed-format.md, sources.csv). The host list is kept in
 * docs/source-hosts.md with the reason for each; this is its executable form.
 */

/** Copies of other publishers' pages: mirrors, re-hosts, document-sharing sites, caches, archives. */
export const COPY_HOSTS: readonly string[] = [
  // Wikipedia mirror or reader
  'wikimili.com',
  'piglix.com',
  'friendlywiki.com',
  'a.osmarks.net',
  'wiki.studentb.eu',
  'review.clateway.com',
  'wikiwand.com',
  'wikiclassic.com',
  'wiki-org.ru',
  'dewiki.de',
  'frwiki.wiki',
  'wikiland.org',
  'kiwix.haohe.fun',
  'wikipedia-on-ipfs.org',
  'findatwiki.com',
  'the-uncensored-wiki.com',
  'everything.explained.today',
  'research.omicsgroup.org',
  'thereaderwiki.com',
  'askwikinow.com',
  'wiki-gateway.eudic.net',
  'wap.bdmobi.com',
  'pwojczyn.com',
  'wiki.x.io',
  'search.com.vn',
  'wn.com',
  'perceptiopt.com',
  'perceptiofr.com',
  'perceptioes.com',
  'wikizero.com',
  // web or translation proxy, snapshot
  'translate.goog',
  'translate.google.com',
  'translate.baiducontent.com',
  'lescigales.org',
  'rhythmusic.net',
  'oszar.com',
  'websnapshot.pages.dev',
  'benchmark-source-core.pages.dev',
  // staging, development, temporary or back-end host
  'bigscoots-temp.com',
  'staging.portaltela.com',
  'staging.globalbankingandfinance.com',
  'staging.ws',
  'capedgeqa.com',
  'core-prod.cambridgecore.org',
  'blue.naif.gov.au',
  'prod.lkab.com',
  'production.kallanish.com',
  'schulung.table.media',
  'cdn.meritalk.com',
  'cloudfront.net',
  // unauthorised news mirror or re-host
  'squidsite02.com',
  'daily8.com',
  'todayheadline.co',
  'bestgrowthstock.com',
  'financetom.com',
  'tradevae.com',
  'newsnetworks.com',
  'fotkaew.ru',
  'petropipelda.com',
  'bxzhyl.com',
  'wufengqin.com',
  'ccgp-fushun.com',
  'ttav89.com',
  'aolaikelin.cn',
  'cricutcom-setup.com',
  'dnyuz.com',
  'americanfocus.online',
  'economicherald.net',
  'stocknews24.com',
  'abrasivesunion.com',
  'eworksglobal.com',
  'yliwu.com',
  'tothethao.com',
  'medioq.com',
  'en.ckhq.net',
  'newsnreleases.com',
  'wired-gov.net',
  // press-release or filing aggregator (copies of releases, RNS and SEC filings)
  'theinvestingbox.com',
  'todaysstocks.com',
  'quantisnow.com',
  'crweworld.com',
  'ibn.fm',
  'greenstocknews.com',
  'app.researchpool.com',
  'stocktitan.net',
  'moomoo.com',
  '6ix.com',
  'minenportal.de',
  'ibftoday.ca',
  'getfilings.com',
  'content.edgar-online.com',
  'contracts.justia.com',
  'origin.rootz.global',
  'investegate.co.uk',
  'lse.co.uk',
  'shareprices.com',
  'old.moneyam.com',
  'stockwatch.com',
  'datais.info',
  // document sharing, digital newsstand, library catalogue
  'scribd.com',
  'docslib.org',
  'fdocuments.us',
  'vdocument.in',
  'pdfslide.net',
  'pdfslide.us',
  'doczz.net',
  'docest.com',
  'issuu.com',
  'joomag.com',
  'magzter.com',
  'libmast.utm.my',
  'slideshare.net',
  // code hosting copy
  'github.com',
  'raw.githubusercontent.com',
  'gist.github.com',
  // web archive or cache
  'web.archive.org',
  'archive.org',
  'archive.today',
  'archive.ph',
  'archive.is',
  'webcache.googleusercontent.com',
  'cachedview.nl',
  'pmc.ncbi.nlm.nih.gov',
  // bare IP address
  '3.127.128.221',
  '108.161.137.60',
  '218.28.6.71',
];

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** `staging.example.com`, `dev-www.example.com`, `example-staging.com`, `test.example.com`… */
const STAGING = /(^|[.-])(staging|stage|stg|dev|preprod|uat|test|qa)([.-]|\d)/;
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
