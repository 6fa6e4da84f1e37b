export * from './stage-metrics';
