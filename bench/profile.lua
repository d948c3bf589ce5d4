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

-- prints one line of figures, the same in every scenario (wrk runs from bench/)
dofile("report.lua")
