-- wrk script: GET /api/auth/profile with a bearer token and the tenant header.
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
wrk.method = "GET"
wrk.path = "/api/auth/profile"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant

dofile("think.lua")

-- prints one line of figures, the same in every scenario (wrk runs from bench/)
dofile("report.lua")
