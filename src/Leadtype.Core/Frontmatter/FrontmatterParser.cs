using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Leadtype.Frontmatter;

/// <summary>
/// Parses a frontmatter block into <see cref="YamlValue"/> data with YamlDotNet's event parser, resolving
/// plain scalars with the original's schema (<see cref="YamlScalarResolver"/>). Problems become located
/// diagnostics in file coordinates: LT0001 for YAML that does not parse (syntax, duplicate keys, several
/// documents, unknown aliases), LT0002 for a block that is not a mapping.
/// </summary>
public static class FrontmatterParser
{
    /// <summary>Parses any YAML value; returns null and reports LT0001 when the text is not valid YAML.</summary>
    /// <param name="yaml">The block text between the fences.</param>
    /// <param name="filePath">The page path diagnostics name.</param>
    /// <param name="firstLine">1-based file line of the block's first line.</param>
    /// <param name="diagnostics">Receives located diagnostics.</param>
    public static YamlValue? ParseValue(string yaml, string filePath, int firstLine, ICollection<DocsDiagnostic> diagnostics)
    {
        try
        {
            var reader = new EventReader(new Parser(new StringReader(yaml)));
            return reader.ReadStream();
        }
        catch (YamlException exception)
        {
            var message = CleanMessage(exception.Message);
            var (line, column) = Locate(yaml, (int)exception.Start.Line, (int)exception.Start.Column, message);
            diagnostics.Add(DocsDiagnostic.Create(
                DiagnosticCatalog.InvalidFrontmatter,
                filePath,
                new SourceSpan(firstLine + line - 1, column),
                message));
            return null;
        }
    }

    /// <summary>Parses the block as a mapping; a valid block that is not a mapping reports LT0002 and returns null.</summary>
    public static YamlMap? ParseMap(string yaml, string filePath, int firstLine, ICollection<DocsDiagnostic> diagnostics)
    {
        if (FlatFrontmatterReader.TryRead(yaml) is { } flat)
        {
            return flat;
        }

        var value = ParseValue(yaml, filePath, firstLine, diagnostics);
        switch (value)
        {
            case null:
                return null;
            case YamlMap map:
                return map;
            default:
                var (line, column) = FirstContentPosition(yaml);
                diagnostics.Add(DocsDiagnostic.Create(
                    DiagnosticCatalog.FrontmatterNotMapping,
                    filePath,
                    new SourceSpan(firstLine + line - 1, column),
                    Describe(value)));
                return null;
        }
    }

    /// <summary>
    /// Puts YamlDotNet's position where a reader looks for the problem: "end of stream" errors point past the
    /// last line, so they move to the end of the last line; tab-indentation errors point at the enclosing
    /// mapping, so they move to the first line indented with a tab.
    /// </summary>
    private static (int Line, int Column) Locate(string yaml, int line, int column, string message)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i];
                var indentEnd = 0;
                while (indentEnd < text.Length && (text[indentEnd] == ' ' || text[indentEnd] == '\t'))
                {
                    indentEnd++;
                }

                var tab = text.IndexOf('\t', 0, indentEnd);
                if (tab >= 0)
                {
                    return (i + 1, tab + 1);
                }
            }
        }

        if (line <= 0)
        {
            return (1, 1);
        }

        // Trailing empty lines do not count: an unclosed construct is reported at the end of the last text.
        var lastLine = lines.Length;
        while (lastLine > 1 && lines[lastLine - 1].Trim().Length == 0)
        {
            lastLine--;
        }

        if (line > lastLine)
        {
            return (lastLine, lines[lastLine - 1].Length + 1);
        }

        return (line, Math.Max(1, column));
    }

    private static string Describe(YamlValue value) => value switch
    {
        YamlSequence => "a sequence",
        YamlString => "a string",
        YamlNumber => "a number",
        YamlBoolean => "a boolean",
        YamlNull => "null",
        YamlDate => "a date",
        _ => "a scalar",
    };

    /// <summary>JavaScript object keys are strings: the original stringifies non-string keys (null → empty).</summary>
    internal static string KeyText(YamlValue key) => key switch
    {
        YamlString s => s.Value,
        YamlNull => string.Empty,
        YamlNumber n => Js.JsNumberFormat.Format(n.Value),
        YamlBoolean b => b.Value ? "true" : "false",
        YamlDate d => d.ToIsoString(),
        _ => FrontmatterEmitter.Emit(key),
    };

    private static (int Line, int Column) FirstContentPosition(string yaml)
    {
        var line = 1;
        var column = 1;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                column++;
            }
            else
            {
                return (line, column);
            }
        }

        return (1, 1);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (…): "; the diagnostic carries the position itself.</summary>
    private static string CleanMessage(string message)
    {
        if (message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            var index = message.IndexOf("): ", StringComparison.Ordinal);
            if (index >= 0)
            {
                message = message.Substring(index + 3);
            }
        }

        return message.Trim();
    }

    private sealed class EventReader
    {
        private readonly IParser _parser;
        private readonly Dictionary<string, YamlValue> _anchors = new(StringComparer.Ordinal);

        public EventReader(IParser parser) => _parser = parser;

        public YamlValue ReadStream()
        {
            Expect<StreamStart>();
            YamlValue result = YamlNull.Instance;
            var documents = 0;
            while (!_parser.Accept<StreamEnd>(out _))
            {
                var start = Expect<DocumentStart>();
                documents++;
                if (documents > 1)
                {
                    throw new YamlException(start.Start, start.End, "Frontmatter contains more than one YAML document");
                }

                result = ReadNode();
                Expect<DocumentEnd>();
            }

            Expect<StreamEnd>();
            return result;
        }

        private YamlValue ReadNode()
        {
            if (_parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var aliased))
                {
                    return aliased;
                }

                throw new YamlException(alias.Start, alias.End, $"Unknown alias *{alias.Value.Value}");
            }

            if (_parser.TryConsume<Scalar>(out var scalar))
            {
                var value = ResolveScalar(scalar);
                Remember(scalar, value);
                return value;
            }

            if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = new List<YamlValue>();
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode());
                }

                var sequence = new YamlSequence(items);
                Remember(sequenceStart, sequence);
                return sequence;
            }

            if (_parser.TryConsume<MappingStart>(out var mappingStart))
            {
                var entries = new List<KeyValuePair<string, YamlValue>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!_parser.Accept<MappingEnd>(out _))
                {
                    var keyEvent = _parser.Current;
                    var key = FrontmatterParser.KeyText(ReadNode());
                    if (!seen.Add(key))
                    {
                        throw new YamlException(keyEvent!.Start, keyEvent.End, $"Map keys must be unique; `{key}` is repeated");
                    }

                    entries.Add(new KeyValuePair<string, YamlValue>(key, ReadNode()));
                }

                _parser.MoveNext();
                var map = new YamlMap(entries);
                Remember(mappingStart, map);
                return map;
            }

            var current = _parser.Current;
            throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "Unexpected YAML event " + current?.GetType().Name);
        }

        private void Remember(NodeEvent node, YamlValue value)
        {
            if (!node.Anchor.IsEmpty)
            {
                _anchors[node.Anchor.Value] = value;
            }
        }

        private static YamlValue ResolveScalar(Scalar scalar)
        {
            var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
            if (tag is not null && tag != "!")
            {
                switch (tag)
                {
                    case "tag:yaml.org,2002:str":
                        return new YamlString(scalar.Value);
                    case "tag:yaml.org,2002:null":
                        return YamlNull.Instance;
                    case "tag:yaml.org,2002:bool":
                        return YamlScalarResolver.TryBoolean(scalar.Value, out var b) ? YamlBoolean.Of(b) : new YamlString(scalar.Value);
                    case "tag:yaml.org,2002:int":
                    case "tag:yaml.org,2002:float":
                        return YamlScalarResolver.TryNumber(scalar.Value, out var n) ? new YamlNumber(n) : new YamlString(scalar.Value);
                    case "tag:yaml.org,2002:timestamp":
                        return YamlScalarResolver.TryTimestamp(scalar.Value, out var d) ? new YamlDate(d) : new YamlString(scalar.Value);
                }
            }

            // Quoted and block scalars are always strings; only plain ones are resolved.
            return scalar.Style == ScalarStyle.Plain && tag is null
                ? YamlScalarResolver.ResolvePlain(scalar.Value)
                : new YamlString(scalar.Value);
        }

        private T Expect<T>() where T : ParsingEvent
        {
            if (_parser.TryConsume<T>(out var result))
            {
                return result;
            }

            var current = _parser.Current;
            throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "Unexpected YAML content");
        }
    }
}
