#!/usr/bin/env bash
# A trial of the scaled deployment on one machine: Redis, two server.mjs instances (what `npm start`
# serves: compression and paint-first around Next's handler) sharing their cache through it, and nginx
# caching in front. Needs `apt-get install -y redis-server nginx` and a
# build made with REDIS_URL set (this script builds one unless SKIP_BUILD=1).
#   deploy/start-stack.sh            # nginx on http://127.0.0.1:8080, instances on 3001 and 3002
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$(mktemp -d /tmp/depin-stack.XXXXXX)
REDIS_PORT=${REDIS_PORT:-6380}
NGINX_PORT=${NGINX_PORT:-8080}
PORTS=(${INSTANCE_PORTS:-3001 3002})
export REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
# nginx (deploy/nginx.conf) sets X-Forwarded-For to the address it saw: the limiter of wrong secrets believes that hop.
export TRUSTED_PROXY_COUNT=1

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$ROOT" --daemonize no >"$ROOT/redis.log" 2>&1 &
PIDS=($!)
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$ROOT"' EXIT

[[ "${SKIP_BUILD:-}" == 1 ]] || npx next build

for port in "${PORTS[@]}"; do
  node server.mjs -p "$port" -H 127.0.0.1 >"$ROOT/next-$port.log" 2>&1 &
  PIDS+=($!)
done

upstreams=""
for port in "${PORTS[@]}"; do upstreams+="server 127.0.0.1:${port} max_fails=2 fail_timeout=5s; "; done
mkdir -p "$ROOT"/{body,proxy,fastcgi,uwsgi,scgi,cache}
# nginx workers run unprivileged: they write temp files and the page cache here.
chmod 755 "$ROOT" && chmod 777 "$ROOT"/{body,proxy,fastcgi,uwsgi,scgi,cache}
sed -e "s|__ROOT__|$ROOT|g" -e "s|__PORT__|$NGINX_PORT|g" -e "s|__UPSTREAMS__|$upstreams|" deploy/nginx.conf >"$ROOT/nginx.conf"
nginx -c "$ROOT/nginx.conf" &
PIDS+=($!)

echo "stack up: nginx http://127.0.0.1:${NGINX_PORT}, instances ${PORTS[*]}, redis ${REDIS_URL}; logs in $ROOT"
wait
