import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** The web app's own scripts, styles and page shell (plain files: no bundler, see the README). */
export const WEB_ASSETS_DIR = join(__dirname, 'assets');

/** Noto Sans Arabic from its npm package (SIL Open Font License 1.1), served by the gateway: no CDN. */
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-arabic/package.json'));

/** Mounts the web app's static files under /assets/; the pages themselves come from WebController. */
export function mountWebAssets(app: NestExpressApplication): void {
  app.useStaticAssets(join(FONT_DIR, 'files'), { prefix: '/assets/fonts/', immutable: true, maxAge: '30d' });
  app.useStaticAssets(WEB_ASSETS_DIR, { prefix: '/assets/', index: false });
}
