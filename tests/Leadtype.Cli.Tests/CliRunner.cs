using System;
using System.IO;

namespace Leadtype.Cli.Tests;

/// <summary>Runs the real entry point (<see cref="Program.Main"/>) in-process with stdout and stderr captured.</summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        lock (Gate)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            using var stdout = new StringWriter { NewLine = "\n" };
            using var stderr = new StringWriter { NewLine = "\n" };
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exit = Program.Main(args);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}

/// <summary>A temporary docs folder and output folder, deleted afterwards.</summary>
internal sealed class TempDocs : IDisposable
{
    public TempDocs()
    {
        Root = Path.Combine(Path.GetTempPath(), "leadtype-cli-" + Guid.NewGuid().ToString("N"));
        Docs = Path.Combine(Root, "docs");
        Output = Path.Combine(Root, "out");
        Directory.CreateDirectory(Docs);
    }

    public string Root { get; }

    public string Docs { get; }

    public string Output { get; }

    public TempDocs Write(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    public TempDocs WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Docs, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
