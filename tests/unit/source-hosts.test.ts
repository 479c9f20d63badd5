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
