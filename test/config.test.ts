// Default folders: a clone keeps its store in the project; an installed package in the user's folders.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFolders, loadConfig, PROJECT_ROOT } from '../src/config.js';

describe('default folders', () => {
  it('are the project\'s data/ and .cache/ in a clone', () => {
    expect(defaultFolders('/home/ana/src/kg', {}, '/home/ana')).toEqual({ data: '/home/ana/src/kg/data', cache: '/home/ana/src/kg/.cache' });
    const config = loadConfig({});
    expect(config.embedded.home).toBe(join(PROJECT_ROOT, 'data', 'neo4j'));
    expect(config.embedded.lib).toBe(join(PROJECT_ROOT, '.cache', 'neo4j', 'lib'));
  });

  it('are the user\'s data and cache folders for an installed package, which a reinstall keeps', () => {
    const installed = '/home/ana/app/node_modules/kg';
    expect(defaultFolders(installed, {}, '/home/ana')).toEqual({ data: '/home/ana/.local/share/kg', cache: '/home/ana/.cache/kg' });
    expect(defaultFolders(installed, { XDG_DATA_HOME: '/data', XDG_CACHE_HOME: '/cache' }, '/home/ana')).toEqual({ data: '/data/kg', cache: '/cache/kg' });
  });

  it('give way to KG_HOME and KG_NEO4J_LIB', () => {
    const config = loadConfig({ KG_HOME: '/srv/kg', KG_NEO4J_LIB: '/opt/neo4j/lib' });
    expect(config.embedded.home).toBe('/srv/kg/neo4j');
    expect(config.embedded.lib).toBe('/opt/neo4j/lib');
  });
});
