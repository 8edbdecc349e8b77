using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary><c>&lt;ApiCodeSamples samples={[…]} /&gt;</c> → per sample <c>### label</c> and a fence in its language (§7.17).</summary>
public sealed class ApiCodeSamplesFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiCodeSamples" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var result = new List<MdNode>();
        foreach (var sample in OpenApiBlocks.Objects(ComponentProps.Literal(element, "samples", context)))
        {
            result.Add(MdNodes.Heading(3, sample.GetString("label") ?? string.Empty));
            result.Add(MdNodes.Code(sample.GetString("code") ?? string.Empty, sample.GetString("language")));
        }

        return result;
    }
}
