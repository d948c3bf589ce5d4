#!/usr/bin/env bash
# Builds the JRE base image crm-local-base:25 without any container registry: a Debian minbase root
# file system (debootstrap, from the Debian mirror) plus a Java runtime jlink'ed from the host's JDK,
# imported with `podman import`. It stands in for the production base (eclipse-temurin:25-jre, pinned
# by digest) where no registry is reachable; it lays the runtime out the same way (/opt/java/openjdk).
# Usage: deploy/docker/build-local-base.sh [--force]   (docs/operations/images.md)
# Environment: CRM_BASE_IMAGE (crm-local-base:25), CRM_JDK (the newest JDK under /usr/lib/jvm),
# CRM_DEBIAN_MIRROR (http://deb.debian.org/debian), CRM_DEBIAN_SUITE (bookworm), PODMAN (podman + flags).
set -euo pipefail

IMAGE=${CRM_BASE_IMAGE:-crm-local-base:25}
MIRROR=${CRM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=${CRM_DEBIAN_SUITE:-bookworm}
read -r -a PODMAN <<<"${PODMAN:-podman --runtime runc --cgroup-manager=cgroupfs}"
force=no
[[ ${1:-} == --force ]] && force=yes

say() { printf 'build-local-base: %s\n' "$*"; }
die() { printf 'build-local-base: %s\n' "$*" >&2; exit 1; }

if [[ $force == no ]] && "${PODMAN[@]}" image exists "$IMAGE"; then
  say "$IMAGE exists (--force rebuilds it)"
  exit 0
fi
[[ $(id -u) == 0 ]] || die "run as root (debootstrap and rootful podman)"
command -v debootstrap >/dev/null || die "no debootstrap: apt-get install debootstrap"

jdk=${CRM_JDK:-}
if [[ -z $jdk ]]; then
  jdk=$(for d in /usr/lib/jvm/*/; do [[ -x $d/bin/jlink && -f $d/release ]] &&
    printf '%s %s\n' "$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$d/release")" "${d%/}"; done |
    sort -V | tail -1 | cut -d' ' -f2-)
fi
[[ -n $jdk && -x $jdk/bin/jlink ]] || die "no JDK with jlink found (set CRM_JDK)"
version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$jdk/release")

work=$(mktemp -d /var/tmp/crm-base.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
started=$SECONDS

say "debootstrap --variant=minbase $SUITE from $MIRROR"
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log" >&2; die "debootstrap failed"; }
say "root file system in $((SECONDS - started))s"

# The modules of a JRE that a Spring Boot service uses, plus the diagnostics an operator wants (jcmd,
# JFR, JMX); no compiler, no jlink, no desktop. Only modules this JDK has are asked for.
wanted=(java.se jdk.unsupported jdk.management jdk.management.agent jdk.management.jfr jdk.jfr jdk.jcmd
  jdk.attach jdk.naming.dns jdk.crypto.ec jdk.crypto.cryptoki jdk.charsets jdk.localedata jdk.zipfs
  jdk.net jdk.httpserver jdk.security.auth jdk.security.jgss)
mapfile -t have < <("$jdk/bin/java" --list-modules | sed 's/@.*//')
modules=()
for m in "${wanted[@]}"; do printf '%s\n' "${have[@]}" | grep -qx "$m" && modules+=("$m"); done
say "jlink $version: ${#modules[@]} modules"
mkdir -p "$root/opt/java"
# (--generate-cds-archive keeps the JDK's default class-data archive in the runtime)
"$jdk/bin/jlink" --add-modules "$(IFS=,; echo "${modules[*]}")" --output "$root/opt/java/openjdk" \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive

# smaller: no documentation, no apt lists, no caches
rm -rf "$root"/usr/share/{doc,man,info}/* "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin \
  "$root"/var/cache/debconf/*-old "$root"/var/log/*.log

say "podman import as $IMAGE"
tar -C "$root" --numeric-owner -c . | "${PODMAN[@]}" import \
  --change 'ENV JAVA_HOME=/opt/java/openjdk' \
  --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["java", "-version"]' \
  --change "LABEL org.opencontainers.image.title=crm-local-base org.opencontainers.image.description=Debian-$SUITE-minbase-with-a-jlinked-Java-$version" \
  - "$IMAGE" >/dev/null
say "$IMAGE built in $((SECONDS - started))s ($("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1 / 1e6}'))"
