# Rampart's container image: `docker build -t rampart .` from the repository root.
# Runs as a non-root user and needs no writable root filesystem (deploy/cronjob.yaml runs it with
# readOnlyRootFilesystem: true; reports go to a mounted volume, scratch files to /tmp).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && mkdir -p data

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    NO_UPDATE_NOTIFIER=1
WORKDIR /app
# what the npm package ships ("files" in package.json), and the production dependencies
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/bin ./bin
COPY --from=build /src/dist/src ./dist/src
COPY --from=build /src/src/audit/builtin ./src/audit/builtin
COPY --from=build /src/data ./data
COPY --from=build /src/docs ./docs
RUN chmod 0555 /app/bin/rampart.js && ln -s /app/bin/rampart.js /usr/local/bin/rampart
# a numeric user, so that Kubernetes' runAsNonRoot can verify it without /etc/passwd
USER 65532:65532
ENTRYPOINT ["rampart"]
CMD ["scan", "--help"]
