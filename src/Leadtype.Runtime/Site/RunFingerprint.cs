using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Leadtype.Site;

/// <summary>
/// One hash over everything a run's output depends on: the tool build, the options, the config and
/// template texts, the environment values that reach the artifacts, the git commit (page dates),
/// and every docs file's path and content hash. Content hashes of files whose size and mtime are
/// unchanged come from the cache, so an unchanged tree costs one stat per file, and a touched but
/// unchanged file still matches. Equal fingerprints mean the previous output is still exact.
/// </summary>
internal static class RunFingerprint
{
    private static readonly string[] EnvironmentInputs =
    {
        RunTimestamp.SourceDateEpochVariable,
        "NEXT_PUBLIC_SITE_URL", "NEXT_PUBLIC_VERCEL_PROJECT_PRODUCTION_URL", "NEXT_PUBLIC_VERCEL_URL", "VERCEL_URL", "PORTLESS_URL", "PORT",
    };

    public static string Compute(GenerateInputs inputs, GenerateOptions options, DocsTree tree)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? "\u0000null"));
            hash.AppendData("\u0001"u8);
        }

        Add(BuildCache.CurrentToolKey);
        Add(inputs.Mode.ToString());
        Add(inputs.SourceDirectory);
        Add(inputs.OutputDirectory);
        Add(SitePipeline.SearchBinaryPath(options));
        Add(inputs.BaseUrl.Value);
        Add(inputs.BaseUrl.Source.ToString());
        Add(options.ProductName);
        Add(options.ProductSummary);
        Add(options.EnableMcp ? "mcp" : null);
        Add("include:" + string.Join("\u0002", inputs.PageFilter.Includes));
        Add("exclude:" + string.Join("\u0002", inputs.PageFilter.Excludes));
        Add(inputs.ConfigPath);
        Add(inputs.ConfigText);
        Add(inputs.TemplatesText);
        foreach (var name in EnvironmentInputs)
        {
            Add(name);
            Add(options.Environment(name));
        }

        foreach (var folder in inputs.Folders)
        {
            Add(folder.FullPath);
            Add(folder.Source.MountPath);
            Add(folder.Source.UrlPrefix);
            Add(GitHistory.Head(folder.FullPath));
        }

        Add(SkillBodies(inputs));
        foreach (var file in tree.Files)
        {
            Add(file.DocsPath);
            Add(tree.HashOf(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // Skill bodies read from files were folded into the config; their text is part of the output.
    private static string SkillBodies(GenerateInputs inputs)
    {
        var text = new StringBuilder();
        foreach (var item in inputs.Config.Agents.Skills.Items)
        {
            text.Append(item.Name).Append('\u0001').Append(item.Body).Append('\u0002');
        }

        return text.ToString();
    }

    /// <summary>Whether every file the last run left is still there exactly as it was written (same size and mtime).</summary>
    public static bool OutputsIntact(string outputDirectory, IReadOnlyList<OutputStamp> outputs)
    {
        foreach (var output in outputs)
        {
            var info = new FileInfo(Path.Combine(outputDirectory, output.RelativePath));
            if (!info.Exists || info.Length != output.Length || info.LastWriteTimeUtc.Ticks != output.LastWriteTicks)
            {
                return false;
            }
        }

        return outputs.Count > 0;
    }
}
