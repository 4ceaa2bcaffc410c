# The GraphQL server. Build stage: every dependency, to build the explorer page (Vite) and compile the
# server and the seed to dist/ (esbuild): `npm run build`.
# Run stage: production dependencies only, the compiled JavaScript and the files it reads at run time;
# no TypeScript, no tsx, no dev tooling.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/seed/source ./seed/source
COPY --from=build /app/seed/registry.json ./seed/registry.json
COPY --from=build /app/explorer/dist ./explorer/dist
USER node
EXPOSE 4000
# Node itself is PID 1's child of nothing: it gets SIGTERM directly and drains (npm would not forward it).
CMD ["node", "dist/server.js"]
