# The kg app for docker-compose.yml; it talks to the neo4j service through NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev
EXPOSE 8080
CMD ["node", "bin/kg.js", "up", "--host", "0.0.0.0", "--port", "8080"]
