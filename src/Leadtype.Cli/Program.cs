using System.CommandLine;
using Leadtype.Cli.Commands;

namespace Leadtype.Cli;

public static class Program
{
    public static int Main(string[] args)
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
            foreach (var error in parse.Errors)
            {
                System.Console.Error.WriteLine($"leadtype: {error.Message}");
            }

            System.Console.Error.WriteLine("Run 'leadtype --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke();
    }
}
