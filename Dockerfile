# syntax=docker/dockerfile:1
# One image for all five apps (gateway, fetcher, stripper, tagger, indexer).
# Pick the app with the APP build arg (default command) or by overriding the
# command: `node scripts/run-app.js <app>` (docker-compose.yml does the latter).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first so source edits keep the npm ci layer cached.
COPY package.json package-lock.json ./
# Fallback: a lockfile made where the registry lacks other platforms' optional
# prebuilds is refused by `npm ci`; `npm install` keeps the locked versions.
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ARG APP=gateway
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APP=${APP}
WORKDIR /app
# Whole tree: run-app.js resolves @app/* aliases from tsconfig.json into dist/,
# and libs may read data files (lexicons, models) next to their code.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# sh -c so $APP is read at run time (compose/`docker run -e APP=...` can switch it).
CMD ["sh", "-c", "exec node scripts/run-app.js \"$APP\""]
