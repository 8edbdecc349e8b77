using System.Collections.Generic;
using System.Collections.Immutable;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Inputs;
using Leadtype.Generators.Model;
using Leadtype.Json;

namespace Leadtype.Generators.Parsing;

/// <summary>
/// <c>leadtype.json</c> → <see cref="ConfigModel"/>. Until Core's <c>DocsConfigReader</c> (branch
/// <c>config</c>) lands this reads only what the generator needs (product, mounts) with Core's
/// <see cref="JsonReader"/>; a syntax error is reported as LT0100 at its line and column.
/// </summary>
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

        var locator = new DiagnosticLocator(input.Text);
        var diagnostics = new List<DiagnosticInfo>();
        var result = JsonReader.Parse(input.Text, JsonReaderOptions.Config);
        if (!result.Success || result.Value is not JsonObject root)
        {
            var error = result.Error;
            var message = error?.Message ?? "leadtype.json must contain a JSON object";
            var invalid = DiagnosticCatalog.InvalidConfig;
            diagnostics.Add(new DiagnosticInfo(invalid.Id, invalid.DefaultSeverity, input.FullPath, error is null ? SourceLocation.File : locator.Locate(error.Line, error.Column), invalid.Format(message)));
            return new ConfigModel(input.FullPath, ProductModel.Unnamed, default, diagnostics.ToEquatableArray());
        }

        var product = ProductModel.Unnamed;
        if (root["product"] is JsonObject productObject)
        {
            product = new ProductModel(
                StringOf(productObject["name"]) ?? string.Empty,
                StringOf(productObject["tagline"]),
                StringOf(productObject["homepage"]),
                StringOf(productObject["repository"]));
        }

        var mounts = new List<MountModel>();
        if (root["mounts"] is JsonArray mountArray)
        {
            foreach (var item in mountArray.Items)
            {
                if (item is JsonObject mount && StringOf(mount["pathPrefix"]) is { } pathPrefix && StringOf(mount["urlPrefix"]) is { } urlPrefix)
                {
                    mounts.Add(new MountModel(pathPrefix, urlPrefix));
                }
            }
        }

        return new ConfigModel(input.FullPath, product, mounts.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? StringOf(JsonValue? value) => value is JsonString text ? text.Value : null;
}
