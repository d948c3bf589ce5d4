-- wrk script for bench/emails.sh: POST /api/communications/emails/send (an email to BENCH_RCPT about a made-up contact)
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
local body = '{"to":"' .. os.getenv("BENCH_RCPT") .. '","subject":"Bench send","contactId":"00000000-0000-7000-8000-000000000001",'
  .. '"body":"<p>Hello <b>there</b>, here is <a href=\\"https://acme.test/offer\\">the offer</a>.</p>"}'
local headers = { ["Authorization"] = "Bearer " .. token, ["X-Tenant"] = tenant, ["Content-Type"] = "application/json" }

dofile("think.lua")

function request()
  return wrk.format("POST", "/api/communications/emails/send", headers, body)
end

dofile("report.lua")
