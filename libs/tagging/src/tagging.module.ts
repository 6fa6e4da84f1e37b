import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Entity } from '@app/contracts';
import { createEmbeddedTagger } from './tagging-engine';
import { HttpTaggingEngine } from './http-tagging-engine';

/** Injection token of the configured engine; the embedded one answers synchronously, remote ones don't. */
export const TAGGING_ENGINE = Symbol('TAGGING_ENGINE');

export interface ConfiguredTaggingEngine {
  tag(text: string): Entity[] | Promise<Entity[]>;
}

@Global()
@Module({
  providers: [
    {
      provide: TAGGING_ENGINE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ConfiguredTaggingEngine =>
        config.taggerEngine === 'http' && config.taggerUrl ? new HttpTaggingEngine(config.taggerUrl) : createEmbeddedTagger(),
    },
  ],
  exports: [TAGGING_ENGINE],
})
export class TaggingModule {}
