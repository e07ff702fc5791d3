# The service alone; docker-compose.yml pairs it with the official Neo4j image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npx tsc -p tsconfig.build.json && npx tsc -p web/tsconfig.json && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The explorer's and GraphiQL's style sheets; their scripts are in dist/web, GraphiQL and React in node_modules.
COPY web/styles ./web/styles
COPY cypher ./cypher
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/src/server.js"]
