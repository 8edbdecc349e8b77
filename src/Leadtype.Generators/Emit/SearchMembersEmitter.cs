using Leadtype.Generators.Model;

namespace Leadtype.Generators.Emit;

/// <summary>
/// The search part of the generated class. The user-visible half declares <c>Search</c> and
/// <c>SearchIndex</c>; the implementation-only half carries the index bytes and registers them at
/// start-up, so IDEs may skip it and nothing the user's code references depends on it.
/// </summary>
internal static class SearchMembersEmitter
{
    public static void WriteUserVisibleMembers(SourceWriter writer, ManifestModel manifest)
    {
        // Filled in with the search branch's DocsSearch API.
    }

    public static string? EmitImplementation(SearchPayloadModel search) => null;
}
