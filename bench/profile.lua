-- wrk script: GET /api/auth/profile with a bearer token and the tenant header.
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
wrk.method = "GET"
wrk.path = "/api/auth/profile"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant

-- think time per client between requests (ms): 0 = closed loop, as fast as the server answers
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(think / 2, think * 3 / 2)
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors(non2xx+socket)=%d rps=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
