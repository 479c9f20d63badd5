import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { ErrorCode } from '../errors';
import { loadAtlasOperations, type AtlasOperationName } from './atlas-operations';
import { DownloadParamError, variablesFrom, type ParamSpecs } from './download-params';
import { flowsCsv, importerDependenceCsv, importerOptionsCsv, sitesCsv, sitesGeoJson, supplyBalanceCsv, supplyBalanceSitesCsv, type AtlasOption, type ChainPath, type ImporterAnswer, type SiteFilters, type SupplyBalanceAnswer } from './download-formats';

export interface AtlasResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs a GraphQL operation on this very server, as the caller of the HTTP request. */
export type AtlasExecutor = (req: Request, query: string, variables: Record<string, unknown>) => Promise<AtlasResult>;

export interface AtlasRouteOptions {
  execute: AtlasExecutor;
  /** StatusLevel's values, from the built schema (the sites' status filter is applied to the answer). */
  statusLevels: readonly string[];
}

const PAGE_DIRECTORY = path.join(PROJECT_ROOT, 'src', 'atlas', 'page');

/** The page's browser libraries, served from node_modules (package, file): no CDN, works offline. */
const ASSETS: Record<string, [string, string]> = {
  'echarts.min.js': ['echarts', 'dist/echarts.min.js'],
  'topojson-client.min.js': ['topojson-client', 'dist/topojson-client.min.js'],
  'd3-array.min.js': ['d3-array', 'dist/d3-array.min.js'],
  'd3-geo.min.js': ['d3-geo', 'dist/d3-geo.min.js'],
  // Natural Earth 1:110m country boundaries (public domain), as TopoJSON.
  'countries-110m.json': ['world-atlas', 'countries-110m.json'],
};

const SITE_PARAMS: ParamSpecs = {
  element: { kind: 'string' },
  outside: { kind: 'string' },
  basis: { kind: 'string' },
  stage: { kind: 'list', variable: 'stages' },
  status: { kind: 'list' },
  asOf: { kind: 'string' },
  controlThreshold: { kind: 'float' },
};

const FLOW_PARAMS: ParamSpecs = {
  element: { kind: 'string' },
  importer: { kind: 'string' },
  maxHops: { kind: 'int' },
  flagCountry: { kind: 'string' },
};

const IMPORTER_PARAMS: ParamSpecs = {
  element: { kind: 'string' },
  outside: { kind: 'string' },
  importer: { kind: 'string' },
  basis: { kind: 'string' },
  asOf: { kind: 'string' },
  controlThreshold: { kind: 'float' },
};

const BALANCE_PARAMS: ParamSpecs = {
  element: { kind: 'string' },
  outside: { kind: 'string' },
  basis: { kind: 'string' },
  stage: { kind: 'string' },
  fromYear: { kind: 'int' },
  toYear: { kind: 'int' },
  asOf: { kind: 'string' },
  controlThreshold: { kind: 'float' },
};

/**
 * The atlas: its page (`/atlas`), the page's assets, and downloads of each view's data as CSV or
 * GeoJSON. A download runs the page's own GraphQL operation on this server (so the API's limits,
 * access rules and errors apply) and refuses bad input with HTTP 400 and the API's error code.
 */
export function atlasRoutes(options: AtlasRouteOptions): Router {
  const operations = loadAtlasOperations();
  const page = fs
    .readFileSync(path.join(PAGE_DIRECTORY, 'index.html'), 'utf8')
    .replace('"__ATLAS_OPERATIONS__"', () => JSON.stringify(operations).replace(/</g, '\\u003c'))
    .replace('/*__ATLAS_BOOT__*/', () => fs.readFileSync(path.join(PAGE_DIRECTORY, 'atlas-boot.js'), 'utf8').replace(/<\//g, '<\\/'));
  const router = express.Router();

  // Asset URLs in the page are absolute, so /atlas and /atlas/ serve the same page.
  router.get('/', (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(page);
  });
  for (const file of ['atlas.js', 'atlas.css', 'atlas-model.js']) {
    router.get(`/${file}`, (_req, res) => res.sendFile(path.join(PAGE_DIRECTORY, file)));
  }
  for (const [file, [packageName, relative]] of Object.entries(ASSETS)) {
    const absolute = path.join(packageDirectory(packageName), relative);
    router.get(`/assets/${file}`, (_req, res) => res.sendFile(absolute, { maxAge: '1d' }));
  }

  const run = async (req: Request, res: Response, name: AtlasOperationName, specs: ParamSpecs, respond: (data: Record<string, unknown>, variables: Record<string, unknown>) => void) => {
    let variables: Record<string, unknown>;
    try {
      variables = variablesFrom(req.query as Record<string, unknown>, specs);
    } catch (error) {
      if (!(error instanceof DownloadParamError)) throw error;
      sendErrors(res, [{ message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: error.field } }]);
      return;
    }
    const { status, ...graphqlVariables } = variables;
    const statusProblem = checkStatusLevels(status, options.statusLevels);
    if (statusProblem) {
      sendErrors(res, [{ message: statusProblem, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'status' } }]);
      return;
    }
    const result = await options.execute(req, operations[name], graphqlVariables);
    if (result.errors?.length || !result.data) {
      sendErrors(res, result.errors ?? [{ message: 'No answer', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }]);
      return;
    }
    respond(result.data, variables);
  };

  const siteFilters = (variables: Record<string, unknown>): SiteFilters => ({
    element: String(variables.element),
    outside: String(variables.outside),
    basis: String(variables.basis ?? 'BOTH'),
    asOf: String(variables.asOf ?? today()),
    controlThreshold: typeof variables.controlThreshold === 'number' ? variables.controlThreshold : 25,
  });
  const filteredSites = (data: Record<string, unknown>, variables: Record<string, unknown>) => {
    const statuses = variables.status as string[] | undefined;
    const sites = data.alternativeSources as AtlasOption[];
    return statuses?.length ? sites.filter((site) => statuses.includes(site.statusLevel)) : sites;
  };

  router.get('/sites.geojson', (req, res, next) =>
    run(req, res, 'sites', SITE_PARAMS, (data, variables) => {
      res.type('application/geo+json').set(disposition(`sites-${fileTag(variables, ['element', 'outside', 'basis'])}.geojson`)).send(JSON.stringify(sitesGeoJson(filteredSites(data, variables), siteFilters(variables))));
    }).catch(next),
  );
  router.get('/sites.csv', (req, res, next) =>
    run(req, res, 'sites', SITE_PARAMS, (data, variables) => {
      sendCsv(res, `sites-${fileTag(variables, ['element', 'outside', 'basis'])}.csv`, sitesCsv(filteredSites(data, variables), siteFilters(variables)));
    }).catch(next),
  );
  router.get('/flows.csv', (req, res, next) =>
    run(req, res, 'flows', FLOW_PARAMS, (data, variables) => {
      const filters = { element: String(variables.element), importer: String(variables.importer), flagCountry: String(variables.flagCountry ?? 'CN') };
      sendCsv(res, `flows-${fileTag(variables, ['element', 'importer'])}.csv`, flowsCsv(data.supplyChains as ChainPath[], filters));
    }).catch(next),
  );
  const importerAnswer = (data: Record<string, unknown>): ImporterAnswer | undefined => (data.importerAlternatives as ImporterAnswer[])[0];
  router.get('/importer-options.csv', (req, res, next) =>
    run(req, res, 'importer', IMPORTER_PARAMS, (data, variables) => {
      const answer = importerAnswer(data);
      sendCsv(res, `importer-options-${fileTag(variables, ['element', 'outside', 'importer'])}.csv`, answer ? importerOptionsCsv(answer, siteFilters(variables)) : '');
    }).catch(next),
  );
  router.get('/importer-options.geojson', (req, res, next) =>
    run(req, res, 'importer', IMPORTER_PARAMS, (data, variables) => {
      const answer = importerAnswer(data);
      res
        .type('application/geo+json')
        .set(disposition(`importer-options-${fileTag(variables, ['element', 'outside', 'importer'])}.geojson`))
        .send(JSON.stringify(sitesGeoJson(answer?.options ?? [], siteFilters(variables))));
    }).catch(next),
  );
  router.get('/importer-dependence.csv', (req, res, next) =>
    run(req, res, 'importer', IMPORTER_PARAMS, (data, variables) => {
      const answer = importerAnswer(data);
      sendCsv(res, `importer-dependence-${fileTag(variables, ['element', 'outside', 'importer'])}.csv`, answer ? importerDependenceCsv(answer, { element: String(variables.element), outside: String(variables.outside) }) : '');
    }).catch(next),
  );
  router.get('/supply-balance.csv', (req, res, next) =>
    run(req, res, 'supply-balance', BALANCE_PARAMS, (data, variables) => {
      sendCsv(res, `supply-balance-${fileTag(variables, ['element', 'outside', 'basis', 'stage'])}.csv`, supplyBalanceCsv(data.supplyBalance as SupplyBalanceAnswer, String(variables.element)));
    }).catch(next),
  );
  router.get('/supply-balance-sites.csv', (req, res, next) =>
    run(req, res, 'supply-balance', BALANCE_PARAMS, (data, variables) => {
      sendCsv(res, `supply-balance-sites-${fileTag(variables, ['element', 'outside', 'basis', 'stage'])}.csv`, supplyBalanceSitesCsv(data.supplyBalance as SupplyBalanceAnswer, String(variables.element)));
    }).catch(next),
  );
  return router;
}

/** Where an installed package lives (some, such as d3-array, export no ./package.json to resolve). */
function packageDirectory(name: string): string {
  for (const directory of require.resolve.paths(name) ?? []) {
    if (fs.existsSync(path.join(directory, name, 'package.json'))) return path.join(directory, name);
  }
  throw new Error(`Atlas asset package not installed: ${name}`);
}

function checkStatusLevels(status: unknown, known: readonly string[]): string | undefined {
  if (status === undefined) return undefined;
  const unknown = (status as string[]).filter((value) => !known.includes(value));
  return unknown.length ? `Unknown status "${unknown[0].slice(0, 40)}"; status takes ${known.join(', ')}.` : undefined;
}

/** GraphQL errors as an HTTP answer: the status a client acts on, the API's body unchanged. */
function sendErrors(res: Response, errors: readonly GraphQLFormattedError[]): void {
  const code = String(errors[0]?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  res.status(HTTP_STATUS[code] ?? 500).json({ errors });
}

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

function sendCsv(res: Response, filename: string, body: string): void {
  res.type('text/csv; charset=utf-8').set(disposition(filename)).send(body);
}

function disposition(filename: string): Record<string, string> {
  return { 'content-disposition': `attachment; filename="${filename}"` };
}

/** A file name part from the filters: letters, digits and dashes only (it lands in a header). */
function fileTag(variables: Record<string, unknown>, names: string[]): string {
  return names
    .map((name) => variables[name])
    .filter((value) => value !== undefined)
    .map((value) => String(value).replace(/[^A-Za-z0-9]+/g, '-').slice(0, 30))
    .join('-');
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
