// The test database's own home and port, apart from a developer's database.
export const TEST_ENV = { KG_HOME: '.cache/test-home', KG_NEO4J_PORT: '17687', KG_NEO4J_HEAP: '1g', KG_NEO4J_PAGECACHE_MB: '256' };
