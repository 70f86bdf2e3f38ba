-- Roles and web settings for styr serve, to include from a configuration's init.lua
-- (include "access.lua"). The names are examples: use the user names and Entra ID group ids your
-- reverse proxy passes (docs/serve.md).
web {
  -- Apache runs on the same machine as styr serve (styr-apache.conf), so the proxy is loopback.
  trusted_proxies = { "127.0.0.1", "::1" },
  user_header = "X-Remote-User", groups_header = "X-Remote-Groups",
}
access "amn-rapportorer" { groups = { "sg-styr-amn" }, report_for = { "AMN" } }
access "son-rapportorer" { groups = { "sg-styr-son" }, report_for = { "SON" } }
access "godkannare" { groups = { "sg-styr-chefer" }, approve = { "uppfoljning" } }
access "lasare" { groups = { "sg-styr-las" }, read = true }
