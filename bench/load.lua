-- One target of the benchmark's load part, for wrk (bench/load.py runs it; Debian package wrk).
--
--   wrk -t 4 -c 4 -d 10s --timeout 10s -s bench/load.lua http://127.0.0.1:PORT \
--       -- METHOD BODY PATH1 COOKIE1 PATH2 COOKIE2 ...
--
-- Each wrk thread is one person: it asks for that person's own page (their check) with their
-- session cookie, one of the people bench/load.py walked through the wizard (PATH1 and COOKIE1 to
-- the first thread, and so on), each request on a new connection (why: see bench/load.py).
-- Every request carries a client address of its own (X-Forwarded-For, behind the one proxy the
-- server trusts), so the rate limits count each request and refuse none.
-- A request is an error unless the answer is HTTP 200 with a body; wrk adds the socket errors.
-- At the end one line "RESULT {json}" gives the counts, the HTTP status of each answer that was an
-- error ("bad_statuses", the first 20 of each person: 200 there means an empty body), and the
-- latency percentiles in µs.

local threads = {}
local next_thread = 0

function setup(thread)
   next_thread = next_thread + 1
   thread:set("number", next_thread)
   table.insert(threads, thread)
end

function init(args)
   method, body = args[1], args[2]
   local people = (#args - 2) / 2
   local person = (number - 1) % people
   path, cookie = args[3 + 2 * person], args[4 + 2 * person]
   sent, bad, bad_statuses = 0, 0, ""
end

function request()
   sent = sent + 1
   local headers = {
      ["Cookie"] = cookie,
      ["Accept-Encoding"] = "identity",
      ["Connection"] = "close",
      ["X-Forwarded-For"] = string.format("10.%d.%d.%d", number, math.floor(sent / 256) % 256, sent % 256),
   }
   if method == "POST" then
      headers["Content-Type"] = "application/json"
      return wrk.format(method, path, headers, body)
   end
   return wrk.format(method, path, headers)
end

function response(status, headers, response_body)
   if status ~= 200 or response_body == nil or #response_body == 0 then
      bad = bad + 1
      if bad <= 20 then
         bad_statuses = bad_statuses .. " " .. status
      end
   end
end

function done(summary, latency, requests)
   local not_ok, statuses = 0, ""
   for _, thread in ipairs(threads) do
      not_ok = not_ok + thread:get("bad")
      statuses = statuses .. thread:get("bad_statuses")
   end
   local e = summary.errors
   io.write(string.format(
      'RESULT {"requests": %d, "duration_us": %d, "not_ok": %d, "bad_statuses": "%s", "connect": %d, "read": %d, ' ..
      '"write": %d, "timeout": %d, "p50_us": %d, "p99_us": %d}\n',
      summary.requests, summary.duration, not_ok, statuses:sub(2), e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(99)))
end
