/* Starts GraphiQL with the example operations of examples/*.graphql as tabs. */
(async function start() {
  const examples = await fetch('/ide/examples.json').then((response) => response.json());
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      // The first example opens in the active tab with its variables; the others are tabs beside it.
      query: examples[0] && examples[0].query,
      variables: examples[0] && examples[0].variables,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map((example) => ({ query: example.query, variables: example.variables })),
      shouldPersistHeaders: false,
    }),
  );
})();
