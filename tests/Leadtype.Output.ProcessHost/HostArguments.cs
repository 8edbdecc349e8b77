using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Output.ProcessHost;

/// <summary><c>command --name value …</c>.</summary>
internal sealed class HostArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private HostArguments(string command) => Command = command;

    public string Command { get; }

    public static HostArguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("missing command");
        }

        var parsed = new HostArguments(args[0]);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value at '{args[i]}'");
            }

            parsed._values[args[i][2..]] = args[i + 1];
        }

        return parsed;
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing --{name}");

    public string? Optional(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
