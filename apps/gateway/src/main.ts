import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootstrapApp } from '@app/observability';
import { GatewayModule } from './gateway.module';
import { configureGateway } from './configure-gateway';

void bootstrapApp('gateway', GatewayModule.register(), (app) => configureGateway(app as NestExpressApplication));
