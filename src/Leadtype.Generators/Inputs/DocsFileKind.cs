namespace Leadtype.Generators.Inputs;

internal enum DocsFileKind
{
    None = 0,

    /// <summary>A docs page (<c>LeadtypePage="true"</c>, or an <c>.mdx</c> file under the docs folder).</summary>
    Page = 1,

    /// <summary><c>leadtype.json</c>.</summary>
    Config = 2,

    /// <summary>Another file of the docs folder (<c>LeadtypePage="false"</c>, <c>.md</c>, snippets): readable by includes, not a page.</summary>
    Partial = 3,
}
