import { loadConfig } from '/work/main/src/config.ts';
import { createLogger } from '/work/main/src/logger.ts';
import { connect } from '/work/main/src/neo4j/connect.ts';
import { neighbourhood, shortestPaths } from '/work/main/src/graph/explore.ts';
const c = await connect(loadConfig().neo4j, createLogger('warn'));
try { console.log(JSON.stringify(await neighbourhood(c.graph, { id: 'person:sergei-lavrov', depth: 1, limit: 3 })).slice(0, 300)); } catch (e) { console.log('N', (e as Error).message); }
try { console.log(JSON.stringify(await shortestPaths(c.graph, { from: 'person:sergei-lavrov', to: 'person:donald-trump', maxHops: 4, limit: 5, timeoutMs: 5000 })).slice(0, 300)); } catch (e) { console.log('P', (e as Error).message); }
await c.close();
