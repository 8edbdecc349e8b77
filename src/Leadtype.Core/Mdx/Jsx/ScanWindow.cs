namespace Leadtype.Mdx.Jsx;

/// <summary>
/// How far a tag or expression scan may look ahead. A broken construct (an unclosed quote or brace)
/// would otherwise scan to the end of the page every time it appears, which is quadratic on large
/// damaged pages; no real tag or expression is this long.
/// </summary>
internal static class ScanWindow
{
    public const int MaxConstructLength = 64 * 1024;
}
