-- styr serve's cache of built pages (scripts/serve/cache.lua): valid for one configuration and
-- one state of the store, pinned items (approved versions) across writes, bounded in size.
require "tests.spec.helper"
local cache = require "styr.cache"

describe("serve cache", function()
  it("keeps values for one configuration and one data version", function()
    local c = cache.new()
    c:sync(1, 10)
    assert.are.same({ "a", "b" }, { c:keep("k", 2, false, "a", "b") })
    assert.are.same({ "a", "b" }, { c:get("k") })
    c:sync(1, 10)
    assert.are.equal("a", (c:get("k")))
    c:sync(1, 11) -- something was committed
    assert.is_nil(c:get("k"))
  end)

  it("keeps pinned values across writes, not across a reload", function()
    local c = cache.new()
    c:sync(1, 10)
    c:keep("approved", 1, true, "v")
    c:keep("now", 1, false, "n")
    c:sync(1, 12)
    assert.are.equal("v", c:get("approved"))
    assert.is_nil(c:get("now"))
    c:sync(2, 12) -- the configuration was reloaded
    assert.is_nil(c:get("approved"))
  end)

  it("keeps nothing new while the data version is unknown, and drops what depends on it", function()
    local c = cache.new()
    c:sync(1, nil)
    assert.are.equal("x", c:keep("k", 1, true, "x"))
    assert.is_nil(c:get("k"))
    c:sync(1, 5)
    c:keep("now", 1, false, "n")
    c:keep("approved", 1, true, "a")
    c:sync(1, nil)
    assert.is_nil(c:get("now"))
    assert.are.equal("a", c:get("approved"))
  end)

  it("drops the least recently used items past its bounds", function()
    local c = cache.new(100, 3)
    c:sync(1, 1)
    c:keep("a", 10, false, "a")
    c:keep("b", 10, false, "b")
    c:keep("c", 10, false, "c")
    assert.are.equal("a", c:get("a")) -- a is used again: b is now the oldest
    c:keep("d", 10, false, "d")
    assert.is_nil(c:get("b"))
    assert.are.same({ "a", "c", "d" }, { c:get("a"), c:get("c"), c:get("d") })
    c:keep("big", 30, false, "big") -- over a quarter of the bytes: not kept
    assert.is_nil(c:get("big"))
    c:keep("e", 25, false, "e")
    c:keep("f", 25, false, "f")
    assert.is_true(c.bytes <= 100 and c.n <= 3)
    assert.are.equal(3, c.n)
  end)

  it("builds keys from parts, nil included", function()
    assert.are.equal("body\0AMN\0-\0" .. "3", cache.key("body", "AMN", nil, 3))
    assert.are_not.equal(cache.key("a", "b c"), cache.key("a b", "c"))
  end)
end)
