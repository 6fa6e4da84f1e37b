import { bootstrapApp } from '@app/observability';
import { TaggerModule } from './tagger.module';

void bootstrapApp('tagger', TaggerModule.register());
