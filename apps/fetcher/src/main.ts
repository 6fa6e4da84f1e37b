import { bootstrapApp } from '@app/observability';
import { FetcherModule } from './fetcher.module';

void bootstrapApp('fetcher', FetcherModule.register());
