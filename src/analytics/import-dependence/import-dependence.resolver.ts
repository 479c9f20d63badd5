import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { referenceResolver, SOURCES } from '../../resolvers/references';
import { defineQuestion } from '../question';
import { ImportDependenceArgs } from './import-dependence.args';
import { importDependenceQuery } from './import-dependence.query';
import { ChainSite, DependenceBreakdown, ImportDependence, SupplierShare } from './import-dependence.types';

@Resolver()
export class ImportDependenceResolver {
  @Query(() => ImportDependence, { description: "An importer's dependence on its suppliers for an element: each published breakdown with shares, HHI and top-3 share, and the chain behind each supplier where the graph knows it." })
  async importDependence(@Args() args: ImportDependenceArgs, @Ctx() context: RequestContext): Promise<ImportDependence> {
    const importer = await context.identifiers.country(args.importer, 'importer');
    const element = args.element ? await context.identifiers.element(args.element, 'element') : null;
    return context.analytics.importDependence.dependence({ importer, element, year: args.year ?? null });
  }
}

export const importDependence = defineQuestion({
  name: 'import-dependence',
  query: importDependenceQuery,
  example: () => ({ importer: 'JP', element: null, year: null }),
  resolvers: [
    ImportDependenceResolver,
    referenceResolver(ImportDependence, { importer: (entry) => entry.importerId }),
    referenceResolver(DependenceBreakdown, { elements: { many: (breakdown) => breakdown.elementIds }, sources: SOURCES }),
    referenceResolver(SupplierShare, { country: (share) => share.countryId, sources: SOURCES }),
    referenceResolver(ChainSite, { site: (site) => site.siteId, suppliedBy: { many: (site) => site.supplierIds } }),
  ],
});
