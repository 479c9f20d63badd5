import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { copyHostProblem } from '../../src/domain/source-hosts';

describe('copyHostProblem', () => {
  test.each([
    ['http://203.0.113.7/article.html', 'bare IP address'],
    ['http://[2001:db8::1]/article', 'bare IP address'],
    ['https://staging.example-miner.com/news/1', 'staging or development'],
    ['https://dev-www.example.org/release', 'staging or development'],
    ['https://www-reuters-com.translate.goog/markets/x', 'web or translation proxy'],
    ['https://proxy.example.net/?u=https://www.reuters.com/x', 'web or translation proxy'],
    ['https://wikimili.com/en/Mount_Weld', 'hosts copies'],
    ['https://www.scribd.com/document/1/usgs-pp1802', 'hosts copies'],
    ['https://web.archive.org/web/2020/https://www.lynasrareearths.com/', 'hosts copies'],
    ['https://github.com/someone/usgs-mcs-copy/blob/main/data.csv', 'hosts copies'],
    ['https://issuu.com./ngu/docs/focus', 'hosts copies'],
    ['https://app.researchpool.com/research/1', 'hosts copies'],
    ['https://www.stocktitan.net/news/MP/1.html', 'hosts copies'],
  ])('when a source cites %s, then it is refused (%s)', (url, reason) => {
    expect(copyHostProblem(url)).toContain(reason);
  });

  test.each([
    'https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information',
    'https://doi.org/10.5066/example-data-release',
    'https://en.wikipedia.org/wiki/Mount_Weld',
    'https://www.reuters.com/markets/commodities/lynas-2025-01-01/',
    'https://www.devdiscourse.com/article/business/1',
    'https://latestnews.example.com/a',
    'https://www.asx.com.au/asxpdf/20250101/pdf/abc.pdf',
  ])('when a source cites the publisher %s, then it is accepted', (url) => {
    expect(copyHostProblem(url)).toBeUndefined();
  });
});

describe('the dataset’s sources', () => {
  const rows = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'seed', 'sources.csv'), 'utf8'), { columns: true }) as Array<{ id: string; url: string; kind: string; class: string; readVia: string }>;

  test('when every source of seed/sources.csv is read, then its url is on a publisher’s host: no bare IP, staging host, proxy, mirror or copy', () => {
    expect(rows.length).toBeGreaterThan(1000);
    const cited = rows.filter((row) => row.url);
    expect(cited.length).toBeGreaterThanOrEqual(rows.length - 1); // only the project's source article may lack one
    expect(cited.map((row) => [row.id, copyHostProblem(row.url)]).filter(([, problem]) => problem)).toEqual([]);
  });

  test('when every source is read, then it has a class and no retired kind', () => {
    expect(rows.filter((row) => !row.class || row.kind === 'PRIMARY_COPY').map((row) => row.id)).toEqual([]);
  });
});
