using System.Collections.Generic;
using System.Collections.Immutable;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Inputs;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Parsing;

/// <summary><c>leadtype.json</c> → <see cref="ConfigModel"/> through Core's <see cref="DocsConfigReader"/>, the CLI's reader.</summary>
internal static class ConfigParser
{
    public static ConfigModel Parse(ImmutableArray<DocsFileInput> configs)
    {
        if (configs.IsDefaultOrEmpty)
        {
            return ConfigModel.None;
        }

        // More than one leadtype.json: the first by path wins, deterministically.
        var input = configs[0];
        foreach (var candidate in configs)
        {
            if (string.CompareOrdinal(candidate.FullPath, input.FullPath) < 0)
            {
                input = candidate;
            }
        }

        var result = DocsConfigReader.Read(DocsConfigReader.FileName, input.Text);
        var locator = new DiagnosticLocator(input.Text);
        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostics.Add(locator.Locate(diagnostic, input.FullPath));
        }

        return new ConfigModel(input.FullPath, input.Text, result.Config, diagnostics.ToEquatableArray());
    }
}
