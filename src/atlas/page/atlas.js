/*
 * The atlas page: a map of the sites able to supply an element outside a country, the flows to an
 * importer as a Sankey diagram, and one importer's dependence and options. Everything it shows
 * comes from the public GraphQL API (POST /graphql) with the operations the service embeds in the
 * page (window.ATLAS_OPERATIONS, the same files the download endpoints run); maps and charts are
 * Apache ECharts, country shapes Natural Earth (world-atlas) through topojson-client.
 */
(function () {
  'use strict';

  var M = window.AtlasModel;
  var boot = window.AtlasBoot;
  var THRESHOLD = boot.THRESHOLD;
  var VIEWS = boot.VIEWS;
  var graphql = boot.graphql;

  var state = boot.state;
  var countriesByIso2 = {};
  var worldFeatures = null;
  var charts = {};
  var cache = { importers: null };
  var loaded = {};
  var mapZoom = 1;
  var recheckImporter = false;

  /* ---------- small helpers ---------- */

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key.indexOf('on') === 0) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /* ECharts tooltips take HTML: every value from the graph is escaped first. */
  function esc(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function fmt(value, digits) {
    if (value === null || value === undefined) return '';
    return Number(value).toLocaleString('en', { maximumFractionDigits: digits === undefined ? 1 : digits });
  }

  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function countryName(iso2) {
    return (countriesByIso2[iso2] && countriesByIso2[iso2].name) || iso2;
  }

  function hexToRgba(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  function showProblem(error) {
    var box = $('problem');
    if (!error) {
      box.hidden = true;
      return;
    }
    clear(box).appendChild(document.createTextNode((error.code ? error.code + ': ' : '') + error.message));
    box.hidden = false;
  }

  /* ---------- state in the address, so every view can be linked ---------- */

  function writeState() {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (key) {
      if (state[key]) params.set(key, state[key]);
    });
    history.replaceState(null, '', location.pathname + '?' + params.toString());
  }

  function siteVariables() {
    return boot.siteVariables(state);
  }

  function query(params) {
    var search = new URLSearchParams();
    Object.keys(params).forEach(function (key) {
      if (params[key] !== undefined && params[key] !== '') search.set(key, params[key]);
    });
    return search.toString();
  }

  function updateDownloads() {
    var sites = query({ element: state.element, outside: state.outside, basis: state.basis, stage: state.stage, status: state.status, asOf: state.asOf });
    $('dl-sites-csv').href = '/atlas/sites.csv?' + sites;
    $('dl-sites-geojson').href = '/atlas/sites.geojson?' + sites;
    var balance = query({ element: state.element, outside: state.outside, basis: state.basis, stage: balanceStage(), fromYear: state.fromYear, toYear: state.toYear, asOf: state.asOf });
    $('dl-balance-csv').href = '/atlas/supply-balance.csv?' + balance;
    $('dl-balance-sites-csv').href = '/atlas/supply-balance-sites.csv?' + balance;
    $('dl-flows-csv').href = '/atlas/flows.csv?' + query({ element: state.element, importer: state.importer, maxHops: state.maxHops, flagCountry: state.outside });
    var importer = query({ element: state.element, outside: state.outside, importer: state.importer, basis: state.basis, asOf: state.asOf });
    $('dl-importer-options-csv').href = '/atlas/importer-options.csv?' + importer;
    $('dl-importer-options-geojson').href = '/atlas/importer-options.geojson?' + importer;
    $('dl-importer-dependence-csv').href = '/atlas/importer-dependence.csv?' + importer;
  }

  function updateTitles() {
    var element = $('f-element').selectedOptions[0];
    var elementName = element ? element.textContent : state.element;
    var outside = countryName(state.outside);
    var importer = state.importer ? countryName(state.importer) : 'the importer';
    document.querySelectorAll('.element-name').forEach(function (node) {
      node.textContent = elementName;
    });
    document.querySelectorAll('.outside-name').forEach(function (node) {
      node.textContent = outside;
    });
    document.querySelectorAll('.importer-name').forEach(function (node) {
      node.textContent = importer;
    });
    $('question').textContent = 'Where could ' + elementName + ' come from outside ' + outside + '?';
  }

  /* ---------- the world ---------- */

  var worldReady = boot.first.world.then(function (topology) {
    var world = topojson.feature(topology, topology.objects.countries);
    world.features = world.features
      .filter(function (feature) {
        return feature.properties.name !== 'Antarctica';
      })
      .map(joinAcrossAntimeridian);
    worldFeatures = world.features;
    echarts.registerMap('world', world);
  });

  /*
   * Natural Earth rings that cross the 180° meridian (Russia's Chukotka, Fiji) jump from +180 to
   * -180, which a flat map draws as a line across the world; such a ring is continued east of 180°.
   */
  function joinAcrossAntimeridian(feature) {
    var geometry = feature.geometry;
    if (!geometry) return feature;
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring, index) {
        var crosses = ring.some(function (point, i) {
          return i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180;
        });
        if (crosses) {
          polygon[index] = ring.map(function (point) {
            return point[0] < 0 ? [point[0] + 360, point[1]] : point;
          });
        }
      });
    });
    return feature;
  }

  /* The map's name for a country of the graph: its name or one of its aliases, as Natural Earth spells it. */
  function featureFor(iso2) {
    var country = countriesByIso2[iso2];
    if (!country || !worldFeatures) return null;
    var names = [country.name].concat(country.aliases || []);
    for (var i = 0; i < worldFeatures.length; i++) {
      if (names.indexOf(worldFeatures[i].properties.name) >= 0) return worldFeatures[i];
    }
    return null;
  }

  /* Where a site with no recorded coordinates is drawn: the centre of its country's largest landmass. */
  var centres = {};
  function countryCentre(iso2) {
    if (iso2 in centres) return centres[iso2];
    var feature = featureFor(iso2);
    var centre = null;
    if (feature) {
      var geometry = feature.geometry;
      if (geometry.type === 'MultiPolygon') {
        var largest = geometry.coordinates
          .map(function (polygon) {
            return { type: 'Polygon', coordinates: polygon };
          })
          .sort(function (a, b) {
            return d3.geoArea(b) - d3.geoArea(a);
          })[0];
        geometry = largest;
      }
      centre = d3.geoCentroid(geometry);
    }
    centres[iso2] = centre;
    return centre;
  }

  /* ---------- map of sites ---------- */

  function markerFor(option) {
    var controlClass = M.controlClass(option, THRESHOLD);
    var control = M.CONTROL_CLASSES.filter(function (c) {
      return c.id === controlClass;
    })[0];
    var status = M.STATUS_LEVELS.filter(function (s) {
      return s.id === option.statusLevel;
    })[0] || M.STATUS_LEVELS[M.STATUS_LEVELS.length - 1];
    var stage = M.stage(M.leadStage(option.stages));
    var location = M.location(option);
    var position = location ? [location.longitude, location.latitude] : countryCentre(option.country.iso2);
    return { control: control, status: status, stage: stage, position: position, approximate: !location };
  }

  function siteTooltip(option, marker, outsideName) {
    return (
      '<strong>' + esc(option.siteName) + '</strong> (' + esc(option.country.name) + ')<br>' +
      esc(marker.stage ? marker.stage.label : option.stages.join(', ')) + ' · ' + esc(option.status) + '<br>' +
      esc(M.controlLabel(option, THRESHOLD, outsideName)) +
      (option.capacity !== null ? '<br>Capacity: ' + esc(fmt(option.capacity)) + ' ' + esc(option.capacityUnit || '') : '') +
      (option.tonnes ? '<br>This year: ' + esc(rangeText(option.tonnes)) + ' ' + esc(unitLabel(option.tonnesUnit)) + ' per year' : '') +
      (option.route ? '<br>Output goes: ' + esc(option.route === 'VIA_COUNTRY' ? 'via ' + outsideName : ROUTE_WORDS[option.route] || option.route) : '') +
      (marker.approximate ? '<br><em>No coordinates recorded: drawn at the centre of ' + esc(option.country.name) + '</em>' : '')
    );
  }

  /* One scatter series per stage over a geo component; shape = control, fill = status, colour = stage. */
  function drawSites(chart, options, settings) {
    var outsideName = countryName(state.outside);
    var outsideFeature = featureFor(state.outside);
    var byStage = {};
    options.forEach(function (option) {
      var marker = markerFor(option);
      if (!marker.position) return;
      var stageLabel = marker.stage ? marker.stage.label : 'Other';
      var colour = marker.stage ? marker.stage.colour : '#999999';
      var reached = settings && settings.reached && option.reachedThroughAgreement;
      (byStage[stageLabel] = byStage[stageLabel] || []).push({
        name: option.siteName,
        siteId: option.siteId,
        siteType: option.siteType,
        value: marker.position,
        symbol: marker.control.symbol,
        symbolSize: marker.status.size + (reached ? 4 : 0),
        itemStyle: {
          color: hexToRgba(colour, marker.status.opacity),
          borderColor: reached ? '#000000' : marker.control.border,
          borderWidth: reached ? Math.max(3, marker.control.borderWidth) : marker.control.borderWidth,
          borderType: marker.approximate ? 'dotted' : marker.control.borderType || 'solid',
        },
        tooltipHtml: siteTooltip(option, marker, outsideName) + (reached ? '<br>Reached through an agreement' : ''),
      });
    });
    var series = Object.keys(byStage).map(function (label) {
      return {
        type: 'scatter',
        name: label,
        coordinateSystem: 'geo',
        data: byStage[label],
        emphasis: { scale: 1.4 },
        zlevel: 1,
      };
    });
    chart.setOption(
      {
        animation: false,
        aria: { enabled: true, label: { description: (settings && settings.description) || 'World map of ' + options.length + ' sites.' } },
        tooltip: {
          trigger: 'item',
          formatter: function (params) {
            return params.data && params.data.tooltipHtml ? params.data.tooltipHtml : esc(params.name);
          },
        },
        geo: {
          map: 'world',
          roam: true,
          zoom: settings && settings.zoom ? settings.zoom : 1,
          scaleLimit: { min: 1, max: 12 },
          itemStyle: { areaColor: '#e9edf0', borderColor: '#a3adb4', borderWidth: 0.5 },
          emphasis: { disabled: true },
          tooltip: { show: false },
          regions: outsideFeature ? [{ name: outsideFeature.properties.name, itemStyle: { areaColor: '#b9c0c5', borderColor: '#5e6a71', borderWidth: 1 } }] : [],
          silent: true,
        },
        series: series,
      },
      true,
    );
  }

  /* Legend in HTML: read by screen readers, printed with the page, same symbols as the map. */
  function symbolSvg(symbol, fill, stroke, strokeWidth, dash) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    var shape;
    if (symbol === 'circle') {
      shape = document.createElementNS(ns, 'circle');
      shape.setAttribute('cx', '9');
      shape.setAttribute('cy', '9');
      shape.setAttribute('r', '6.5');
    } else {
      shape = document.createElementNS(ns, 'polygon');
      shape.setAttribute('points', symbol === 'triangle' ? '9,2 16,16 2,16' : '9,1.5 16.5,9 9,16.5 1.5,9');
    }
    shape.setAttribute('fill', fill);
    shape.setAttribute('stroke', stroke);
    shape.setAttribute('stroke-width', String(Math.min(strokeWidth, 2.5)));
    if (dash) shape.setAttribute('stroke-dasharray', dash);
    svg.appendChild(shape);
    return svg;
  }

  function legendGroup(title, items) {
    return el('fieldset', {}, [
      el('legend', { text: title }),
      el(
        'ul',
        {},
        items.map(function (item) {
          return el('li', {}, [item.svg, item.label]);
        }),
      ),
    ]);
  }

  function drawMapLegend(container, extra) {
    var outsideName = countryName(state.outside);
    var seen = {};
    var stages = M.STAGES.filter(function (s) {
      if (seen[s.label]) return false;
      seen[s.label] = true;
      return true;
    });
    clear(container);
    container.appendChild(
      legendGroup(
        'Colour: stage',
        stages.map(function (s) {
          return { svg: symbolSvg('circle', s.colour, '#333', 1), label: s.label };
        }),
      ),
    );
    container.appendChild(
      legendGroup(
        'Fill and size: status',
        M.STATUS_LEVELS.map(function (s) {
          return { svg: symbolSvg('circle', hexToRgba('#0072B2', s.opacity), '#333', 1), label: s.label };
        }),
      ),
    );
    container.appendChild(
      legendGroup(
        'Shape: control from ' + outsideName + ' (threshold ' + THRESHOLD + ' %)',
        M.CONTROL_CLASSES.map(function (c) {
          var label = c.id === 'CONTROLLED' ? 'Controlled from ' + outsideName : c.id === 'OUTSIDE' ? 'Outside ' + outsideName + "'s control (traced)" : c.label;
          return { svg: symbolSvg(c.symbol, '#ffffff', c.border, c.borderWidth, c.borderType === 'dashed' ? '3,2' : null), label: label };
        }),
      ),
    );
    var other = [
      { svg: symbolSvg('circle', '#ffffff', '#333', 1.5, '1,2'), label: 'Dotted outline: no coordinates recorded, drawn at its country’s centre' },
      { svg: symbolSvg('circle', '#b9c0c5', '#5e6a71', 1), label: outsideName + ' (shaded)' },
    ];
    if (extra) other = other.concat(extra);
    container.appendChild(legendGroup('Also', other));
  }

  function controlTag(option) {
    var cls = M.controlClass(option, THRESHOLD);
    var label = cls === 'CONTROLLED' ? 'controlled from ' + countryName(state.outside) + ' ' + M.round1(option.outsideControlPct) + ' %' : cls === 'UNTRACED' ? 'untraced (' + M.round1(100 - option.controlAttributedPct) + ' % not traced)' : 'outside (' + M.round1(option.outsideControlPct) + ' % from ' + state.outside + ')';
    return el('span', { className: 'tag ' + cls.toLowerCase(), 'data-control': cls, text: label });
  }

  function drawSitesTable(table, options, extraColumns) {
    clear(table);
    var columns = ['Site', 'Type', 'Country', 'Stage', 'Status', 'Control', 'Capacity'].concat((extraColumns || []).map(function (c) {
      return c.title;
    }));
    table.appendChild(el('thead', {}, [el('tr', {}, columns.map(function (c) {
      return el('th', { scope: 'col', text: c, className: c === 'Capacity' ? 'num' : null });
    }))]));
    var body = el('tbody');
    options.forEach(function (option) {
      var stage = M.stage(M.leadStage(option.stages));
      var row = el('tr', { 'data-site-id': option.siteId }, [
        el('td', {}, [
          el('button', { type: 'button', className: 'site', 'data-site-id': option.siteId, 'aria-controls': 'site-panel', text: option.siteName, onclick: function () {
            openSite(option.siteId, option.siteType, this);
          } }),
          M.location(option) ? null : el('span', { className: 'hint', title: 'No coordinates recorded', text: ' ≈' }),
        ]),
        el('td', { text: option.siteType === 'DEPOSIT' ? 'Deposit' : 'Plant' }),
        el('td', { text: option.country.name }),
        el('td', { text: stage ? stage.label : option.stages.join(', ') }),
        el('td', { text: option.status }),
        el('td', {}, [controlTag(option)]),
        el('td', { className: 'num', text: option.capacity !== null ? fmt(option.capacity) + ' ' + (option.capacityUnit || '') : '' }),
      ].concat((extraColumns || []).map(function (c) {
        return el('td', {}, [c.cell(option)]);
      })));
      body.appendChild(row);
    });
    table.appendChild(body);
  }

  function drawSources(list, sources) {
    clear(list);
    var seen = {};
    sources
      .filter(function (source) {
        if (!source || seen[source.id]) return false;
        seen[source.id] = true;
        return true;
      })
      .sort(function (a, b) {
        return a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title);
      })
      .forEach(function (source) {
        var url = safeUrl(source.url);
        list.appendChild(
          el('li', {}, [
            url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: source.title }) : el('span', { text: source.title }),
            ' — ' + source.publisher + (source.published ? ', ' + source.published : ''),
          ]),
        );
      });
    if (!list.children.length) list.appendChild(el('li', { text: 'No sources: nothing is shown.' }));
  }

  function loadMap() {
    var started = performance.now();
    var chart = charts.map || (charts.map = echarts.init($('map'), null, { renderer: 'canvas' }));
    chart.showLoading({ text: 'Loading sites…' });
    var variables = siteVariables();
    var first = boot.first.sites;
    boot.first.sites = null;
    var answer = first && first.variables === JSON.stringify(variables) ? first.answer : graphql('sites', variables);
    return Promise.all([answer, worldReady, countriesReady])
      .then(function (results) {
        var options = results[0].alternativeSources.filter(function (option) {
          return !state.status || option.statusLevel === state.status;
        });
        chart.hideLoading();
        chart.off('click');
        chart.on('click', function (params) {
          if (params.componentType === 'series' && params.data && params.data.siteId) openSite(params.data.siteId, params.data.siteType, null);
        });
        chart.off('finished');
        var painted = false;
        chart.on('finished', function () {
          if (painted) return;
          painted = true;
          document.body.setAttribute('data-map-ready', String(options.length));
          if (!performance.getEntriesByName('atlas-map-painted').length) performance.mark('atlas-map-painted');
          document.body.setAttribute('data-map-ms', String(Math.round(performance.now() - started)));
        });
        drawSites(chart, options, {
          zoom: mapZoom,
          description: 'World map of ' + options.length + ' sites able to supply ' + state.element + ' (' + state.basis.toLowerCase() + ' basis, outside ' + countryName(state.outside) + ').',
        });
        drawMapLegend($('map-legend'));
        $('sites-heading').textContent = 'Sites (' + options.length + ')';
        drawSitesTable($('sites-table'), options);
        drawSources(
          $('map-sources'),
          [].concat.apply(
            [],
            options.map(function (o) {
              return o.sources;
            }),
          ),
        );
        loadImporters().catch(showProblem);
        if (state.site) {
          var chosen = options.filter(function (o) {
            return o.siteId === state.site;
          })[0];
          if (chosen) openSite(chosen.siteId, chosen.siteType, null);
        }
      })
      .catch(function (error) {
        chart.hideLoading();
        showProblem(error);
      });
  }

  function zoomMap(direction) {
    if (!charts.map) return;
    var geo = charts.map.getOption().geo[0];
    var zoom = direction === 'reset' ? 1 : Math.max(1, Math.min(12, (geo.zoom || 1) * (direction === 'in' ? 1.5 : 1 / 1.5)));
    mapZoom = zoom;
    charts.map.setOption({ geo: { zoom: zoom, center: direction === 'reset' ? null : geo.center } });
  }

  /* ---------- a site's panel ---------- */

  var lastOpener = null;

  function fact(term, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return [];
    return [el('dt', { text: term }), el('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) })];
  }

  function openSite(siteId, siteType, opener) {
    var panel = $('site-panel');
    var body = clear($('site-body'));
    lastOpener = opener || lastOpener;
    panel.hidden = false;
    resizeCharts();
    body.appendChild(el('p', { text: 'Loading ' + siteId + '…' }));
    document.querySelectorAll('#sites-table tr.selected').forEach(function (row) {
      row.classList.remove('selected');
    });
    var row = document.querySelector('#sites-table tr[data-site-id="' + CSS.escape(siteId) + '"]');
    if (row) row.classList.add('selected');
    state.site = siteId;
    writeState();
    var variables = { id: siteId, isDeposit: siteType === 'DEPOSIT' };
    if (state.asOf) variables.asOf = state.asOf;
    return graphql('site', variables)
      .then(function (data) {
        drawSitePanel(body, data.deposit || data.facility, data.controlChain, siteType);
        panel.focus();
      })
      .catch(function (error) {
        clear(body).appendChild(el('p', { text: 'Could not load the site: ' + error.message }));
      });
  }

  function closeSite() {
    $('site-panel').hidden = true;
    state.site = '';
    writeState();
    resizeCharts();
    if (lastOpener && document.body.contains(lastOpener)) lastOpener.focus();
  }

  function drawSitePanel(body, site, chain, siteType) {
    clear(body);
    body.setAttribute('data-site-id', site.id);
    body.appendChild(el('h2', { id: 'site-title', text: site.name }));
    var facts = [].concat(
      fact('Type', siteType === 'DEPOSIT' ? 'Deposit' + (site.depositTypeText ? ' — ' + site.depositTypeText : '') : 'Plant'),
      fact('Country', site.country ? site.country.name : null),
      fact('Region', site.region),
      fact('Position', site.location ? M.round1(site.location.latitude) + '°, ' + M.round1(site.location.longitude) + '° (' + String(site.locationPrecision || '').toLowerCase() + ')' : 'no coordinates recorded'),
      fact('Status', site.status + (site.statusYear ? ' (' + site.statusYear + ')' : '')),
      fact('Status note', site.statusNote),
      fact('Stages', site.stages),
      fact('Capacity', site.capacityTonnesPerYear !== undefined && site.capacityTonnesPerYear !== null ? fmt(site.capacityTonnesPerYear) + ' t/yr ' + (site.capacityProduct || '') : null),
      fact('Capacity (sources)', site.capacityText),
      fact('Resource', site.resourceText),
      fact('Contained TREO', site.containedTREOt ? fmt(site.containedTREOt, 0) + ' t' : null),
      fact('Grade', site.gradePctTREO ? site.gradePctTREO + ' % TREO' : null),
      fact('Heavy rare earths', site.heavyRareEarthNotable ? 'notable (sources)' : null),
      fact(
        'Contents',
        (site.contents || []).map(function (c) {
          return c.element.symbol + ' ' + c.role.toLowerCase() + (c.content ? ' (' + c.content + ')' : '');
        }),
      ),
      fact(
        'Processes',
        (site.processes || []).map(function (p) {
          return p.element.symbol + ': ' + p.role.toLowerCase() + (p.product ? ' ' + p.product : '') + ' — ' + p.status.toLowerCase() + (p.capacityTonnesPerYear ? ', ' + fmt(p.capacityTonnesPerYear) + ' t/yr' : '');
        }),
      ),
      fact(
        'Operators',
        site.operators.map(function (o) {
          return o.company.name + (o.since ? ' since ' + o.since : '') + (o.until ? ' until ' + o.until : '');
        }),
      ),
      fact(
        'Direct owners',
        site.owners.map(function (o) {
          return o.owner.name + ' ' + (o.stakePct !== null ? o.stakePct + ' %' : o.stakeText || 'stake unknown') + (o.asOf ? ' (as of ' + o.asOf + ')' : '');
        }),
      ),
    );
    body.appendChild(el('dl', {}, facts));
    if (site.description) body.appendChild(el('p', { text: site.description }));

    body.appendChild(el('h3', { text: 'Control chain' + (state.asOf ? ' on ' + state.asOf : ' today') }));
    if (chain) {
      body.appendChild(el('p', { text: M.round1(chain.controlAttributedPct) + ' % of control traced to a holder' + (chain.unknownPaths ? '; ' + chain.unknownPaths + ' path(s) with a stake of unknown size' : '') + '.' }));
      body.appendChild(
        el(
          'ul',
          { className: 'by-country' },
          chain.controlByCountry.map(function (share) {
            return el('li', { 'data-country': share.country ? share.country.iso2 : '', text: share.name + ': ' + M.round1(share.effectivePct) + ' % effective' });
          }),
        ),
      );
      var controllerIds = chain.controllers.map(function (c) {
        return c.id;
      });
      var paths = chain.paths.filter(function (p) {
        return controllerIds.indexOf(p.holders[0].id) >= 0;
      });
      body.appendChild(el('p', { className: 'hint', text: 'Ultimate holders, and the ownership paths down to the site (effective stake = stakes multiplied along the path):' }));
      body.appendChild(
        el(
          'ul',
          { className: 'paths' },
          paths.map(function (p) {
            var steps = p.holders
              .map(function (h, i) {
                return h.name + (i < p.stakePcts.length ? ' —' + (p.stakePcts[i] === null ? '?' : p.stakePcts[i]) + ' %' + (p.links[i] === 'OPERATES' ? ' (operates)' : '') + '→' : '');
              })
              .join(' ');
            return el('li', { text: steps + ' = ' + (p.effectivePct === null ? 'unknown' : M.round1(p.effectivePct) + ' %') });
          }),
        ),
      );
    } else {
      body.appendChild(el('p', { text: 'No ownership recorded.' }));
    }

    body.appendChild(el('h3', { text: 'Agreements (' + site.agreements.length + ')' }));
    body.appendChild(
      site.agreements.length
        ? el(
            'ul',
            {},
            site.agreements.map(function (a) {
              return el('li', { text: a.title + ' — ' + a.kinds.join(', ').toLowerCase() + ', ' + a.status.toLowerCase() + (a.date ? ', ' + a.date : '') });
            }),
          )
        : el('p', { text: 'None recorded.' }),
    );

    body.appendChild(el('h3', { text: 'Sources' }));
    var sources = el('ol', { className: 'sources' });
    drawSources(
      sources,
      site.sources.concat.apply(
        site.sources,
        site.agreements.map(function (a) {
          return a.sources;
        }),
      ),
    );
    body.appendChild(sources);
  }

  /* ---------- supply balance by year ---------- */

  /* The balance counts one stage; the map's "all stages" means the API's default, separated oxide. */
  function balanceStage() {
    return state.stage || 'SEPARATION_REFINING';
  }

  var CONFIDENCE = [
    { id: 'HIGH', label: 'high confidence', colour: M.OKABE_ITO.blue },
    { id: 'MEDIUM', label: 'medium confidence', colour: M.OKABE_ITO.skyBlue },
    { id: 'LOW', label: 'low confidence', colour: M.OKABE_ITO.yellow },
  ];

  function rangeText(range) {
    if (!range) return 'no figure';
    return range.low === range.high ? fmt(range.low, 2) : fmt(range.low, 2) + '–' + fmt(range.high, 2);
  }

  function loadBalance() {
    var chart = charts.balance || (charts.balance = echarts.init($('balance'), null, { renderer: 'canvas' }));
    chart.showLoading({ text: 'Loading the supply balance…' });
    var variables = { element: state.element, outside: state.outside, basis: state.basis, stage: balanceStage(), controlThreshold: THRESHOLD };
    if (state.fromYear) variables.fromYear = Number(state.fromYear);
    if (state.toYear) variables.toYear = Number(state.toYear);
    if (state.asOf) variables.asOf = state.asOf;
    return Promise.all([graphql('supply-balance', variables), countriesReady])
      .then(function (results) {
        chart.hideLoading();
        drawBalance(chart, results[0].supplyBalance);
        loadImporters().catch(showProblem);
      })
      .catch(function (error) {
        chart.hideLoading();
        showProblem(error);
      });
  }

  /*
   * Bars: what the sites outside can supply, low end of each site's range, stacked by confidence;
   * dashed line: the high end. Lines: the country's own output and demand (low and high), where a
   * figure is recorded. Decal patterns (ECharts aria) tell the bars apart without colour.
   */
  function drawBalance(chart, balance) {
    var years = balance.years.map(function (y) {
      return String(y.year);
    });
    var outsideName = balance.outside.name;
    var lowBy = function (confidence) {
      return balance.years.map(function (y) {
        return Math.round(
          y.sites
            .filter(function (site) {
              return site.confidence === confidence;
            })
            .reduce(function (sum, site) {
              return sum + site.tonnes.low;
            }, 0) * 1000,
        ) / 1000;
      });
    };
    var rangeSeries = function (name, pick, end, colour, dashed) {
      return {
        type: 'line',
        name: name,
        data: balance.years.map(function (y) {
          var range = pick(y);
          return range ? range[end] : null;
        }),
        connectNulls: false,
        symbol: end === 'low' ? 'circle' : 'triangle',
        symbolSize: 7,
        lineStyle: { color: colour, width: 2, type: dashed ? 'dashed' : 'solid' },
        itemStyle: { color: colour },
      };
    };
    var series = CONFIDENCE.map(function (c) {
      return { type: 'bar', name: 'Outside ' + outsideName + ', low end — ' + c.label, stack: 'supply', data: lowBy(c.id), itemStyle: { color: c.colour, borderColor: '#333', borderWidth: 0.5 }, barMaxWidth: 48 };
    }).concat([
      rangeSeries('Outside ' + outsideName + ', high end of the range', function (y) {
        return y.supply;
      }, 'high', M.OKABE_ITO.black, true),
      rangeSeries(outsideName + '’s own output, low', function (y) {
        return y.insideCountry;
      }, 'low', M.OKABE_ITO.vermillion, false),
      rangeSeries(outsideName + '’s own output, high', function (y) {
        return y.insideCountry;
      }, 'high', M.OKABE_ITO.vermillion, true),
      rangeSeries('Demand, low', function (y) {
        return y.demand;
      }, 'low', M.OKABE_ITO.reddishPurple, false),
      rangeSeries('Demand, high', function (y) {
        return y.demand;
      }, 'high', M.OKABE_ITO.reddishPurple, true),
    ]);
    chart.setOption(
      {
        aria: { enabled: true, decal: { show: true }, label: { description: 'Supply of ' + state.element + ' outside ' + outsideName + ' by year, ' + balance.unit + '.' } },
        animation: false,
        color: [M.OKABE_ITO.blue, M.OKABE_ITO.skyBlue, M.OKABE_ITO.yellow, M.OKABE_ITO.black, M.OKABE_ITO.vermillion, M.OKABE_ITO.vermillion, M.OKABE_ITO.reddishPurple, M.OKABE_ITO.reddishPurple],
        tooltip: {
          trigger: 'axis',
          formatter: function (items) {
            var year = balance.years[items[0].dataIndex];
            return (
              '<strong>' + esc(year.year) + '</strong> (' + esc(balance.unit) + ')<br>' +
              'Outside ' + esc(outsideName) + ': ' + esc(rangeText(year.supply)) + ' from ' + year.sites.length + ' site(s)<br>' +
              esc(outsideName) + '’s own output: ' + esc(rangeText(year.insideCountry)) + (year.insideCountryIs ? ' (' + esc(year.insideCountryIs) + ')' : '') + '<br>' +
              'Demand: ' + esc(rangeText(year.demand))
            );
          },
        },
        legend: { type: 'plain', top: 0, left: 0, right: 0, itemGap: 14, textStyle: { fontSize: 11 } },
        grid: { top: 84, left: 70, right: 24, bottom: 56 },
        xAxis: { type: 'category', data: years, name: 'Year', nameLocation: 'middle', nameGap: 30 },
        yAxis: { type: 'value', name: balance.unit, nameLocation: 'middle', nameGap: 52, min: 0 },
        series: series,
      },
      true,
    );
    document.body.setAttribute('data-balance-years', String(balance.years.length));
    var missing = [];
    if (balance.years.every(function (y) {
      return !y.insideCountry;
    })) missing.push(outsideName + '’s own output');
    if (balance.years.every(function (y) {
      return !y.demand;
    })) missing.push('demand');
    $('balance-note').textContent =
      'Stage counted: ' + balance.stage.toLowerCase().replace(/_/g, ' ') + ' (' + balance.unit + '); basis ' + balance.basis.toLowerCase() + '; as of ' + balance.asOf + '. Sites count only with a route outside ' + outsideName + '.' +
      (missing.length ? ' No figure recorded in these years for: ' + missing.join(', ') + '.' : '');
    drawBalanceTables(balance);
    var sources = [];
    balance.years.forEach(function (y) {
      y.sites.forEach(function (site) {
        sources = sources.concat(site.sources);
      });
      if (y.countryOutput) sources = sources.concat(y.countryOutput.sources);
      if (y.worldDemand) sources = sources.concat(y.worldDemand.sources);
    });
    drawSources($('balance-sources'), sources);
  }

  function drawBalanceTables(balance) {
    var table = clear($('balance-table'));
    var outsideName = balance.outside.name;
    var head = ['Year', 'Outside ' + outsideName + ' (' + balance.unit + ')', 'Low end by confidence: high / medium / low', 'Sites', outsideName + '’s own output', 'Demand'];
    table.appendChild(el('thead', {}, [el('tr', {}, head.map(function (c) {
      return el('th', { scope: 'col', text: c });
    }))]));
    var body = el('tbody');
    balance.years.forEach(function (y) {
      var parts = CONFIDENCE.map(function (c) {
        return fmt(y.sites.filter(function (site) {
          return site.confidence === c.id;
        }).reduce(function (sum, site) {
          return sum + site.tonnes.low;
        }, 0), 2);
      }).join(' / ');
      body.appendChild(el('tr', { 'data-year': String(y.year) }, [
        el('td', { text: String(y.year) }),
        el('td', { className: 'num', text: rangeText(y.supply) }),
        el('td', { className: 'num', text: parts }),
        el('td', { className: 'num', text: String(y.sites.length) }),
        el('td', { text: rangeText(y.insideCountry) + (y.insideCountryIs ? ' (' + y.insideCountryIs + ')' : '') }),
        el('td', { text: rangeText(y.demand) }),
      ]));
    });
    table.appendChild(body);

    var sitesTable = clear($('balance-sites-table'));
    var bySite = {};
    var order = [];
    balance.years.forEach(function (y) {
      y.sites.forEach(function (site) {
        if (!bySite[site.siteId]) {
          bySite[site.siteId] = { site: site, years: {} };
          order.push(site.siteId);
        }
        bySite[site.siteId].years[y.year] = site;
      });
    });
    sitesTable.appendChild(el('thead', {}, [el('tr', {}, ['Site', 'Country'].concat(balance.years.map(function (y) {
      return String(y.year);
    })).concat(['How the figure was obtained']).map(function (c) {
      return el('th', { scope: 'col', text: c });
    }))]));
    var sitesBody = el('tbody');
    order.forEach(function (id) {
      var entry = bySite[id];
      var last = entry.site;
      sitesBody.appendChild(el('tr', { 'data-site-id': id }, [el('td', { text: last.siteName }), el('td', { text: last.country.name })].concat(balance.years.map(function (y) {
        var site = entry.years[y.year];
        return el('td', { className: 'num', text: site ? rangeText(site.tonnes) + ' (' + site.confidence.toLowerCase() + ')' : '' });
      })).concat([el('td', { text: last.derivation })])));
    });
    if (!order.length) sitesBody.appendChild(el('tr', {}, [el('td', { colspan: String(balance.years.length + 3), text: 'No site outside has a tonnage for these years.' })]));
    sitesTable.appendChild(sitesBody);
  }

  /* ---------- flows: Sankey of deposit → plants → importer ---------- */

  function loadImporters() {
    if (cache.importers && cache.importers.key === state.element + '/' + state.outside + '/' + state.asOf) return Promise.resolve(cache.importers.list);
    var variables = { element: state.element, outside: state.outside };
    if (state.asOf) variables.asOf = state.asOf;
    return graphql('importers', variables).then(function (data) {
      var list = data.importerAlternatives.map(function (a) {
        return a.importer;
      });
      cache.importers = { key: state.element + '/' + state.outside + '/' + state.asOf, list: list };
      var select = clear($('f-importer'));
      list.forEach(function (importer) {
        select.appendChild(el('option', { value: importer.iso2, text: importer.name }));
      });
      var listed = list.some(function (i) {
        return i.iso2 === state.importer;
      });
      // An importer named in the address stays chosen even when it has no dependence figure (its views say so).
      if (state.importer && !listed) select.appendChild(el('option', { value: state.importer, text: countryName(state.importer) }));
      if (!list.length && !state.importer) select.appendChild(el('option', { value: '', text: '(no importer depends on it)' }));
      // After a change of element or country, an importer no longer listed gives way to the list's first.
      if (!state.importer || (recheckImporter && !listed)) state.importer = list.length ? list[0].iso2 : '';
      recheckImporter = false;
      select.value = state.importer;
      writeState();
      updateTitles();
      updateDownloads();
      return list;
    });
  }

  /* The importer to show: the one in the address at once (the list fills the menu meanwhile), else the list's first. */
  function importerChosen() {
    // The menu's list (every importer's alternatives) is itself a heavy question: asked after the view, not beside it.
    if (state.importer && !recheckImporter) return Promise.resolve(state.importer);
    return loadImporters().then(function () {
      if (!state.importer) throw new Error('No importer depends on ' + countryName(state.outside) + ' for ' + state.element + ' in the graph.');
      return state.importer;
    });
  }

  function entityKey(step) {
    return step.entity.id || step.type + ':' + (step.entity.name || '?');
  }

  function stepColour(step) {
    if (step.type === 'Deposit') return M.OKABE_ITO.orange;
    if (step.type === 'Facility' && step.stages && step.stages.length) {
      var stage = M.stage(M.leadStage(step.stages));
      if (stage) return stage.colour;
    }
    return '#8a969d';
  }

  /*
   * Nodes are the routes' deposits, plants and companies, and the importer; a band's width is the
   * number of distinct routes through that link (the graph records routes, not tonnes on them).
   */
  function sankeyData(paths, importer) {
    var nodes = {};
    var links = {};
    var seenRoutes = {};
    var importerKey = 'importer:' + importer.iso2;
    nodes[importerKey] = { name: importerKey, label: importer.name + ' (importer)', colour: '#000000', flagged: false };
    paths.forEach(function (path) {
      var keys = path.steps.map(entityKey);
      var routeKey = keys.join('>') + '|' + path.arrival;
      if (seenRoutes[routeKey]) return;
      seenRoutes[routeKey] = true;
      path.steps.forEach(function (step, index) {
        var key = keys[index];
        var flagged = step.locatedInFlaggedCountry || step.controlledFromFlaggedCountry;
        if (!nodes[key]) nodes[key] = { name: key, label: (step.entity.name || key) + (step.country ? ' (' + step.country.iso2 + ')' : ''), colour: stepColour(step), flagged: false, type: step.type };
        if (flagged) {
          nodes[key].flagged = true;
          nodes[key].flagNote = step.locatedInFlaggedCountry ? 'in ' + state.outside : 'controlled from ' + state.outside;
        }
      });
      keys.concat([importerKey]).forEach(function (key, index, all) {
        if (index === 0) return;
        var linkKey = all[index - 1] + '→' + key;
        var label = index === all.length - 1 ? (path.arrival === 'DIRECT' ? 'direct' : 'by trade') : path.steps[index].product || '';
        if (!links[linkKey]) links[linkKey] = { source: all[index - 1], target: key, value: 0, labels: {} };
        links[linkKey].value += 1;
        if (label) links[linkKey].labels[label] = true;
      });
    });
    var linkList = Object.keys(links).map(function (k) {
      return links[k];
    });
    return { nodes: nodes, links: dropCycles(linkList) };
  }

  /* ECharts' Sankey needs a graph without cycles; a link that would close one is left out (and said so). */
  function dropCycles(links) {
    var kept = [];
    var dropped = [];
    var next = {};
    function reaches(from, to, seen) {
      if (from === to) return true;
      if (seen[from]) return false;
      seen[from] = true;
      return (next[from] || []).some(function (n) {
        return reaches(n, to, seen);
      });
    }
    links.forEach(function (link) {
      if (reaches(link.target, link.source, {})) {
        dropped.push(link);
        return;
      }
      (next[link.source] = next[link.source] || []).push(link.target);
      kept.push(link);
    });
    kept.dropped = dropped;
    return kept;
  }

  function loadFlows() {
    var chart = charts.sankey || (charts.sankey = echarts.init($('sankey'), null, { renderer: 'canvas' }));
    chart.showLoading({ text: 'Loading routes…' });
    return Promise.all([importerChosen(), countriesReady])
      .then(function () {
        return graphql('flows', { element: state.element, importer: state.importer, maxHops: Number(state.maxHops) || 6, flagCountry: state.outside });
      })
      .then(function (data) {
        chart.hideLoading();
        var paths = data.supplyChains;
        var importer = { iso2: state.importer, name: countryName(state.importer) };
        var graph = sankeyData(paths, importer);
        var nodeList = Object.keys(graph.nodes).map(function (k) {
          var node = graph.nodes[k];
          return {
            name: node.name,
            itemStyle: { color: node.colour, borderColor: node.flagged ? M.OKABE_ITO.vermillion : '#333333', borderWidth: node.flagged ? 3 : 0.5 },
            label: { formatter: node.label + (node.flagged ? ' ⚑ ' + node.flagNote : '') },
            tooltipHtml: esc(node.label) + (node.flagged ? '<br>' + esc(node.flagNote) : ''),
          };
        });
        chart.setOption(
          {
            aria: { enabled: true, label: { description: 'Sankey diagram: ' + paths.length + ' routes of ' + state.element + ' to ' + importer.name + '.' } },
            title: { text: 'Band width: number of routes recorded (routes, not tonnes)', left: 'center', top: 4, textStyle: { fontSize: 12, fontWeight: 'normal', color: '#4f5b62' } },
            tooltip: {
              trigger: 'item',
              formatter: function (params) {
                if (params.dataType === 'edge') {
                  var from = graph.nodes[params.data.source].label;
                  var to = graph.nodes[params.data.target].label;
                  return esc(from) + ' → ' + esc(to) + '<br>' + params.data.value + ' route(s)' + (params.data.products ? '<br>' + esc(params.data.products) : '');
                }
                return params.data.tooltipHtml;
              },
            },
            series: [
              {
                type: 'sankey',
                top: 36,
                left: 8,
                right: 200,
                bottom: 12,
                nodeAlign: 'left',
                emphasis: { focus: 'adjacency' },
                data: nodeList,
                links: graph.links.map(function (link) {
                  return { source: link.source, target: link.target, value: link.value, products: Object.keys(link.labels).join(', ') };
                }),
                lineStyle: { color: 'source', opacity: 0.35, curveness: 0.5 },
                label: { color: '#1d2327', fontSize: 12 },
              },
            ],
          },
          true,
        );
        document.body.setAttribute('data-sankey-links', String(graph.links.length));
        loadImporters().catch(showProblem);
        drawFlowsLegend(graph.links.dropped.length);
        drawRoutesTable(paths);
        drawSources(
          $('flows-sources'),
          [].concat.apply(
            [],
            paths.map(function (p) {
              return p.sources;
            }),
          ),
        );
      })
      .catch(function (error) {
        chart.hideLoading();
        showProblem(error);
      });
  }

  function drawFlowsLegend(dropped) {
    var container = clear($('flows-legend'));
    container.appendChild(
      legendGroup('Nodes', [
        { svg: symbolSvg('circle', M.OKABE_ITO.orange, '#333', 1), label: 'Deposit' },
        { svg: symbolSvg('circle', M.OKABE_ITO.blue, '#333', 1), label: 'Plant (colour: its furthest stage, as on the map)' },
        { svg: symbolSvg('circle', '#8a969d', '#333', 1), label: 'Company (buyer)' },
        { svg: symbolSvg('circle', '#000000', '#333', 1), label: 'Importer' },
        { svg: symbolSvg('circle', '#ffffff', M.OKABE_ITO.vermillion, 2.5), label: '⚑ In or controlled from ' + countryName(state.outside) },
      ]),
    );
    container.appendChild(el('p', { className: 'hint', text: 'Bands: routes recorded in the graph (count, not tonnes); the last band says whether the route reaches the importer directly or by trade through a country it imports from.' + (dropped ? ' ' + dropped + ' link(s) that would close a loop are not drawn.' : '') }));
  }

  function drawRoutesTable(paths) {
    var table = clear($('routes-table'));
    table.appendChild(el('thead', {}, [el('tr', {}, ['#', 'Route', 'Arrival', 'Touches ' + state.outside, 'Sources'].map(function (c) {
      return el('th', { scope: 'col', text: c });
    }))]));
    var body = el('tbody');
    paths.forEach(function (path, index) {
      body.appendChild(
        el('tr', {}, [
          el('td', { text: String(index + 1) }),
          el('td', {
            text: path.steps
              .map(function (step) {
                return (step.entity.name || '?') + (step.country ? ' (' + step.country.iso2 + ')' : '') + (step.product ? ' [' + step.product + ']' : '');
              })
              .join(' → ') + ' → ' + countryName(state.importer),
          }),
          el('td', { text: path.arrival === 'DIRECT' ? 'direct' : 'by trade' }),
          el('td', { text: path.anyStepLocatedInFlaggedCountry ? 'located in' : path.anyStepControlledFromFlaggedCountry ? 'controlled from' : 'no' }),
          el('td', { text: String(path.sources.length) }),
        ]),
      );
    });
    table.appendChild(body);
  }

  /* ---------- importer view ---------- */

  function loadImporter() {
    var chart = charts.importer || (charts.importer = echarts.init($('importer-map'), null, { renderer: 'canvas' }));
    chart.showLoading({ text: 'Loading options…' });
    return Promise.all([importerChosen(), worldReady, countriesReady])
      .then(function () {
        var variables = { element: state.element, outside: state.outside, importer: state.importer, basis: state.basis, controlThreshold: THRESHOLD };
        if (state.asOf) variables.asOf = state.asOf;
        return graphql('importer', variables);
      })
      .then(function (data) {
        chart.hideLoading();
        var answer = data.importerAlternatives[0];
        if (!answer) throw new Error(countryName(state.importer) + ' has no dependence figure on ' + countryName(state.outside) + ' for ' + state.element + '.');
        drawDependence(answer);
        drawImporterTonnes(answer);
        var reached = answer.options.filter(function (o) {
          return o.reachedThroughAgreement;
        }).length;
        $('options-summary').textContent = answer.optionCount + ' options outside ' + countryName(state.outside) + ' (' + state.basis.toLowerCase() + ' basis); ' + reached + ' already reached through an agreement of ' + answer.importer.name + ' or its companies.';
        chart.off('click');
        chart.on('click', function (params) {
          if (params.componentType === 'series' && params.data && params.data.siteId) {
            selectView('map');
            openSite(params.data.siteId, params.data.siteType, null);
          }
        });
        drawSites(chart, answer.options, { reached: true, description: 'World map of ' + answer.options.length + ' options of ' + answer.importer.name + '.' });
        drawMapLegend($('importer-legend'), [{ svg: symbolSvg('circle', '#ffffff', '#000000', 3), label: 'Thick black outline, larger: reached through an agreement' }]);
        drawSitesTable($('options-table'), answer.options, [
          {
            title: 'Tonnes/yr this year',
            cell: function (option) {
              return el('span', { text: option.tonnes ? rangeText(option.tonnes) + ' ' + unitLabel(option.tonnesUnit) : '' });
            },
          },
          {
            title: 'Where its output goes',
            cell: function (option) {
              return el('span', { 'data-route': option.route, text: routeText(option) });
            },
          },
          {
            title: 'Reached through',
            cell: function (option) {
              return el('span', {
                text: (option.reachingAgreements || [])
                  .map(function (r) {
                    return r.agreement.title + ' (' + r.via + ')';
                  })
                  .join('; '),
              });
            },
          },
        ]);
        var sources = [].concat.apply(
          [],
          answer.dependence
            .concat(answer.demandByYear || [])
            .map(function (d) {
              return d.sources;
            })
            .concat(
              answer.options.map(function (o) {
                return o.sources;
              }),
            ),
        );
        drawSources($('importer-sources'), sources);
        loadImporters().catch(showProblem);
      })
      .catch(function (error) {
        chart.hideLoading();
        showProblem(error);
      });
  }

  var ROUTE_WORDS = { OUTSIDE: 'outside', VIA_COUNTRY: 'via ', PLANNED_OUTSIDE: 'planned outside', UNKNOWN: 'not recorded' };

  function unitLabel(unit) {
    return { T_REO_PER_YEAR: 't REO', T_METAL_PER_YEAR: 't metal', T_MAGNET_PER_YEAR: 't magnets' }[unit] || (unit || '').toLowerCase().replace(/_/g, ' ');
  }

  /* The option's route verdict, then its recorded downstream routes step by step. */
  function routeText(option) {
    var verdict = option.route === 'VIA_COUNTRY' ? 'via ' + countryName(state.outside) : ROUTE_WORDS[option.route] || option.route;
    var routes = (option.routes || []).map(function (route) {
      return route.steps
        .map(function (step) {
          var name = step.entity.name || step.entity.id || step.entity.iso2 || step.kind;
          return name + (step.locatedIn || step.controlledFrom ? ' ⚑' : '');
        })
        .join(' → ') + (route.planned ? ' (planned)' : '');
    });
    return verdict + (routes.length ? ': ' + routes.join('; ') : '');
  }

  /* Demand and contracted tonnes by year, and the options' tonnes this year by unit (routes outside only). */
  function drawImporterTonnes(answer) {
    var potential = {};
    answer.options.forEach(function (option) {
      if (!option.tonnes || option.route !== 'OUTSIDE') return;
      var unit = unitLabel(option.tonnesUnit) + ' at ' + String(option.tonnesStage || '').toLowerCase().replace(/_/g, ' ');
      potential[unit] = potential[unit] || { low: 0, high: 0 };
      potential[unit].low += option.tonnes.low;
      potential[unit].high += option.tonnes.high;
    });
    var potentialText = Object.keys(potential)
      .map(function (unit) {
        return rangeText(potential[unit]) + ' ' + unit;
      })
      .join('; ');
    $('tonnes-summary').textContent =
      'This year: demand ' + (answer.demand ? rangeText(answer.demand) + ' t' : 'no figure') +
      '; contracted from options outside ' + countryName(state.outside) + ' ' + (answer.contracted ? rangeText(answer.contracted) + ' t' : 'no figure') +
      '; its options with a route outside could supply ' + (potentialText || 'no recorded tonnage') + ' per year (tonnes per option in the table below).';
    var years = {};
    (answer.demandByYear || []).forEach(function (d) {
      (years[d.year] = years[d.year] || {}).demand = d;
    });
    (answer.contractedByYear || []).forEach(function (c) {
      (years[c.year] = years[c.year] || {}).contracted = c;
    });
    var table = clear($('tonnes-table'));
    table.appendChild(el('thead', {}, [el('tr', {}, ['Year', 'Demand (t ' + state.element + ' per year)', 'What the figure measures', 'Contracted outside ' + countryName(state.outside) + ' (t per year)'].map(function (c) {
      return el('th', { scope: 'col', text: c });
    }))]));
    var body = el('tbody');
    Object.keys(years)
      .sort()
      .forEach(function (year) {
        var row = years[year];
        body.appendChild(el('tr', {}, [
          el('td', { text: year }),
          el('td', { className: 'num', text: row.demand ? rangeText(row.demand.tonnes) : '' }),
          el('td', { text: row.demand ? row.demand.measure.toLowerCase() : '' }),
          el('td', { className: 'num', text: row.contracted ? rangeText(row.contracted.tonnes) + (row.contracted.complete ? '' : ' (incomplete)') : '' }),
        ]));
      });
    table.appendChild(body);
  }

  function drawDependence(answer) {
    var table = clear($('dependence-table'));
    table.appendChild(el('thead', {}, [el('tr', {}, ['Product', 'Year', 'Share from ' + state.outside + ' (%)', 'For the element itself', 'What it measures', 'Sources'].map(function (c) {
      return el('th', { scope: 'col', text: c, className: c.indexOf('Share') === 0 ? 'num' : null });
    }))]));
    var body = el('tbody');
    answer.dependence.forEach(function (d) {
      body.appendChild(
        el('tr', {}, [
          el('td', { text: d.product || '' }),
          el('td', { text: d.period || (d.year ? String(d.year) : '') }),
          el('td', { className: 'num', text: d.sharePct === null ? '' : fmt(d.sharePct) }),
          el('td', { text: d.elementSpecific ? 'yes' : 'no (product group)' }),
          el('td', { text: d.metric || '' }),
          el('td', {}, d.sources.map(function (s) {
            var url = safeUrl(s.url);
            return url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: s.publisher + ' ' }) : el('span', { text: s.publisher + ' ' });
          })),
        ]),
      );
    });
    if (!answer.dependence.length) body.appendChild(el('tr', {}, [el('td', { colspan: '6', text: 'No dependence figure recorded.' })]));
    table.appendChild(body);
  }

  /* ---------- filters, tabs ---------- */

  var countriesReady = boot.first.filters
    .then(function (data) {
      data.countries.edges.forEach(function (edge) {
        countriesByIso2[edge.node.iso2] = edge.node;
      });
      var element = clear($('f-element'));
      data.elements.forEach(function (e) {
        element.appendChild(el('option', { value: e.symbol, text: e.name + ' (' + e.symbol + ')' }));
      });
      element.value = state.element;
      var outside = clear($('f-outside'));
      data.countries.edges.forEach(function (edge) {
        outside.appendChild(el('option', { value: edge.node.iso2, text: edge.node.name }));
      });
      outside.value = state.outside;
      updateTitles();
    })
    .catch(showProblem);

  function fillStaticFilters() {
    var stage = $('f-stage');
    [['MINING', 'Mining'], ['CRACKING_LEACHING', 'Cracking & leaching'], ['SEPARATION_REFINING', 'Separation & refining'], ['METAL_ALLOY', 'Metal & alloy'], ['MAGNET', 'Magnets'], ['RECYCLING', 'Recycling']].forEach(function (s) {
      stage.appendChild(el('option', { value: s[0], text: s[1] }));
    });
    var status = $('f-status');
    M.STATUS_LEVELS.forEach(function (s) {
      status.appendChild(el('option', { value: s.id, text: s.label }));
    });
    stage.value = state.stage;
    status.value = state.status;
    $('f-basis').value = state.basis;
    $('f-asof').value = state.asOf;
    $('f-maxhops').value = state.maxHops;
    $('f-fromyear').value = state.fromYear;
    $('f-toyear').value = state.toYear;
  }

  function onFilterChange(event) {
    var name = event.target.name || event.target.id;
    var map = { element: 'element', outside: 'outside', basis: 'basis', stage: 'stage', status: 'status', asOf: 'asOf', importer: 'importer', 'f-maxhops': 'maxHops', 'f-fromyear': 'fromYear', 'f-toyear': 'toYear' };
    var key = map[name];
    if (!key) return;
    state[key] = event.target.value;
    var viewOnly = key === 'importer' || key === 'maxHops' || key === 'fromYear' || key === 'toYear';
    if (!viewOnly) state.site = '';
    if (key === 'element' || key === 'outside' || key === 'asOf') {
      cache.importers = null;
      recheckImporter = true;
    }
    showProblem(null);
    writeState();
    updateTitles();
    updateDownloads();
    loaded = {};
    if (!viewOnly) $('site-panel').hidden = true;
    loadView(state.view);
  }

  function loadView(view) {
    if (loaded[view]) return;
    loaded[view] = true;
    if (view === 'map') loadMap();
    else if (view === 'balance') loadBalance();
    else if (view === 'flows') loadFlows();
    else if (view === 'importer') loadImporter();
  }

  function selectView(view) {
    state.view = view;
    writeState();
    VIEWS.forEach(function (v) {
      var tab = $('tab-' + v);
      var selected = v === view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      $('view-' + v).hidden = !selected;
    });
    loadView(view);
    resizeCharts();
  }

  /* Charts in a hidden view (no size) are left alone: ECharts cannot lay a map out in 0 × 0. */
  function resizeCharts() {
    Object.keys(charts).forEach(function (k) {
      var node = charts[k].getDom();
      if (node.clientWidth > 0 && node.clientHeight > 0) charts[k].resize();
    });
  }

  function wireTabs() {
    var tabs = VIEWS.map(function (v) {
      return $('tab-' + v);
    });
    tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () {
        selectView(VIEWS[index]);
      });
      tab.addEventListener('keydown', function (event) {
        var move = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index }[event.key];
        if (move === undefined) return;
        event.preventDefault();
        var target = (index + move + tabs.length) % tabs.length;
        tabs[target].focus();
        selectView(VIEWS[target]);
      });
    });
  }

  function start() {
    fillStaticFilters();
    wireTabs();
    $('filters').addEventListener('change', onFilterChange);
    $('f-maxhops').addEventListener('change', onFilterChange);
    $('f-fromyear').addEventListener('change', onFilterChange);
    $('f-toyear').addEventListener('change', onFilterChange);
    $('filters').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    $('site-close').addEventListener('click', closeSite);
    $('site-panel').addEventListener('keydown', function (event) {
      if (event.key === 'Escape') closeSite();
    });
    document.querySelectorAll('.zoom button').forEach(function (button) {
      button.addEventListener('click', function () {
        zoomMap(button.getAttribute('data-zoom'));
      });
    });
    window.addEventListener('resize', resizeCharts);
    updateDownloads();
    selectView(state.view);
  }

  start();
})();
