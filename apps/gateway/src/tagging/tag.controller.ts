import { BadRequestException, Body, Controller, HttpCode, Inject, PayloadTooLargeException, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { foldPresentationFormsWithOffsets } from '@app/arabic';
import { MAX_TAG_CHARS, TAGGING_ENGINE, type ConfiguredTaggingEngine } from '@app/tagging';

/** Tags text without ingesting it, with the same engine the tagger app uses. */
@ApiTags('tagging')
@Controller('tag')
export class TagController {
  constructor(@Inject(TAGGING_ENGINE) private readonly engine: ConfiguredTaggingEngine) {}

  @Post()
  // Tagging costs CPU: rate-limited like ingest, the limit checked before the key.
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Tag PER, ORG, LOC and DATE in a text, with offsets and normalised forms' })
  @ApiBody({ schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } })
  async tag(@Body() body: { text?: unknown }) {
    const text = body?.text;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new BadRequestException('send {"text": "..."} with the text to tag');
    }
    if (text.length > MAX_TAG_CHARS) {
      throw new PayloadTooLargeException(`text is ${text.length} characters; POST /tag takes at most ${MAX_TAG_CHARS}`);
    }
    // The pipeline folds presentation forms before tagging; here the answer's offsets
    // must point into the text as sent, so entities are mapped back onto it.
    const { folded, offsets } = foldPresentationFormsWithOffsets(text);
    const entities = await this.engine.tag(folded);
    if (folded === text) return { entities };
    return {
      entities: entities.map((e) => {
        const start = offsets[e.start];
        const end = e.end > e.start ? offsets[e.end - 1] + 1 : start;
        return { ...e, start, end, text: text.slice(start, end) };
      }),
    };
  }
}
