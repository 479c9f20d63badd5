import cors from 'cors';
import express, { type Router } from 'express';
import { GRAPH_STYLE, renderBrowserGuide } from './guide';

/**
 * What Neo4j Browser fetches from this service: the guide (`:guide <url>`) and the graph style
 * (`:style <url>`). The Browser runs on the Neo4j HTTP port, so these are cross-origin requests
 * with no-cache headers (a preflight): allowed from anywhere, read-only, no credentials.
 */
export function neo4jBrowserRoutes(apiPort: number): Router {
  const router = express.Router();
  router.use(cors({ methods: ['GET', 'HEAD'], maxAge: 600 }));
  // Rendered per request so an edited .cypher file shows up without a restart; it is a few kB.
  router.get('/guide.html', (req, res) => {
    // Links back to this service use the address the Browser reached it by (localhost or 127.0.0.1,
    // both on the Browser's allow-list); anything odd in Host falls back to localhost.
    const host = req.get('host') ?? '';
    res.type('html').send(renderBrowserGuide(/^[A-Za-z0-9.:[\]-]{1,100}$/.test(host) ? `http://${host}` : `http://localhost:${apiPort}`));
  });
  router.get('/style.grass', (_req, res) => {
    res.type('text/plain').sendFile(GRAPH_STYLE);
  });
  return router;
}
