using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Json;
using Leadtype.Text;

namespace Leadtype.Config;

/// <summary>
/// Collects located diagnostics while <see cref="DocsConfigReader"/> walks the JSON tree, and
/// offers the typed accessors every section uses, so each message names the file, the JSON path
/// and the line/column of the offending value the same way.
/// </summary>
internal sealed class ConfigReadContext
{
    private static readonly Regex Identifier = new("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant);

    public ConfigReadContext(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public List<DocsDiagnostic> Diagnostics { get; } = new();

    public List<string> UnsupportedFields { get; } = new();

    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static string Member(string parent, string name) =>
        Identifier.IsMatch(name)
            ? (parent.Length == 0 ? name : parent + "." + name)
            : parent + "[\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public ConfigLocation Locate(JsonValue value, string path) => new(path, value.Line, value.Column);

    public void Error(JsonValue at, string message) => Error(at.Line, at.Column, message);

    public void Error(int line, int column, string message) =>
        Diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, FilePath, line, column, message));

    public void Report(DocsDiagnosticDescriptor descriptor, int line, int column, params object?[] args) =>
        Diagnostics.Add(DocsDiagnostic.Create(descriptor, FilePath, line, column, args));

    /// <summary>Records a present-but-unsupported field (LT0101) at its property name.</summary>
    public void Unsupported(JsonProperty property, string path)
    {
        UnsupportedFields.Add(path);
        var hint = UnsupportedConfigFields.HintFor(path);
        Report(DiagnosticCatalog.UnsupportedConfigField, property.Line, property.Column, path, hint.Length == 0 ? string.Empty : "; " + hint);
    }

    public void TypeError(JsonValue value, string path, string expected) =>
        Error(value, "`" + path + "` must be " + expected + ", got " + value.Describe());

    /// <summary>The value as an object; reports a type error otherwise. JSON null counts as absent.</summary>
    public JsonObject? AsObject(JsonValue? value, string path)
    {
        if (value is null || value is JsonNull)
        {
            return null;
        }

        if (value is JsonObject obj)
        {
            return obj;
        }

        TypeError(value, path, "an object");
        return null;
    }

    public JsonArray? AsArray(JsonValue? value, string path, string expected = "an array")
    {
        if (value is null || value is JsonNull)
        {
            return null;
        }

        if (value is JsonArray array)
        {
            return array;
        }

        TypeError(value, path, expected);
        return null;
    }

    /// <summary>
    /// Reports duplicate members (an error: JSON would silently keep the last) and members the
    /// shape does not know (a warning with a spelling suggestion, or an error when <paramref name="unknownIsError"/>).
    /// </summary>
    public void CheckMembers(JsonObject obj, string path, ConfigShape shape, bool unknownIsError = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            var memberPath = Member(path, property.Name);
            if (!seen.Add(property.Name))
            {
                Error(property.Line, property.Column, "`" + memberPath + "` is set more than once; keep one (JSON would silently use the last)");
                continue;
            }

            if (shape.Contains(property.Name))
            {
                continue;
            }

            var suggestion = NearestName.Find(property.Name, shape.Properties);
            var hint = suggestion is null ? string.Empty : "; did you mean `" + suggestion + "`?";
            var owner = path.Length == 0 ? "leadtype.json" : "`" + path + "`";
            if (unknownIsError)
            {
                Error(property.Line, property.Column,
                    "`" + memberPath + "` is not a supported field of " + owner + " (expected one of: " + string.Join(", ", shape.Properties) + ")" + hint);
            }
            else
            {
                Report(DiagnosticCatalog.UnknownConfigProperty, property.Line, property.Column, memberPath, owner, hint);
            }
        }
    }

    /// <summary>Reports duplicate keys in a map-like object (keys chosen by the user).</summary>
    public void CheckDuplicateKeys(JsonObject obj, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (!seen.Add(property.Name))
            {
                Error(property.Line, property.Column, "`" + Member(path, property.Name) + "` is set more than once; keep one (JSON would silently use the last)");
            }
        }
    }

    public string? OptionalString(JsonObject obj, string path, string name, bool nonEmpty = false)
    {
        var value = obj[name];
        if (value is null || value is JsonNull)
        {
            return null;
        }

        var memberPath = Member(path, name);
        if (value is not JsonString s)
        {
            TypeError(value, memberPath, "a string");
            return null;
        }

        if (nonEmpty && s.Value.Trim().Length == 0)
        {
            Error(value, "`" + memberPath + "` must not be empty");
            return null;
        }

        return s.Value;
    }

    /// <summary>A required string member; when missing the error points at the object that lacks it.</summary>
    public string? RequiredString(JsonObject obj, string path, string name, string why = "", bool nonEmpty = false)
    {
        var value = obj[name];
        if (value is null || value is JsonNull)
        {
            Error(obj, "`" + Member(path, name) + "` is required" + why);
            return null;
        }

        return OptionalString(obj, path, name, nonEmpty);
    }

    public bool? OptionalBool(JsonObject obj, string path, string name)
    {
        var value = obj[name];
        if (value is null || value is JsonNull)
        {
            return null;
        }

        if (value is JsonBoolean b)
        {
            return b.Value;
        }

        TypeError(value, Member(path, name), "true or false");
        return null;
    }

    /// <summary>A string array member (or, with <paramref name="allowSingle"/>, a single string). Every bad item is reported.</summary>
    public EquatableArray<string> StringList(JsonObject obj, string path, string name, bool allowSingle = false, bool nonEmptyItems = false)
    {
        var value = obj[name];
        var memberPath = Member(path, name);
        if (value is null || value is JsonNull)
        {
            return default;
        }

        if (allowSingle && value is JsonString single)
        {
            if (nonEmptyItems && single.Value.Trim().Length == 0)
            {
                Error(value, "`" + memberPath + "` must not be empty");
                return default;
            }

            return EquatableArray.Create(single.Value);
        }

        if (value is not JsonArray array)
        {
            TypeError(value, memberPath, allowSingle ? "a string or an array of strings" : "an array of strings");
            return default;
        }

        var items = new List<string>(array.Items.Count);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item is not JsonString s)
            {
                TypeError(item, Index(memberPath, i), "a string");
                continue;
            }

            if (nonEmptyItems && s.Value.Trim().Length == 0)
            {
                Error(item, "`" + Index(memberPath, i) + "` must not be empty");
                continue;
            }

            items.Add(s.Value);
        }

        return items.ToEquatableArray();
    }

    /// <summary>A string member restricted to <paramref name="allowed"/> values.</summary>
    public string? Enum(JsonObject obj, string path, string name, params string[] allowed)
    {
        var text = OptionalString(obj, path, name);
        if (text is null)
        {
            return null;
        }

        foreach (var candidate in allowed)
        {
            if (candidate == text)
            {
                return text;
            }
        }

        var suggestion = NearestName.Find(text, allowed);
        Error(obj[name]!, "`" + Member(path, name) + "` must be one of " + Quote(allowed) + ", got \"" + text + "\"" +
            (suggestion is null ? string.Empty : "; did you mean \"" + suggestion + "\"?"));
        return null;
    }

    public static string Quote(IEnumerable<string> values) => "\"" + string.Join("\", \"", values) + "\"";
}
