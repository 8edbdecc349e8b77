using System.Collections.Generic;
using System.CommandLine;

namespace Leadtype.Cli.Commands;

/// <summary>The subcommands of <c>leadtype</c>. Each lives in its own file and only wires Runtime.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return ConvertCommand.Create();
        yield return GenerateCommand.Create();
        yield return SearchCommand.Create();
    }
}
