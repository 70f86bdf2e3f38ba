require "tests.spec.helper"
local markdown = require "styr.markdown"

describe("styr.markdown", function()
  it("renders an analysis text as a safe HTML fragment with demoted headings", function()
    local html = assert(markdown.to_html("# Analys\n\nKostnaden *ökade*.\n\n<script>alert(1)</script>\n\n"
      .. "[x](javascript:alert(1)) <b onclick=\"f()\">fet</b>\n"))
    assert.are.equal('<h5>Analys</h5>\n<p>Kostnaden <em>ökade</em>.</p>\n<p><a href="">x</a> fet</p>\n', html)
  end)

  it("normalises to CommonMark without raw HTML", function()
    assert.are.equal("##### Analys\n\n  - a\n  - b\n\nfet\n",
      markdown.to_markdown("# Analys\n\n* a\n* b\n\n<b>fet</b>\n"))
  end)

  it("gives plain text for a cell", function()
    assert.are.equal("Analys\n\n- a\n- b\n\nEtt stycke med kod.",
      markdown.to_text("## Analys\n\n- a\n- *b*\n\nEtt stycke\nmed `kod`.\n"))
    assert.are.equal("", markdown.to_text(""))
  end)

  it("returns nil and a message for bad input", function()
    for _, f in ipairs { "to_html", "to_markdown", "to_text" } do
      local out, err = markdown[f]("a\255b")
      assert.is_nil(out)
      assert.truthy(err:find("not valid UTF-8", 1, true))
      out, err = markdown[f](("x"):rep(markdown.max_bytes + 1))
      assert.is_nil(out)
      assert.truthy(err:find("more than the limit", 1, true))
    end
    assert.are.equal(1024 * 1024, markdown.max_bytes)
  end)

  it("raises an error for an argument that is not a string", function()
    assert.has_error(function() markdown.to_html(nil) end)
    assert.has_error(function() markdown.to_text({}) end, "bad argument #1 to 'to_text' (string expected, got table)")
    assert.has_error(function() markdown.to_markdown(42) end)
  end)
end)
