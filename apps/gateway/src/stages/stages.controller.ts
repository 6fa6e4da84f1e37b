import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { STAGES } from '@app/contracts';
import { PipelineProducer } from '@app/queue';

const COUNTED = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Jobs per stage and state, for the activity page (Bull Board at /queues has the detail). */
@ApiTags('stages')
@Controller('stages')
export class StagesController {
  constructor(private readonly producer: PipelineProducer) {}

  @Get()
  @ApiOperation({ summary: 'Job counts of every stage queue: waiting, active, delayed, failed, completed (kept ones)' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['stages'],
      properties: {
        stages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['stage', ...COUNTED],
            properties: {
              stage: { type: 'string', enum: [...STAGES] },
              ...Object.fromEntries(COUNTED.map((state) => [state, { type: 'integer', minimum: 0 }])),
            },
          },
        },
      },
    },
  })
  async counts() {
    const stages = await Promise.all(
      STAGES.map(async (stage) => {
        const counts = await this.producer.queue(stage).getJobCounts(...COUNTED);
        return { stage, ...Object.fromEntries(COUNTED.map((state) => [state, counts[state] ?? 0])) };
      }),
    );
    return { stages };
  }
}
