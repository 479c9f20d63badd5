/*
 * What the atlas says about a site: its leading stage, its control class, the palette and the
 * labels. One file for the page (a global, AtlasModel) and the download endpoints (a CommonJS
 * module), so that a map and the GeoJSON or CSV of the same filters never disagree.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.AtlasModel = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /* Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency. */
  var OKABE_ITO = {
    orange: '#E69F00',
    skyBlue: '#56B4E9',
    bluishGreen: '#009E73',
    yellow: '#F0E442',
    blue: '#0072B2',
    vermillion: '#D55E00',
    reddishPurple: '#CC79A7',
    black: '#000000',
  };

  /* Stages from mine to magnet; a site is drawn in the colour of its furthest stage downstream. */
  var STAGES = [
    { id: 'MINING', label: 'Mining (deposit)', colour: OKABE_ITO.orange },
    { id: 'MINING_CONCENTRATION', label: 'Concentration, cracking & leaching', colour: OKABE_ITO.yellow },
    { id: 'CRACKING_LEACHING', label: 'Concentration, cracking & leaching', colour: OKABE_ITO.yellow },
    { id: 'SEPARATION_REFINING', label: 'Separation & refining', colour: OKABE_ITO.blue },
    { id: 'METAL_ALLOY', label: 'Metal & alloy', colour: OKABE_ITO.bluishGreen },
    { id: 'MAGNET', label: 'Magnets', colour: OKABE_ITO.reddishPurple },
    { id: 'RECYCLING', label: 'Recycling', colour: OKABE_ITO.skyBlue },
  ];

  /* Status by strength of fill and size, never by hue: producing solid and largest, exploration faint. */
  var STATUS_LEVELS = [
    { id: 'PRODUCING', label: 'Producing', opacity: 1, size: 17 },
    { id: 'CONSTRUCTION', label: 'Construction', opacity: 0.8, size: 15 },
    { id: 'DEVELOPMENT', label: 'Development', opacity: 0.55, size: 13 },
    { id: 'EXPLORATION', label: 'Exploration', opacity: 0.3, size: 11 },
    { id: 'IDLE', label: 'Idle (care & maintenance, suspended)', opacity: 0.08, size: 11 },
  ];

  /* Control by shape (and outline): readable without colour. */
  var CONTROL_CLASSES = [
    { id: 'OUTSIDE', label: 'Outside its control (traced)', symbol: 'circle', border: '#333333', borderWidth: 1 },
    { id: 'CONTROLLED', label: 'Controlled from it', symbol: 'triangle', border: OKABE_ITO.vermillion, borderWidth: 3 },
    { id: 'UNTRACED', label: 'Untraced: control not known well enough', symbol: 'diamond', border: '#333333', borderWidth: 1.5, borderType: 'dashed' },
  ];

  function stage(id) {
    for (var i = 0; i < STAGES.length; i++) if (STAGES[i].id === id) return STAGES[i];
    return undefined;
  }

  /* The stage a site is drawn by: its furthest downstream, recycling only when it does nothing else. */
  function leadStage(stages) {
    var best;
    for (var i = 0; i < stages.length; i++) {
      if (stages[i] === 'RECYCLING') continue;
      var index = STAGES.findIndex(function (s) { return s.id === stages[i]; });
      if (index >= 0 && (best === undefined || index > best)) best = index;
    }
    if (best !== undefined) return STAGES[best].id;
    return stages.indexOf('RECYCLING') >= 0 ? 'RECYCLING' : stages[0];
  }

  /*
   * CONTROLLED: the country's effective control reaches the threshold (the API's
   * controlledFromOutside). UNTRACED: below it, but the share of control the graph cannot trace is
   * itself at least the threshold, so control from the country cannot be ruled out. OUTSIDE: the rest.
   */
  function controlClass(option, threshold) {
    if (option.controlledFromOutside) return 'CONTROLLED';
    if (100 - option.controlAttributedPct >= threshold) return 'UNTRACED';
    return 'OUTSIDE';
  }

  function controlLabel(option, threshold, countryName) {
    var cls = controlClass(option, threshold);
    if (cls === 'CONTROLLED') return 'controlled from ' + countryName + ' (' + round1(option.outsideControlPct) + ' % effective)';
    if (cls === 'UNTRACED') return 'untraced (' + round1(100 - option.controlAttributedPct) + ' % of control not traced; ' + round1(option.outsideControlPct) + ' % traced to ' + countryName + ')';
    return 'outside ' + countryName + "'s control (" + round1(option.outsideControlPct) + ' % traced to it)';
  }

  function round1(value) {
    return Math.round(value * 10) / 10;
  }

  function location(option) {
    return option.site && option.site.location ? option.site.location : null;
  }

  return {
    OKABE_ITO: OKABE_ITO,
    STAGES: STAGES,
    STATUS_LEVELS: STATUS_LEVELS,
    CONTROL_CLASSES: CONTROL_CLASSES,
    stage: stage,
    leadStage: leadStage,
    controlClass: controlClass,
    controlLabel: controlLabel,
    location: location,
    round1: round1,
  };
});
