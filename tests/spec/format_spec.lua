require "tests.spec.helper"
local format = require "styr.format"
local csv = require "styr.csv"
local html = require "styr.render_html"

describe("number formatting", function()
  it("groups thousands and uses a decimal comma in Swedish and Danish", function()
    assert.are.equal("2\u{00A0}996", format.number(2996, "sv"))
    assert.are.equal("1\u{00A0}234\u{00A0}567,5", format.number(1234567.5, "sv"))
    assert.are.equal("4,8", format.number(4.8, "sv"))
    assert.are.equal("1.384", format.number(1384, "da"))
    assert.are.equal("5,5", format.number(5.5, "da"))
    assert.are.equal("-12,25", format.number(-12.25, "sv"))
    assert.are.equal("1,234.5", format.number(1234.5, "en"))
  end)

  it("rounds half away from zero on the number as written, as official statistics do", function()
    assert.are.equal("12,3", format.number(12.25, "sv", 1))
    assert.are.equal("2,68", format.number(2.675, "sv", 2))   -- 2.67499999… in binary
    assert.are.equal("-12,3", format.number(-12.25, "sv", 1))
    assert.are.equal("1\u{00A0}000", format.number(999.5, "sv", 0))
    assert.are.equal("10,0", format.number(9.96, "sv", 1))
    assert.are.equal("0,1", format.number(0.05, "sv", 1))
    assert.are.equal("0", format.number(-0.4, "sv", 0))
    assert.are.equal("12,2", format.number(12.24, "sv", 1))
    assert.are.equal("0,64", format.number(0.6410256410256411, "sv", 2))
  end)

  it("respects a fixed number of decimals", function()
    assert.are.equal("4,80", format.number(4.8, "sv", 2))
    assert.are.equal("87", format.number(87.4, "sv", 0))
  end)

  it("writes plain numbers for machines", function()
    assert.are.equal("2996", format.plain(2996.0))
    assert.are.equal("4.8", format.plain(4.8))
    assert.are.equal("-0.5", format.plain(-0.5))
    -- computed values keep every digit they need to read back as the same number
    assert.are.equal(10.955414012738854, tonumber(format.plain(10.955414012738854)))
    assert.are.equal("0.1", format.plain(0.1))
    assert.are.equal(1 / 3, tonumber(format.plain(1 / 3)))
  end)
end)

describe("CSV fields", function()
  it("quotes commas, quotes and line breaks (RFC 4180)", function()
    assert.are.equal('"a,b"', csv.field("a,b"))
    assert.are.equal('"say ""hi"""', csv.field('say "hi"'))
    assert.are.equal('"two\r\nlines"', csv.field("two\r\nlines"))
    assert.are.equal("plain", csv.field("plain"))
    assert.are.equal("a,b\r\n", csv.line({ "a", "b" }))
  end)

  it("defuses text that a spreadsheet would run as a formula", function()
    assert.are.equal("'=cmd|' /C calc'!A0", csv.field("=cmd|' /C calc'!A0"))
    assert.are.equal("'+1", csv.field("+1"))
    assert.are.equal("'@SUM(A1)", csv.field("@SUM(A1)"))
  end)

  it("keeps negative numbers as numbers", function()
    assert.are.equal("-2.5", csv.field(-2.5))
  end)
end)

describe("HTML escaping", function()
  it("escapes markup, quotes and drops control characters", function()
    assert.are.equal("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;", html.escape("</script><b>x</b>"))
    assert.are.equal("&quot;a&quot; &amp; &#39;b&#39;", html.escape([["a" & 'b']]))
    assert.are.equal("ab", html.escape("a\0b"))
    assert.are.equal("line\nnext", html.escape("line\nnext"))
  end)
end)

describe("format.number, asked again", function()
  local nb = "\u{00A0}" -- Swedish groups thousands with a no-break space
  it("gives each language and number of decimals its own text for the same value", function()
    for _ = 1, 2 do -- the second round is answered from what the first one formatted
      assert.are.equal("1" .. nb .. "234,5", format.number(1234.5, "sv"))
      assert.are.equal("1.234,5", format.number(1234.5, "da"))
      assert.are.equal("1,234.5", format.number(1234.5, "en"))
      assert.are.equal("1" .. nb .. "234,50", format.number(1234.5, "sv", 2))
      assert.are.equal("1" .. nb .. "235", format.number(1234.5, "sv", 0))
      assert.are.equal("2", format.number(2.0, "sv"))
      assert.are.equal("2", format.number(2, "sv"))
      assert.are.equal("0", format.number(-0.0, "sv"))
      assert.are.equal("-1", format.number(-1, "sv"))
    end
    for i = 1, 30000 do assert.are.equal(tostring(i % 1000), format.number(i % 1000, "en")) end
  end)
end)
