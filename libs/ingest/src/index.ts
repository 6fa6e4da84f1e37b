export * from './ingest.service';
export * from './unpack-upload';
