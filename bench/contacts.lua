-- wrk script for bench/contacts.sh: BENCH_SCENARIO = get (a random contact by id), list (first page),
-- owner (first page of one owner's contacts)
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
local scenario = os.getenv("BENCH_SCENARIO") or "get"
local owner = os.getenv("BENCH_OWNER")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant

function request()
  local path
  if scenario == "get" then
    path = "/api/contacts/" .. ids[math.random(#ids)]
  elseif scenario == "owner" then
    path = "/api/contacts?limit=25&ownerId=" .. owner
  else
    path = "/api/contacts?limit=25"
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors(non2xx+socket)=%d rps=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
