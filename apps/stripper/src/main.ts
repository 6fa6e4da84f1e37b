import { bootstrapApp } from '@app/observability';
import { StripperModule } from './stripper.module';

void bootstrapApp('stripper', StripperModule.register());
