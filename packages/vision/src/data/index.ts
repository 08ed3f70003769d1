// Data: samples, datasets, formats, loader.
export * from './sample';
