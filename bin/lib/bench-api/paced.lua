-- wrk script of bin/bench-api. With BENCH_RATE set, each connection waits a random, exponentially distributed time
-- after each answer, so that all of them together send about BENCH_RATE requests/s at random moments, as a population
-- of users would (a fixed ticker per connection sends them in bursts of every connection at once, and measures the
-- queue of the burst instead of the service). Without it, wrk's usual closed loop: as fast as the answers come.
-- At the end it prints one line: "p50 p90 p99 rate", the latencies in ms and the achieved requests/s.
local rate = tonumber(os.getenv("BENCH_RATE") or "")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init()
  math.randomseed(os.time() * 1000 + (seed or 0))
end

if rate and connections then
  local mean_ms = connections / rate * 1000
  function delay()
    return -math.log(1 - math.random()) * mean_ms
  end
end

function done(summary, latency)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("%.1f %.1f %.1f %.0f %d\n", latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6), errors))
end
