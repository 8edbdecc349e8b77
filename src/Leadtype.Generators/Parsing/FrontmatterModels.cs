using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Collections;
using Leadtype.Frontmatter;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Parsing;

/// <summary>Core's YAML data → the generator's value-equatable frontmatter models.</summary>
internal static class FrontmatterModels
{
    public static EquatableArray<FrontmatterEntryModel> From(YamlMap data)
    {
        var entries = new FrontmatterEntryModel[data.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = data.Entries[i];
            entries[i] = new FrontmatterEntryModel(entry.Key, Value(entry.Value));
        }

        return new EquatableArray<FrontmatterEntryModel>(entries);
    }

    public static FrontmatterValueModel Value(YamlValue value)
    {
        switch (value)
        {
            case YamlString text:
                return FrontmatterValueModel.Scalar(FrontmatterValueKind.String, text.Value);
            case YamlBoolean boolean:
                return FrontmatterValueModel.Scalar(FrontmatterValueKind.Boolean, boolean.Value ? "true" : "false");
            case YamlNumber number:
                var n = number.Value;
                if (!double.IsNaN(n) && !double.IsInfinity(n) && Math.Floor(n) == n && Math.Abs(n) < 9e15)
                {
                    return FrontmatterValueModel.Scalar(FrontmatterValueKind.Integer, ((long)n).ToString(CultureInfo.InvariantCulture));
                }

                return FrontmatterValueModel.Scalar(FrontmatterValueKind.Number, n.ToString("R", CultureInfo.InvariantCulture));
            case YamlDate date:
                return FrontmatterValueModel.Scalar(FrontmatterValueKind.String, date.ToIsoString());
            case YamlSequence sequence:
                var items = new FrontmatterValueModel[sequence.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Value(sequence.Items[i]);
                }

                return new FrontmatterValueModel(FrontmatterValueKind.List, string.Empty, default, new EquatableArray<FrontmatterValueModel>(items));
            case YamlMap map:
                var keys = new string[map.Count];
                var values = new FrontmatterValueModel[map.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = map.Entries[i].Key;
                    values[i] = Value(map.Entries[i].Value);
                }

                return new FrontmatterValueModel(FrontmatterValueKind.Map, string.Empty, new EquatableArray<string>(keys), new EquatableArray<FrontmatterValueModel>(values));
            default:
                return FrontmatterValueModel.Null;
        }
    }

    /// <summary>Frontmatter <c>group</c>: a string or a list of strings (config-cli §2.16).</summary>
    public static EquatableArray<string> Groups(YamlMap data)
    {
        var groups = new List<string>();
        switch (data["group"])
        {
            case YamlString single:
                groups.Add(single.Value);
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YamlString text)
                    {
                        groups.Add(text.Value);
                    }
                }

                break;
        }

        return groups.ToEquatableArray();
    }

    public static double? Order(YamlMap data) =>
        data["order"] is YamlNumber number && !double.IsNaN(number.Value) && !double.IsInfinity(number.Value) ? number.Value : null;

    public static bool? Search(YamlMap data) => data["search"] is YamlBoolean flag ? flag.Value : null;
}
