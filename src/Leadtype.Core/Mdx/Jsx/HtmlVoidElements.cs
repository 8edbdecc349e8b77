namespace Leadtype.Mdx.Jsx;

/// <summary>HTML elements that never have content (<c>br</c>, <c>img</c>, …): plain Markdown writes them without a closing slash.</summary>
internal static class HtmlVoidElements
{
    public static bool Contains(string? name) => name switch
    {
        "br" or "hr" or "img" or "input" or "wbr" or "area" or "base" or "col" or "embed" or "link" or "meta" or "source" or "track" or "param" => true,
        _ => false,
    };
}
