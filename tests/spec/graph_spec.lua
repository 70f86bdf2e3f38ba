require "tests.spec.helper"
local graph = require "styr.graph"

local ORG = [[
digraph org {
  node [shape=box, fontname=Helvetica];
  fs [label="Förbundsstyrelsen"];
  nf [label="Næstformand"];
  ou [label="Økonomiudvalget"];
  fs -> nf;
  fs -> ou [label="bereder ärenden"];
}
]]

local function count(s, pattern)
  local n = 0
  for _ in s:gmatch(pattern) do n = n + 1 end
  return n
end

describe("styr.graph from Lua", function()
  it("renders a DOT organisation chart to SVG with its UTF-8 labels", function()
    local svg = assert(graph.render(ORG, "svg"))
    assert.is_truthy(svg:find("^<%?xml") or svg:find("^<svg"))
    assert.is_truthy(svg:find("</svg>", 1, true))
    for _, label in ipairs { "Förbundsstyrelsen", "Næstformand", "Økonomiudvalget", "bereder ärenden" } do
      assert.is_truthy(svg:find(label, 1, true), label)
    end
    assert.are.equal(3, count(svg, 'class="node"'))
    assert.are.equal(2, count(svg, 'class="edge"'))
  end)

  it("renders SVG when no format is given, and the laid-out DOT on request", function()
    assert.are.equal(graph.render(ORG, "svg"), graph.render(ORG))
    local dot = assert(graph.render(ORG, "dot"))
    assert.matches("^digraph org {", dot)
    assert.are.equal(3 + 2, count(dot, 'pos="'))
  end)

  it("returns fail and Graphviz's message for a DOT syntax error", function()
    local svg, msg = graph.render("digraph org {\n  a -> ;\n}\n", "svg")
    assert.is_nil(svg)
    assert.matches("cannot read the DOT text: syntax error in line 2", msg)
    assert.is_nil(graph.render(""))
    assert.is_nil(graph.render("digraph { a\0 }"))
    svg, msg = graph.render("digraph a { x } digraph b { y }")
    assert.is_nil(svg)
    assert.matches("more than one graph", msg)
    assert.matches("^digraph c {", assert(graph.render("digraph c { z }", "dot")))
  end)

  it("raises an error for a misuse of the API", function()
    assert.has_error(function() graph.render(ORG, "png") end)
    assert.has_error(function() graph.render(nil) end)
  end)

  it("renders again and again", function()
    for _ = 1, 30 do
      assert(graph.render(ORG))
      assert.is_nil(graph.render("digraph { -> }"))
    end
  end)
end)
