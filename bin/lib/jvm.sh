# shellcheck shell=bash
# The backend's JVM options, shared by bin/run, bin/bench-api and the Kubernetes Deployment (infra/k8s), so that what
# is measured is what runs. Sized for a container of 384 MiB: a small heap (the service keeps no caches of records),
# the serial collector (no GC threads competing for two cores, the smallest footprint), bounded metaspace and code
# cache, and an exit on OutOfMemoryError so that the orchestrator restarts the instance instead of it limping on.
backend_java_opts() {
  echo "-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
}

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
