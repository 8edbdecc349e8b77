namespace Leadtype.Frontmatter;

/// <summary>
/// A page source split into its frontmatter block and its body (§2.1 of the conversion reference,
/// with the original's detection gaps fixed: a leading BOM, an empty <c>---\n---</c> block and a
/// closing fence at the end of the file are all recognised).
/// </summary>
public sealed class FrontmatterBlock
{
    private string? _body;

    internal FrontmatterBlock(bool hasBlock, string yaml, int yamlFirstLine, string source, int bodyOffset, int bodyFirstLine)
    {
        HasBlock = hasBlock;
        Yaml = yaml;
        YamlFirstLine = yamlFirstLine;
        Source = source;
        BodyOffset = bodyOffset;
        BodyFirstLine = bodyFirstLine;
    }

    /// <summary>True when the source starts with a <c>---</c> fenced block.</summary>
    public bool HasBlock { get; }

    /// <summary>The text between the fences (line endings as written; empty for <c>---\n---</c>).</summary>
    public string Yaml { get; }

    /// <summary>1-based file line of the first YAML line (the line after the opening fence).</summary>
    public int YamlFirstLine { get; }

    /// <summary>Everything after the closing fence line (or the whole source without its BOM when there is no block).</summary>
    /// <remarks>Cut from the source on first use: the page converter parses the body where it lies in the source.</remarks>
    public string Body => _body ??= BodyOffset == 0 ? Source : Source.Substring(BodyOffset);

    /// <summary>Character offset of <see cref="Body"/> in the original source.</summary>
    public int BodyOffset { get; }

    /// <summary>1-based file line where the body starts; add <c>BodyFirstLine - 1</c> to body-relative lines.</summary>
    public int BodyFirstLine { get; }

    /// <summary>True when a block exists but holds only whitespace: treated like no block (the title is synthesized).</summary>
    public bool IsBlank => !HasBlock || string.IsNullOrWhiteSpace(Yaml);

    /// <summary>Lines to add to a body-relative line number to get the file line.</summary>
    public int BodyLineOffset => BodyFirstLine - 1;

    /// <summary>The whole page source the block was split from.</summary>
    internal string Source { get; }
}
