# Counterclaim: multi-stage image with Next's standalone server. At start it applies migrations,
# seeds on first start, then serves on port 3000 (see scripts/docker-entrypoint.ts).
# Build: docker build -t counterclaim .   Run: see docker-compose.yml (needs DATABASE_URL, AUTH_SECRET).

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies' install scripts are skipped, as npm 11 does on our machines: none is needed (Prisma's
# engine download is not; prisma generate runs in the build stage), and the build then needs nothing
# but the npm registry.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# public/ is optional for the app; made to exist so that the runner's COPY never fails.
RUN node scripts/prisma-generate.mjs \
  && npx next build \
  && node scripts/bundle-entrypoint.mjs .next/standalone/docker-entrypoint.cjs \
  && mkdir -p public

FROM node:20-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Debian's Chromium prints the PDF exports. `--build-arg WITH_CHROMIUM=0` leaves it out (about 300 MB
# smaller); PDF export then answers 503 and the workspace says to print the HTML report instead.
ARG WITH_CHROMIUM=1
RUN if [ "$WITH_CHROMIUM" = "1" ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core && rm -rf /var/lib/apt/lists/*; \
    fi
RUN groupadd --system --gid 1001 counterclaim && useradd --system --uid 1001 --gid counterclaim counterclaim
COPY --from=build --chown=counterclaim:counterclaim /app/.next/standalone ./
COPY --from=build --chown=counterclaim:counterclaim /app/.next/static ./.next/static
COPY --from=build --chown=counterclaim:counterclaim /app/public ./public
# The migrator reads prisma/migrations relative to the working directory (/app).
COPY --from=build --chown=counterclaim:counterclaim /app/prisma/migrations ./prisma/migrations
USER counterclaim
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "docker-entrypoint.cjs"]
