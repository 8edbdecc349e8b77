using System.Collections.Generic;
using System.Text;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary>
/// <c>&lt;ApiAuth requirements schemes /&gt;</c> → a list of security requirements (scheme names joined by
/// <c> + </c>, <c>Anonymous</c> for an empty one) or <c>No authentication required.</c>, then <c>### Schemes</c> (§7.17).
/// </summary>
public sealed class ApiAuthFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiAuth" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var result = new List<MdNode>();
        var requirements = OpenApiBlocks.Objects(ComponentProps.Literal(element, "requirements", context));
        if (requirements.Count == 0)
        {
            result.Add(MdNodes.TextParagraph("No authentication required."));
        }
        else
        {
            var items = new List<MdNode[]>();
            foreach (var requirement in requirements)
            {
                var names = new List<string>();
                foreach (var property in requirement.Properties)
                {
                    names.Add(property.Key);
                }

                items.Add(new MdNode[] { MdNodes.TextParagraph(names.Count == 0 ? "Anonymous" : string.Join(" + ", names)) });
            }

            result.Add(MdNodes.List(ordered: false, spread: true, items));
        }

        var schemes = OpenApiBlocks.Objects(ComponentProps.Literal(element, "schemes", context));
        if (schemes.Count > 0)
        {
            result.Add(MdNodes.Heading(3, "Schemes"));
            var items = new List<MdNode[]>();
            foreach (var scheme in schemes)
            {
                var line = new StringBuilder();
                line.Append(scheme.GetString("key") ?? string.Empty).Append(": ").Append(scheme.GetString("type") ?? string.Empty);
                Append(line, " / ", scheme.GetString("scheme"));
                Append(line, " / ", scheme.GetString("name"));
                Append(line, " - ", scheme.GetString("description"));
                items.Add(new MdNode[] { MdNodes.TextParagraph(line.ToString()) });
            }

            result.Add(MdNodes.List(ordered: false, spread: true, items));
        }

        return result;
    }

    private static void Append(StringBuilder line, string separator, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            line.Append(separator).Append(value);
        }
    }
}
