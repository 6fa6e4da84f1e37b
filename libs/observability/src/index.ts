export * from './ops.module';
export * from './bootstrap';
