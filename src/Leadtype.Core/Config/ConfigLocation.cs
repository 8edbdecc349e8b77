namespace Leadtype.Config;

/// <summary>
/// Where a config value was written: its JSON path (<c>navigation[3].children[0]</c>) and its 1-based
/// line and column in <c>leadtype.json</c>. Carried by the model so later stages (navigation,
/// curated links) can report problems at the config entry that caused them.
/// </summary>
public readonly record struct ConfigLocation(string? JsonPath, int Line, int Column)
{
    public bool IsEmpty => Line == 0;

    public override string ToString() => IsEmpty ? JsonPath ?? string.Empty : $"{JsonPath} ({Line}:{Column})";
}
