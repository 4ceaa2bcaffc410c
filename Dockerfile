# The GraphQL server. Build stage: every dependency, to build the explorer page with Vite.
# Run stage: production dependencies only (tsx runs the TypeScript sources directly).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:explorer

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/tsconfig.json ./
COPY --from=build /app/src ./src
COPY --from=build /app/seed ./seed
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/tools/build-explorer.mjs ./tools/build-explorer.mjs
COPY --from=build /app/explorer/dist ./explorer/dist
USER node
EXPOSE 4000
# Node itself is PID 1's child of nothing: it gets SIGTERM directly and drains (npm would not forward it).
CMD ["node", "--import", "tsx", "src/server.ts"]
