namespace Leadtype.Frontmatter;

/// <summary>
/// A page source split into its frontmatter block and its body (§2.1 of the conversion reference,
/// with the original's detection gaps fixed: a leading BOM, an empty <c>---\n---</c> block and a
/// closing fence at the end of the file are all recognised).
/// </summary>
/// <param name="HasBlock">True when the source starts with a <c>---</c> fenced block.</param>
/// <param name="Yaml">The text between the fences (line endings as written; empty for <c>---\n---</c>).</param>
/// <param name="YamlFirstLine">1-based file line of the first YAML line (the line after the opening fence).</param>
/// <param name="Body">Everything after the closing fence line (or the whole source without its BOM when there is no block).</param>
/// <param name="BodyOffset">Character offset of <paramref name="Body"/> in the original source.</param>
/// <param name="BodyFirstLine">1-based file line where the body starts; add <c>BodyFirstLine - 1</c> to body-relative lines.</param>
public sealed record FrontmatterBlock(
    bool HasBlock,
    string Yaml,
    int YamlFirstLine,
    string Body,
    int BodyOffset,
    int BodyFirstLine)
{
    /// <summary>True when a block exists but holds only whitespace: treated like no block (the title is synthesized).</summary>
    public bool IsBlank => !HasBlock || string.IsNullOrWhiteSpace(Yaml);

    /// <summary>Lines to add to a body-relative line number to get the file line.</summary>
    public int BodyLineOffset => BodyFirstLine - 1;
}
