export * from './ops.module';
export * from './bootstrap';
export * from './app-foundation';
export * from './log-redaction';
export * from './listen-host';
export * from './public-endpoint';
