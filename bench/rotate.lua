-- wrk script: every request as another organization, tokens read from BENCH_TOKENS (lines "subdomain token").
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local sub, token = line:match("^(%S+) (%S+)$")
  if sub then tokens[#tokens + 1] = { sub, token } end
end
local path = os.getenv("BENCH_PATH") or "/api/tenants/users?limit=5"

request = function()
  local t = tokens[math.random(#tokens)]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. t[2], ["X-Tenant"] = t[1] })
end

function done(summary, latency, requests)
  io.write(string.format("tenants=%d requests=%d non2xx=%d rps=%.0f p50=%.2fms p99=%.2fms\n", #tokens, summary.requests,
    summary.errors.status, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
