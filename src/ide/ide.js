/* Starts GraphiQL with the example operations of examples/*.graphql as tabs. */
(async function start() {
  const examples = await fetch('/ide/examples.json').then((response) => response.json());
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map((example) => ({ query: example.query, variables: example.variables })),
      shouldPersistHeaders: false,
    }),
  );
})();
