using System.Collections.Generic;

namespace Leadtype.Config;

/// <summary>
/// Config fields of the original that Leadtype for .NET reads but does not act on yet. Each is
/// reported as LT0101 (a warning, never a silent drop) with the hint below; remove a line when
/// the feature lands. <c>i18n</c> is not here: it is rejected (LT0107) because ignoring it would
/// publish the wrong pages.
/// </summary>
internal static class UnsupportedConfigFields
{
    private static readonly Dictionary<string, string> Hints = new()
    {
        ["collections"] = "pages are read from the docs folder (`--docs-dir`) only",
        ["openapi"] = "no API reference pages are generated from OpenAPI specs",
        ["frontmatterSchema"] = "function-valued fields cannot be expressed in JSON",
        ["transformers"] = "function-valued fields cannot be expressed in JSON",
        ["flatteners"] = "declare custom components under `components` instead",
        ["typeTableBasePath"] = "TypeScript type tables are not evaluated (LT0014)",
        ["typeTableStrict"] = "TypeScript type tables are not evaluated (LT0014)",
        ["lint.snippets.typecheck"] = "TypeScript snippets are not type-checked",
    };

    public static IReadOnlyCollection<string> Paths => Hints.Keys;

    public static bool Contains(string path) => Hints.ContainsKey(path);

    public static string HintFor(string path) => Hints.TryGetValue(path, out var hint) ? hint : string.Empty;
}
