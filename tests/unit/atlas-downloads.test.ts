import { csv, sitesGeoJson, type AtlasOption } from '../../src/atlas/download-formats';
import { DownloadParamError, variablesFrom, type ParamSpecs } from '../../src/atlas/download-params';

const SPECS: ParamSpecs = {
  element: { kind: 'string' },
  stage: { kind: 'list', variable: 'stages' },
  maxHops: { kind: 'int' },
  controlThreshold: { kind: 'float' },
};

describe('atlas download query strings', () => {
  test('when values are given, then they become the operation variables: digits as numbers, lists from commas or repeats', () => {
    expect(variablesFrom({ element: 'Tb', stage: ['MINING', 'MAGNET,RECYCLING'], maxHops: '4', controlThreshold: '12.5' }, SPECS)).toEqual({
      element: 'Tb',
      stages: ['MINING', 'MAGNET', 'RECYCLING'],
      maxHops: 4,
      controlThreshold: 12.5,
    });
  });

  test('when a number is not one, then it is passed on as text for the API to refuse', () => {
    expect(variablesFrom({ maxHops: 'four', controlThreshold: '1e3' }, SPECS)).toEqual({ maxHops: 'four', controlThreshold: '1e3' });
  });

  test('when a parameter is unknown, repeated or empty, then it is refused naming it', () => {
    expect(() => variablesFrom({ elemnt: 'Tb' }, SPECS)).toThrow(new DownloadParamError('Unknown parameter "elemnt"; this endpoint takes element, stage, maxHops, controlThreshold.', 'elemnt'));
    expect(() => variablesFrom({ element: ['Tb', 'Dy'] }, SPECS)).toThrow('Parameter "element" is given 2 times; give it once.');
    expect(() => variablesFrom({ element: '' }, SPECS)).toThrow('Parameter "element" is empty.');
    expect(() => variablesFrom({ element: { nested: 'x' } }, SPECS)).toThrow('Parameter "element" is empty.');
  });
});

describe('atlas download formats', () => {
  const option = (id: string, location: { latitude: number; longitude: number } | null, control: Partial<AtlasOption>): AtlasOption => ({
    siteId: id,
    siteName: `=HYPERLINK("x") ${id}`,
    siteType: 'DEPOSIT',
    stages: ['MINING'],
    status: 'PRODUCING',
    statusLevel: 'PRODUCING',
    country: { iso2: 'AU', name: 'Australia' },
    capacity: -1.5,
    capacityUnit: 't',
    locatedOutside: true,
    controlledFromOutside: false,
    outsideControlPct: 0,
    controlAttributedPct: 100,
    controllers: [],
    why: 'because',
    site: { location, locationPrecision: location ? 'SITE' : null },
    sources: [{ id: 'src-a', title: 'A', publisher: 'P', url: 'https://example.org/a', published: null }],
    ...control,
  });
  const filters = { element: 'Tb', outside: 'CN', basis: 'LOCATION', asOf: '2026-12-01', controlThreshold: 25 };

  test('when sites are written as GeoJSON, then a site with coordinates is a lon/lat Point and one without has no geometry, each with its control class', () => {
    const collection = sitesGeoJson(
      [option('a', { latitude: -28.86, longitude: 122.54778 }, {}), option('b', null, { controlledFromOutside: true, outsideControlPct: 84 }), option('c', null, { controlAttributedPct: 60 })],
      filters,
    );
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => [feature.id, feature.geometry, feature.properties.control])).toEqual([
      ['a', { type: 'Point', coordinates: [122.54778, -28.86] }, 'OUTSIDE'],
      ['b', null, 'CONTROLLED'],
      // 40 % untraced is at least the 25 % threshold: control from CN cannot be ruled out.
      ['c', null, 'UNTRACED'],
    ]);
    expect(collection.features[0].properties).toMatchObject({ leadStage: 'MINING', sourceUrls: 'https://example.org/a', element: 'Tb', outside: 'CN', basis: 'LOCATION', asOf: '2026-12-01' });
  });

  test('when rows are written as CSV, then text that a spreadsheet would run is defused and numbers stay numbers', () => {
    expect(csv([{ name: '=1+1', value: -1.5, note: 'a "quoted", text', empty: null, yes: true, no: false }])).toBe('name,value,note,empty,yes,no\r\n\'=1+1,-1.5,"a ""quoted"", text",,true,false\r\n');
  });
});
