namespace Leadtype.Markdown;

/// <summary>Serializer settings. The agent pipeline uses the defaults; Prompt bodies use <c>-</c> bullets (§7.15).</summary>
public sealed class MarkdownWriteOptions
{
    public static MarkdownWriteOptions Default { get; } = new();

    /// <summary>The bullet for unordered lists: <c>*</c> (default) or <c>-</c>.</summary>
    public char Bullet { get; set; } = '*';
}
