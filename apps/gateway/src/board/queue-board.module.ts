import { Module } from '@nestjs/common';
import { BullBoardModule } from '@bull-board/nestjs';
import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import basicAuth from 'express-basic-auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, STAGES } from '@app/contracts';

/** Bull Board at /queues: every stage's queue, its failed jobs, retry buttons. */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        route: '/queues',
        adapter: ExpressAdapter,
        boardOptions: { uiConfig: { boardTitle: 'Arabic news pipeline' } },
        middleware:
          config.boardUser && config.boardPassword
            ? basicAuth({ challenge: true, realm: 'queues', users: { [config.boardUser]: config.boardPassword } })
            : undefined,
      }),
    }),
    ...STAGES.map((stage) =>
      BullBoardModule.forFeature({ name: QUEUES[stage], adapter: BullMQAdapter, options: { description: `${stage} stage` } }),
    ),
  ],
})
export class QueueBoardModule {}
