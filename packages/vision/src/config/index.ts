// Run configs: the zod schema with its defaults (schema.ts) and loading with key.path=value
// overrides, typo suggestions and stage resolution (load.ts).
export * from './schema';
export * from './load';
