using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Model;
using Leadtype.Output;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>A throwaway project (outside any git repository) for in-process pipeline runs, with a private lock folder.</summary>
internal sealed class SiteProject : IDisposable
{
    public SiteProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "leadtype-site-tests", Guid.NewGuid().ToString("N")[..12]);
        Source = Path.Combine(Root, "project");
        Output = Path.Combine(Root, "public");
        Directory.CreateDirectory(Path.Combine(Source, "docs"));
    }

    public string Root { get; }

    public string Source { get; }

    public string Docs => Path.Combine(Source, "docs");

    public string Output { get; }

    public SiteProject Write(string relative, string text)
    {
        var path = Path.Combine(Source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string Read(string relativeOutput) => File.ReadAllText(Path.Combine(Output, relativeOutput));

    public bool Exists(string relativeOutput) => File.Exists(Path.Combine(Output, relativeOutput));

    /// <summary>Runs the pipeline with <paramref name="configure"/> applied to the default options for this project.</summary>
    public GenerateResult Generate(Func<GenerateOptions, GenerateOptions>? configure = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { [OutputOptions.LockDirectoryVariable] = Path.Combine(Root, "locks") };
        var options = new GenerateOptions
        {
            SourceDirectory = Source,
            OutputDirectory = Output,
            WorkingDirectory = Root,
            Environment = name => variables.TryGetValue(name, out var value) ? value : null,
        };
        return SitePipeline.Run(configure is null ? options : configure(options));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
