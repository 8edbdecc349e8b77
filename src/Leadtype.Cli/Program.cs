using System.CommandLine;
using System.IO;
using Leadtype.Cli.Commands;

namespace Leadtype.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, System.Console.Out, System.Console.Error);

    /// <summary>The whole command line with its output streams given: the entry point tests drive.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Leadtype: MDX docs to agent-ready Markdown, llms.txt, search and more.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        // Usage errors exit 2 (System.CommandLine's default is 1), matching the documented exit codes.
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"leadtype: {parseError.Message}");
            }

            error.WriteLine("Run 'leadtype --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
