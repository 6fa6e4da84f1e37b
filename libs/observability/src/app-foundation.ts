import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import type { Stage } from '@app/contracts';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from './ops.module';

export interface AppFoundationOptions {
  /** The app's default HTTP port (/health, /metrics; the gateway's API). */
  port: number;
  role: 'producer' | 'worker';
  /** Queues the app consumes or adds to. */
  queues: Stage[];
  /** Test runs override config (queue prefix, index alias...). */
  overrides?: Partial<AppConfig>;
}

/** What every pipeline app imports: validated config, its queues, logs, /health and /metrics. */
export function appFoundation(options: AppFoundationOptions): Array<DynamicModule | Type> {
  return [
    ConfigModule.forRoot({ defaults: { port: options.port }, overrides: options.overrides }),
    PipelineQueuesModule.register({ role: options.role, queues: options.queues }),
    OpsModule,
  ];
}
