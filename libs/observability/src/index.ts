export * from './ops.module';
export * from './bootstrap';
export * from './app-foundation';
