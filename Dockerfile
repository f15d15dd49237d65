# Counterclaim: multi-stage image with Next's standalone server. At start it applies migrations,
# seeds on first start, then serves on port 3000 (see scripts/docker-entrypoint.ts).

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/no-schema-engine.mjs ./scripts/
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node scripts/prisma-generate.mjs && npx next build && node scripts/bundle-entrypoint.mjs .next/standalone/docker-entrypoint.cjs

FROM node:20-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 counterclaim && useradd --system --uid 1001 --gid counterclaim counterclaim
COPY --from=build --chown=counterclaim:counterclaim /app/.next/standalone ./
COPY --from=build --chown=counterclaim:counterclaim /app/.next/static ./.next/static
COPY --from=build --chown=counterclaim:counterclaim /app/prisma/migrations ./prisma/migrations
USER counterclaim
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "docker-entrypoint.cjs"]
