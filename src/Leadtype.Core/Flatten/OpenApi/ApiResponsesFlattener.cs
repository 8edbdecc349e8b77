using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary>
/// <c>&lt;ApiResponses responses={[…]} /&gt;</c> → per response <c>### status</c>, the description (or
/// <c>No description.</c>), its media types with examples, and <c>#### Headers</c> (§7.17).
/// </summary>
public sealed class ApiResponsesFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiResponses" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var responses = OpenApiBlocks.Objects(ComponentProps.Literal(element, "responses", context));
        if (responses.Count == 0)
        {
            return new MdNode[] { MdNodes.TextParagraph("No responses documented.") };
        }

        var result = new List<MdNode>();
        foreach (var response in responses)
        {
            var status = response["status"]?.ToJsString() ?? string.Empty;
            result.Add(MdNodes.Heading(3, status));
            var description = response.GetString("description");
            result.Add(MdNodes.TextParagraph(string.IsNullOrEmpty(description) ? "No description." : description!));
            foreach (var media in OpenApiBlocks.Objects(response["content"]))
            {
                OpenApiBlocks.MediaType(media, showSingleExample: true, result);
            }

            var headers = OpenApiBlocks.Objects(response["headers"]);
            if (headers.Count > 0)
            {
                result.Add(MdNodes.Heading(4, "Headers"));
                result.Add(OpenApiBlocks.ParameterTable(headers));
            }
        }

        return result;
    }
}
