#!/usr/bin/env bash
# Pieces the test and benchmark scripts share; source it.

# A TCP port nothing on 127.0.0.1 listens on (printed), or failure after 100 tries. Chosen below the
# kernel's ephemeral range: a port from inside it can be taken between this check and the bind by any
# outgoing connection (a server's own connection to PostgreSQL once took one).
free_port() {
  local port low=32768
  read -r low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  if [ "$low" -le 11024 ]; then low=11024; fi
  for _ in $(seq 1 100); do
    port=$((10000 + RANDOM % (low - 10000 - 1)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# A throwaway nginx (Debian's) living in DIR/nginx: starts it with the http-context file INCLUDE, its
# pid in DIR/nginx.pid and its error log in DIR/nginx/error.log. WORKERS and ACCESS_LOG (a path or
# "off") as given. Stop it with: kill "$(cat DIR/nginx.pid)".
start_nginx() { # dir include workers access_log
  local dir=$1 include=$2 workers=$3 access=$4 user_line=""
  mkdir -p "$dir/nginx"
  # As root the workers would run as nobody, who cannot enter a private temporary directory.
  if [ "$(id -u)" -eq 0 ]; then user_line="user root;"; fi
  cat > "$dir/nginx.conf" <<CONF
$user_line
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log $access;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    include $include;
}
CONF
  nginx -t -q -e "$dir/nginx/error.log" -p "$dir/nginx" -c "$dir/nginx.conf"
  nginx -e "$dir/nginx/error.log" -p "$dir/nginx" -c "$dir/nginx.conf"
}
