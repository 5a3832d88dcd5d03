# One kube-arena node. Build: docker build -t kube-arena .   Run: docker run -p 3000:3000 kube-arena
FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY server/persistence ./server/persistence
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
ENV PORT=3000 HOST=0.0.0.0 DATABASE_URL=file:/data/kube-arena.db
VOLUME /data
EXPOSE 3000
CMD ["npx", "tsx", "server/main.ts"]
