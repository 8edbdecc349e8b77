namespace Leadtype.Redirects;

/// <summary>One entry of <c>docs/redirects.json</c>: <c>from</c> → <c>to</c> with 308, or <c>from</c> gone with 410 (no <c>to</c>).</summary>
public readonly record struct Redirect(string From, string? To, int Status)
{
    public const int Moved = 308;
    public const int Gone = 410;

    public static Redirect MovedTo(string from, string to) => new(from, to, Moved);

    public static Redirect GoneFrom(string from) => new(from, null, Gone);
}

/// <summary>A page as the lockfile remembers it: its URL path and the hash of its Markdown body.</summary>
public readonly record struct LockedPage(string Path, string Hash);
