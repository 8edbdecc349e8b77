using System;
using System.Globalization;
using Leadtype.Diagnostics;
using Scriban;
using Scriban.Parsing;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Leadtype.Templates;

/// <summary>
/// One parsed Scriban template for a text artifact. Parsed once and rendered once per site; a parse
/// error or a render error becomes <see cref="TemplateException"/> carrying LT0108 with the template
/// file, line and column.
/// </summary>
public sealed class ArtifactTemplate
{
    private readonly Template _template;
    private readonly string _identity;
    private readonly RenderMemo? _memo;

    private ArtifactTemplate(TextArtifact artifact, string filePath, Template template, string identity, bool isDefault, RenderMemo? memo)
    {
        Artifact = artifact;
        FilePath = filePath;
        _template = template;
        _identity = identity;
        IsDefault = isDefault;
        _memo = memo;
    }

    public TextArtifact Artifact { get; }

    /// <summary>The template file as reported in diagnostics (the user's path, or <c>embedded:…</c> for defaults).</summary>
    public string FilePath { get; }

    /// <summary>One of the built-in templates (<see cref="TemplateSet.Default"/>), not a user's override.</summary>
    public bool IsDefault { get; }

    /// <summary>Parses <paramref name="text"/>; <paramref name="filePath"/> is only used to locate errors.</summary>
    /// <exception cref="TemplateException">The template does not parse.</exception>
    public static ArtifactTemplate Parse(TextArtifact artifact, string text, string filePath) => Parse(artifact, text, filePath, isDefault: false);

    internal static ArtifactTemplate Parse(TextArtifact artifact, string text, string filePath, bool isDefault)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Templates written on Windows must not leak \r into artifacts that promise \n line endings.
        var normalized = text.Replace("\r\n", "\n");
        var template = Template.Parse(normalized, filePath);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error)
                {
                    throw new TemplateException(Locate(artifact, filePath, message.Span, message.Message));
                }
            }
        }

        return new ArtifactTemplate(artifact, filePath, template, filePath + "\0" + normalized, isDefault, memo: null);
    }

    /// <summary>This template rendering through <paramref name="memo"/> (a built-in template only: see <see cref="RenderMemo"/>).</summary>
    internal ArtifactTemplate WithMemo(RenderMemo memo) =>
        IsDefault ? new ArtifactTemplate(Artifact, FilePath, _template, _identity, IsDefault, memo) : this;

    /// <summary>
    /// Renders with <paramref name="model"/> as the global scope and applies the artifact's
    /// trailing-newline rule. Unknown variables are errors, so a typo in an override is reported
    /// instead of silently rendering nothing.
    /// </summary>
    /// <exception cref="TemplateException">Rendering failed (unknown variable, bad call, …).</exception>
    public string Render(ScriptObject model)
    {
        if (_memo is not null && RenderMemo.Key(_identity, model) is { } key)
        {
            return _memo.GetOrRender(Artifact, key, () => RenderNow(model));
        }

        return RenderNow(model);
    }

    /// <summary>
    /// <see cref="Render(ScriptObject)"/> for a renderer that can describe its model without building it:
    /// <paramref name="describe"/> writes exactly the values <paramref name="model"/> would hold (see
    /// <see cref="RenderKey"/>), and the model is built only when the memo has no text for them.
    /// </summary>
    internal string Render(Action<RenderKey> describe, Func<ScriptObject> model)
    {
        if (_memo is null)
        {
            return RenderNow(model());
        }

        return _memo.GetOrRender(Artifact, RenderMemo.Key(_identity, describe), () => RenderNow(model()));
    }

    private string RenderNow(ScriptObject model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            // Sites have thousands of pages; Scriban's default loop limit (1000) is a safety net for untrusted templates.
            LoopLimit = 0,
            // Scriban truncates any output longer than 1 MiB by default ("..."); llms-full.txt of a
            // large site is far bigger, and a silently cut file is worse than a slow one.
            LimitToString = 0,
            OutputLimit = null,
            NewLine = "\n",
            EnableRelaxedMemberAccess = false,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        string output;
        try
        {
            output = _template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(Locate(Artifact, FilePath, ex.Span, ex.OriginalMessage), ex);
        }

        return ApplyEnding(output);
    }

    private string ApplyEnding(string output)
    {
        if (!TextArtifactNames.EndsWithNewline(Artifact))
        {
            return output.TrimEnd('\n');
        }

        return output.EndsWith("\n", StringComparison.Ordinal) ? output : output + "\n";
    }

    private static DocsDiagnostic Locate(TextArtifact artifact, string filePath, ScribanSpan span, string message)
    {
        // Scriban positions are 0-based; diagnostics are 1-based.
        var line = span.IsEmpty ? 0 : span.Start.Line + 1;
        var column = span.IsEmpty ? 0 : span.Start.Column + 1;
        return DocsDiagnostic.Create(
            DiagnosticCatalog.InvalidTemplate, filePath, line, column, filePath, TextArtifactNames.DisplayName(artifact), message);
    }
}
