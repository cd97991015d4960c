export * from './api';
export * from './methods';
export * from './dto';
export * from './errors';
export * from './bridge';
