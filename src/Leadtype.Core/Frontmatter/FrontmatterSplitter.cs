namespace Leadtype.Frontmatter;

/// <summary>
/// Finds the <c>---</c> fenced YAML block at the top of a page. A hand-written scan rather than the
/// original's regex: it runs on every page, and it fixes the original's misses (BOM, empty block,
/// closing fence at end of file). Fence lines may carry trailing spaces or tabs.
/// </summary>
public static class FrontmatterSplitter
{
    public static FrontmatterBlock Split(string source)
    {
        var start = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
        var noBlock = new FrontmatterBlock(false, string.Empty, 0, source, start, 1);

        // Opening fence: "---" + optional blanks + line break.
        var afterOpen = MatchFence(source, start);
        if (afterOpen < 0 || afterOpen == source.Length)
        {
            return noBlock;
        }

        var yamlStart = afterOpen;
        var line = 2;
        var position = yamlStart;
        while (position <= source.Length)
        {
            // position is at the start of a line.
            var afterClose = MatchFence(source, position);
            if (afterClose >= 0)
            {
                var yamlEnd = position;

                // The YAML text excludes the line break before the closing fence.
                if (yamlEnd > yamlStart && source[yamlEnd - 1] == '\n')
                {
                    yamlEnd--;
                    if (yamlEnd > yamlStart && source[yamlEnd - 1] == '\r')
                    {
                        yamlEnd--;
                    }
                }
                else if (yamlEnd > yamlStart && source[yamlEnd - 1] == '\r')
                {
                    yamlEnd--;
                }

                var yaml = source.Substring(yamlStart, yamlEnd - yamlStart);
                return new FrontmatterBlock(true, yaml, 2, source, afterClose, line + 1);
            }

            var next = NextLineStart(source, position);
            if (next < 0)
            {
                break;
            }

            position = next;
            line++;
        }

        return noBlock;
    }

    /// <summary>
    /// If a fence line (<c>---</c> then blanks) starts at <paramref name="index"/>, the offset after its line
    /// break (or the end of the text); otherwise -1.
    /// </summary>
    private static int MatchFence(string text, int index)
    {
        if (index + 3 > text.Length || text[index] != '-' || text[index + 1] != '-' || text[index + 2] != '-')
        {
            return -1;
        }

        var i = index + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        if (i == text.Length)
        {
            return i;
        }

        if (text[i] == '\n')
        {
            return i + 1;
        }

        if (text[i] == '\r')
        {
            return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }

        return -1;
    }

    private static int NextLineStart(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (text[i] == '\r')
            {
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return -1;
    }
}
