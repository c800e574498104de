// docker-compose.yml is for users with Docker; no engine runs here, but the compose client can
// still validate the file when it is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const compose = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
const available = compose.status === 0;

describe.skipIf(!available)('docker-compose.yml', () => {
  it('is accepted by `docker compose config`, with Neo4j 5.26, a volume, a health check and the app', () => {
    const out = execFileSync('docker', ['compose', 'config', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NEO4J_PASSWORD: 'test-password' } });
    const config = JSON.parse(out);
    expect(config.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(config.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(config.services.neo4j.volumes[0].target).toBe('/data');
    expect(config.services.neo4j.environment.NEO4J_AUTH).toBe('neo4j/test-password');
    expect(config.services.app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.services.app.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('refuses to run without a password from the environment', () => {
    const env = { ...process.env };
    delete env.NEO4J_PASSWORD;
    const r = spawnSync('docker', ['compose', 'config'], { encoding: 'utf8', env });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/NEO4J_PASSWORD/);
  });
});
