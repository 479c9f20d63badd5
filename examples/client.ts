/**
 * How a TypeScript client calls REE Graph: plain fetch (Node 20+), variables, and error codes.
 * Run with the service up: `npx tsc examples/client.ts --outDir /tmp/ree && node /tmp/ree/client.js`
 */
const ENDPOINT = process.env.REE_GRAPH_URL ?? 'http://localhost:4000/graphql';

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; suggestions?: string[] } }>;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    // JSON content type: Apollo's CSRF prevention accepts it (a text/plain POST is refused).
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length) {
    const [error] = body.errors;
    throw new Error(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
  }
  return body.data as T;
}

async function main(): Promise<void> {
  const { element } = await graphql<{ element: { symbol: string; name: string; group: string } }>(
    'query($symbol: String!) { element(symbol: $symbol) { symbol name group } }',
    { symbol: 'terbium' },
  );
  console.log(`${element.name} (${element.symbol}) is a ${element.group.toLowerCase()} rare earth`);

  const { deposits } = await graphql<{ deposits: { totalCount: number; edges: Array<{ node: { name: string; country: { name: string } } }> } }>(
    '{ deposits(where: { element: "Tb", status: [PRODUCING] }, first: 10) { totalCount edges { node { name country { name } } } } }',
  );
  console.log(`${deposits.totalCount} producing deposits contain terbium:`, deposits.edges.map((edge) => `${edge.node.name} (${edge.node.country.name})`).join(', '));

  try {
    await graphql('{ element(symbol: "terbum") { symbol } }');
  } catch (error) {
    console.log('A typo gives a BAD_USER_INPUT error with suggestions:', (error as Error).message);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
