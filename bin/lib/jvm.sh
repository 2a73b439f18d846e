# shellcheck shell=bash
# The backend's JVM options, shared by bin/run, bin/bench-api and the Kubernetes Deployment (infra/k8s), so that what
# is measured is what runs. Sized for a container of 384 MiB: a small heap (the service keeps no caches of records),
# the serial collector (no GC threads competing for two cores, the smallest footprint), bounded metaspace and code
# cache, and an exit on OutOfMemoryError so that the orchestrator restarts the instance instead of it limping on.
# Most of the resident memory is not the heap but native: class metadata, compiled code and the JIT compilers' scratch
# memory, which glibc keeps once freed. So the native heap is trimmed every 5 s (TrimNativeHeapInterval), and glibc
# gets two malloc arenas instead of eight per core (MALLOC_ARENA_MAX, set for what the sourcing script starts):
# 388 MB resident after the bench load before, 326-345 MB with both (docs/benchmarks.md).
# The code cache may reserve the JDK's usual 240 MB (only what is compiled is resident): at 64 MB it kept crossing
# the threshold at which the JVM runs a full collection to unload code, a 200 ms pause every 15-60 s under load. The
# first metaspace threshold is 128 MB for the same reason: from the default 21 MB, four full collections during start.
backend_java_opts() {
  echo "-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=240m -Xss512k -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=5000"
}
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# backend_aot_opts CACHE JAR: with Java 25 or newer, the ahead-of-time cache of the backend's classes (JEP 483/514),
# which about halves its start: used when CACHE was made from this JAR, otherwise made by this run, written when the
# backend stops (so the next start uses it). Nothing with older JDKs. Needs JAVA_HOME.
backend_aot_opts() {
  local cache="$1" jar="$2" major
  major="$(java_major "$JAVA_HOME/bin/java")" || return 0
  ((major >= 25)) || return 0
  if [[ -s "$cache" && "$cache" -nt "$jar" ]]; then
    echo "-XX:AOTCache=$cache"
  else
    rm -f "$cache"
    echo "-XX:AOTCacheOutput=$cache"
  fi
}
