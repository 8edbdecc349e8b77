using System.Collections.Generic;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary>
/// <c>&lt;ApiRequestBody body={…} /&gt;</c> → <c>### Request Body</c>, <c>required|optional - description</c>, then each
/// media type (§7.17); the single <c>example</c> is not shown for request bodies. No body: <c>No request body.</c>
/// </summary>
public sealed class ApiRequestBodyFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiRequestBody" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        if (ComponentProps.Literal(element, "body", context) is not JsObject body)
        {
            return new MdNode[] { MdNodes.TextParagraph("No request body.") };
        }

        var result = new List<MdNode> { MdNodes.Heading(3, "Request Body") };
        var summary = OpenApiBlocks.IsTrue(body["required"]) ? "required" : "optional";
        if (body.GetString("description") is { Length: > 0 } description)
        {
            summary += " - " + description;
        }

        result.Add(MdNodes.TextParagraph(summary));
        foreach (var media in OpenApiBlocks.Objects(body["content"]))
        {
            OpenApiBlocks.MediaType(media, showSingleExample: false, result);
        }

        return result;
    }
}
