using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Config;

/// <summary>Arbitrary configs (built from the real property names, so every section is reached) never crash the reader or the resolver.</summary>
public class ConfigReaderPropertyTests
{
    private static readonly string[] Keys = ConfigShapes.All.SelectMany(s => s.Properties).Distinct()
        .Concat(new[] { "Note", "x", "", "index", "guides/*" }).ToArray();

    private static Gen<JsonNode?> GenNode(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.OneOfConst("index", "quickstart", "/docs", "guides/*", "**", "rss", "atom", "markdown", "links", "blockquote", "template", "{{children}}", "", "/x.xml", "yes")
                .Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Int[-3, 30].Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Const((JsonNode?)null));
        if (depth == 0)
        {
            return scalar;
        }

        var child = GenNode(depth - 1);
        return Gen.Frequency(
            (2, scalar),
            (1, child.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()))),
            (2, Gen.Select(Gen.OneOfConst(Keys).Array[0, 5], child.Array[5]).Select((keys, values) =>
            {
                var obj = new JsonObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    obj[keys[i]] = values[i]?.DeepClone();
                }

                return (JsonNode?)obj;
            })));
    }

    [Fact]
    public void Reader_and_resolver_never_throw_on_arbitrary_configs()
    {
        var pages = new[] { new NavPage("index.mdx"), new NavPage("quickstart.mdx", Groups: EquatableArray.Create("x")), new NavPage("guides/a.mdx"), new NavPage("guides/index.mdx") };
        Gen.Select(GenNode(4), Gen.Bool).Sample((node, withProduct) =>
        {
            var root = node as JsonObject ?? new JsonObject { ["navigation"] = node?.DeepClone() };
            if (withProduct)
            {
                root["product"] = new JsonObject { ["name"] = "A", ["tagline"] = "B" };
            }

            var text = root.ToJsonString();
            var result = DocsConfigReader.Read("leadtype.json", text);
            Assert.Equal(result.HasErrors, result.Config is null);
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
            if (result.Config is { } config)
            {
                var navigation = NavigationResolver.Resolve(NavigationInput.From(config, pages));
                Assert.NotNull(navigation.Navigation);
                CuratedLinkCheck.Check(config, navigation.Pages, MountTable.Default);
            }
        }, iter: 3000);
    }
}
