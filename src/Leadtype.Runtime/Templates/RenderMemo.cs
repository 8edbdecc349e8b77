using System;
using System.Collections.Generic;
using System.Text;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// The text a built-in template rendered last run, keyed by a hash of everything the render read: the
/// template and the whole model. A default template is a pure function of its model (no clock, no
/// randomness, no file access), so an equal key gives the same text, and the Scriban render is skipped.
/// On a page body edit the models of <c>llms.txt</c>, <c>docs/llms.txt</c>, <c>sitemap.md</c> and the
/// <c>llms-full.txt</c> frame do not change, which makes this most of an edit run's rendering time.
/// User templates are never memoized: Scriban lets them read the clock (<c>date.now</c>).
/// </summary>
public sealed class RenderMemo
{
    /// <summary>Longer texts are rendered every time rather than carried in the cache (a whole llms-full.txt when its frame cannot be used).</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    private readonly Dictionary<(TextArtifact, UInt128), string> _previous;
    private readonly Dictionary<(TextArtifact, UInt128), string> _used = new();
    private readonly object _gate = new();

    /// <param name="previous">Entries a previous run recorded (<see cref="Used"/>); null for none.</param>
    public RenderMemo(IEnumerable<RenderMemoEntry>? previous = null)
    {
        _previous = new Dictionary<(TextArtifact, UInt128), string>();
        if (previous is not null)
        {
            foreach (var entry in previous)
            {
                _previous[(entry.Artifact, entry.Key)] = entry.Text;
            }
        }
    }

    /// <summary>How many renders this run took from the memo.</summary>
    public int Hits { get; private set; }

    /// <summary>The entries this run rendered or reused: what the next run may reuse.</summary>
    public IReadOnlyList<RenderMemoEntry> Used
    {
        get
        {
            lock (_gate)
            {
                var entries = new List<RenderMemoEntry>(_used.Count);
                foreach (var ((artifact, key), text) in _used)
                {
                    entries.Add(new RenderMemoEntry(artifact, key, text));
                }

                entries.Sort((a, b) => a.Artifact != b.Artifact ? a.Artifact.CompareTo(b.Artifact) : a.Key.CompareTo(b.Key));
                return entries;
            }
        }
    }

    /// <summary>The rendered text for <paramref name="key"/>, rendering (and remembering) it when the memo has none.</summary>
    internal string GetOrRender(TextArtifact artifact, UInt128 key, Func<string> render)
    {
        string? text;
        lock (_gate)
        {
            if (_previous.TryGetValue((artifact, key), out text) || _used.TryGetValue((artifact, key), out text))
            {
                Hits++;
                _used[(artifact, key)] = text;
                return text;
            }
        }

        text = render();
        if (text.Length <= MaxTextLength)
        {
            lock (_gate)
            {
                _used[(artifact, key)] = text;
            }
        }

        return text;
    }

    /// <summary>
    /// The key of rendering <paramref name="templateId"/> with <paramref name="model"/>: a 128-bit hash of the
    /// template's identity and an unambiguous encoding of the model (every value tagged with its type, strings
    /// and lists length-prefixed). Null when the model holds a value the encoding does not know, so it is
    /// rendered rather than guessed at.
    /// </summary>
    public static UInt128? Key(string templateId, ScriptObject model)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(model);
        using var key = new RenderKey(templateId);
        return Append(key, model, depth: 0) ? key.Hash() : null;
    }

    /// <summary>The key of a model described value by value (<see cref="RenderKey"/>) rather than built: equal to <see cref="Key(string, ScriptObject)"/> of the model it describes.</summary>
    internal static UInt128 Key(string templateId, Action<RenderKey> describe)
    {
        using var key = new RenderKey(templateId);
        describe(key);
        return key.Hash();
    }

    private static bool Append(RenderKey key, object? value, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        switch (value)
        {
            case null:
                key.Null();
                return true;
            case string text:
                key.Value(text);
                return true;
            case bool flag:
                key.Value(flag);
                return true;
            case int number:
                key.Value(number);
                return true;
            case long number:
                key.Value(number);
                return true;
            case double number:
                key.Value(number);
                return true;
            case ScriptObject obj:
                key.BeginObject(obj.Count);
                foreach (var pair in obj)
                {
                    key.Name(pair.Key);
                    if (!Append(key, pair.Value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case ScriptArray array:
                key.BeginArray(array.Count);
                foreach (var item in array)
                {
                    if (!Append(key, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}

/// <summary>One remembered render: the artifact, the key of its template and model, and the text (with its line-ending rule applied).</summary>
public sealed record RenderMemoEntry(TextArtifact Artifact, UInt128 Key, string Text)
{
    /// <summary>The text as UTF-8, as the cache stores it.</summary>
    public byte[] Utf8() => Encoding.UTF8.GetBytes(Text);
}
