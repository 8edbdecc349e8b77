using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary><c>&lt;ApiTryIt /&gt;</c> is an interactive console; agents get one sentence saying so (§7.17).</summary>
public sealed class ApiTryItFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "ApiTryIt" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context) =>
        new MdNode[] { MdNodes.TextParagraph("Interactive API console metadata is available to the docs renderer.") };
}
