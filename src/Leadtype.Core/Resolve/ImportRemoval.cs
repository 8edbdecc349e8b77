using System;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Resolve;

/// <summary>
/// Removes ESM blocks made only of one-line <c>import</c> statements (§5.2). Export and mixed
/// blocks stay and print verbatim, as do multi-line imports (the original's behaviour).
/// </summary>
public static class ImportRemoval
{
    public static void Apply(MdRoot root) => MdTree.RemoveAll(root, node => node is MdxEsm esm && IsImportOnly(esm.Value));

    internal static bool IsImportOnly(string value)
    {
        var any = false;
        foreach (var raw in value.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("import ", StringComparison.Ordinal))
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
