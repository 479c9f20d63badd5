/*
 * Inlined into the page's <head> by the service: reads the filters from the address and sends the
 * first questions (the map's sites, the filters' lists, the country shapes) before the chart library
 * has even downloaded, so the map can paint as soon as both are there. atlas.js takes over from here.
 */
(function () {
  'use strict';
  var VIEWS = ['map', 'balance', 'flows', 'importer'];
  var THRESHOLD = 25;

  function readState() {
    var params = new URLSearchParams(location.search);
    return {
      element: params.get('element') || 'Tb',
      outside: params.get('outside') || 'CN',
      basis: params.get('basis') || 'LOCATION',
      stage: params.get('stage') || '',
      status: params.get('status') || '',
      asOf: params.get('asOf') || '',
      importer: params.get('importer') || '',
      maxHops: params.get('maxHops') || '6',
      fromYear: params.get('fromYear') || '',
      toYear: params.get('toYear') || '',
      view: VIEWS.indexOf(params.get('view')) >= 0 ? params.get('view') : 'map',
      site: params.get('site') || '',
    };
  }

  function siteVariables(state) {
    var variables = { element: state.element, outside: state.outside, basis: state.basis, controlThreshold: THRESHOLD };
    if (state.stage) variables.stages = [state.stage];
    if (state.asOf) variables.asOf = state.asOf;
    return variables;
  }

  /*
   * POST /graphql; resolves with data, rejects with the API's first error (message and code). A
   * QUERY_TIMEOUT is asked once more: on a busy server the second try often finds the plan and
   * pages cached.
   */
  function graphql(name, variables, retried) {
    return ask(name, variables).catch(function (error) {
      if (error.code !== 'QUERY_TIMEOUT' || retried) throw error;
      return graphql(name, variables, true);
    });
  }

  function ask(name, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: window.ATLAS_OPERATIONS[name], variables: variables }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          var error = new Error(body.errors[0].message);
          error.code = body.errors[0].extensions && body.errors[0].extensions.code;
          throw error;
        }
        return body.data;
      });
  }

  var state = readState();
  var first = {
    filters: graphql('filters', {}),
    world: fetch('/atlas/assets/countries-110m.json').then(function (response) {
      return response.json();
    }),
  };
  if (state.view === 'map') first.sites = { variables: JSON.stringify(siteVariables(state)), answer: graphql('sites', siteVariables(state)) };
  // Unhandled until atlas.js uses them; keep the console quiet meanwhile (atlas.js reports errors).
  Object.keys(first).forEach(function (key) {
    var promise = first[key].answer || first[key];
    promise.catch(function () {});
  });

  window.AtlasBoot = { VIEWS: VIEWS, THRESHOLD: THRESHOLD, state: state, siteVariables: siteVariables, graphql: graphql, first: first };
})();
