import { bootstrapApp } from '@app/observability';
import { GatewayModule } from './gateway.module';

void bootstrapApp('gateway', GatewayModule.register());
