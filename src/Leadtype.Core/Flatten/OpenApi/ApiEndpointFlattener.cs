using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary><c>&lt;ApiEndpoint method path serverUrl operationId deprecated /&gt;</c> → an <c>```http</c> request line, then server, operation id and deprecation (§7.17).</summary>
public sealed class ApiEndpointFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiEndpoint" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var method = (ComponentProps.String(element, "method") ?? string.Empty).Trim().ToUpperInvariant();
        var path = (ComponentProps.String(element, "path") ?? string.Empty).Trim();
        var result = new List<MdNode> { MdNodes.Code(method + " " + path, "http") };

        var server = (ComponentProps.String(element, "serverUrl") ?? string.Empty).Trim();
        if (server.Length > 0)
        {
            result.Add(MdNodes.Paragraph(MdNodes.Text("Server: "), MdNodes.InlineCode(server)));
        }

        var operationId = (ComponentProps.String(element, "operationId") ?? string.Empty).Trim();
        if (operationId.Length > 0)
        {
            result.Add(MdNodes.Paragraph(MdNodes.Text("Operation ID: "), MdNodes.InlineCode(operationId)));
        }

        if (ComponentProps.String(element, "deprecated") == "true")
        {
            result.Add(MdNodes.TextParagraph("Deprecated: true"));
        }

        return result;
    }
}
