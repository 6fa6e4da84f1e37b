import { bootstrapApp } from '@app/observability';
import { IndexerModule } from './indexer.module';

void bootstrapApp('indexer', IndexerModule.register());
