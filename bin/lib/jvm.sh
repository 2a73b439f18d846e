# shellcheck shell=bash
# The backend's JVM options, shared by bin/run, bin/bench-api and the Kubernetes Deployment (infra/k8s), so that what
# is measured is what runs. Sized for a container of 384 MiB: a small heap (the service keeps no caches of records),
# the serial collector (no GC threads competing for two cores, the smallest footprint), bounded metaspace and code
# cache, and an exit on OutOfMemoryError so that the orchestrator restarts the instance instead of it limping on.
backend_java_opts() {
  echo "-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
}
