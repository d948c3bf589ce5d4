#!/bin/sh
# Compose healthcheck of a CRM service: exits 0 when http://127.0.0.1:PORT/actuator/health/readiness
# answers 200 with {"status":"UP"}. The service images are minimal JRE images (deploy/docker/Dockerfile)
# that may have no curl or wget, so this uses curl, else wget, else bash's /dev/tcp (no other program):
# it works in any image with a POSIX shell and one of the three. Usage: readiness.sh PORT
port=${1:?usage: readiness.sh PORT}
path=/actuator/health/readiness
if command -v curl >/dev/null 2>&1; then
  body=$(curl -fsS --max-time 4 "http://127.0.0.1:$port$path") || exit 1
elif command -v wget >/dev/null 2>&1; then
  body=$(wget -q -T 4 -O - "http://127.0.0.1:$port$path") || exit 1
elif command -v bash >/dev/null 2>&1; then
  # HTTP/1.0: the server closes the connection after its answer, so reading to the end terminates
  body=$(bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$1" >&3
    IFS= read -r -d "" answer <&3
    printf "%s" "$answer"' "$port" "$path") || [ -n "$body" ] || exit 1
  case $body in
    "HTTP/1."?" 200"*) ;;
    *) exit 1 ;;
  esac
else
  echo "readiness.sh: this image has neither curl, wget nor bash" >&2
  exit 1
fi
case $body in
  *'"status":"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac
