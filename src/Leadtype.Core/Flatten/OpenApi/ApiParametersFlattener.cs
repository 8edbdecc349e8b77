using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary><c>&lt;ApiParameters title parameters /&gt;</c> → optional <c>### title</c>, then a parameter table or <c>No parameters.</c> (§7.17).</summary>
public sealed class ApiParametersFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiParameters" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var result = new List<MdNode>();
        var title = ComponentProps.Normalized(element, "title");
        if (title.Length > 0)
        {
            result.Add(MdNodes.Heading(3, title));
        }

        var parameters = OpenApiBlocks.Objects(ComponentProps.Literal(element, "parameters", context));
        result.Add(parameters.Count == 0 ? MdNodes.TextParagraph("No parameters.") : OpenApiBlocks.ParameterTable(parameters));
        return result;
    }
}
