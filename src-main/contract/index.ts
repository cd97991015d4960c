export * from './api';
export * from './methods';
export * from './dto';
export * from './duplicates';
export * from './errors';
export * from './bridge';
