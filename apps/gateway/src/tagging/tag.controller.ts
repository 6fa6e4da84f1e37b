import { BadRequestException, Body, Controller, HttpCode, Inject, PayloadTooLargeException, Post } from '@nestjs/common';
import { MAX_TAG_CHARS, TAGGING_ENGINE, type ConfiguredTaggingEngine } from '@app/tagging';

/** Tags text without ingesting it, with the same engine the tagger app uses. */
@Controller('tag')
export class TagController {
  constructor(@Inject(TAGGING_ENGINE) private readonly engine: ConfiguredTaggingEngine) {}

  @Post()
  @HttpCode(200)
  async tag(@Body() body: { text?: unknown }) {
    const text = body?.text;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new BadRequestException('send {"text": "..."} with the text to tag');
    }
    if (text.length > MAX_TAG_CHARS) {
      throw new PayloadTooLargeException(`text is ${text.length} characters; POST /tag takes at most ${MAX_TAG_CHARS}`);
    }
    return { entities: await this.engine.tag(text) };
  }
}
