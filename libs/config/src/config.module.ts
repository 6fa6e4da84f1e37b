import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './app-config';
import { loadConfig } from './load-config';

/** Injection token of the typed AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /**
   * Provides AppConfig to the whole app.  `overrides` (tests) win over the
   * environment; `defaults` (an app's own port) lose to it.
   */
  static forRoot(options: { defaults?: Partial<AppConfig>; overrides?: Partial<AppConfig> } = {}): DynamicModule {
    const config = { ...loadConfig(process.env, options.defaults), ...options.overrides };
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
