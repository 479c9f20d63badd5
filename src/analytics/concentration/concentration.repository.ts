import type { ParamsOf } from '../../db/query';
import type { Neo4jExecutor } from '../../db/run';
import type { ControlBasis } from '../shared/analytics.enums';
import { concentrationQuery } from './concentration.query';
import type { Concentration } from './concentration.types';

export class ConcentrationRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async concentration(params: ParamsOf<typeof concentrationQuery>): Promise<Concentration> {
    const [row] = await this.executor.query(concentrationQuery, params);
    const { published, production, sites } = row;
    return {
      elementId: params.element,
      stage: params.stage,
      basis: params.basis as ControlBasis,
      published: published && {
        year: published.year,
        scope: published.scope,
        metric: published.metric,
        total: null,
        hhi: published.hhi,
        top3Pct: published.top3Pct,
        sourceIds: published.sourceIds,
        shares: published.shares.map((share) => ({ countryId: share.country, name: share.name, sharePct: share.sharePct })),
      },
      production: production && {
        year: production.year,
        scope: production.edition,
        metric: 'USGS mine production, t REO, all rare earths',
        total: production.worldTonnes,
        hhi: production.hhi,
        top3Pct: production.top3Pct,
        sourceIds: production.sourceIds,
        shares: production.shares.map((share) => ({ countryId: share.country === 'OTHER' ? null : share.country, name: share.name, sharePct: share.sharePct, tonnesREO: share.tonnesREO })),
      },
      sites: {
        year: null,
        scope: null,
        metric: params.basis === 'LOCATION' ? 'producing sites in the graph, by location' : 'producing sites in the graph, by effective control',
        total: sites.count,
        hhi: sites.hhi,
        top3Pct: sites.top3Pct,
        sourceIds: [],
        shares: sites.shares.map((share) => ({ countryId: share.country, name: share.name, sharePct: share.sharePct, siteIds: share.sites })),
      },
    };
  }
}
